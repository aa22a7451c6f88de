import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type CsvRow, csvRows, quotedCells } from "./csv-lines.ts";

async function read(chunks: (string | Buffer)[]): Promise<CsvRow[]> {
  const out: CsvRow[] = [];
  for await (const rows of csvRows(Readable.from(chunks))) out.push(...rows);
  return out;
}

describe("csvRows", () => {
  it("splits plain lines, drops a BOM and CRs, skips empty lines but counts them", async () => {
    const rows = await read(["\uFEFFa,b,c\r\n1,,3\r\n\r\n4,5,6"]);
    expect(rows).toEqual([
      { line: 1, cells: ["a", "b", "c"], raw: "a,b,c" },
      { line: 2, cells: ["1", "", "3"], raw: "1,,3" },
      { line: 4, cells: ["4", "5", "6"], raw: "4,5,6" },
    ]);
  });

  it("reads quoted cells: commas, doubled quotes and line breaks inside, numbered by their first line", async () => {
    const rows = await read(['a,b\n"x, y","say ""hi"""\n"two\nlines",z\n5,6\n']);
    expect(rows).toEqual([
      { line: 1, cells: ["a", "b"], raw: "a,b" },
      // Lines with quotes carry no raw text: the import rebuilds them from the parsed cells.
      { line: 2, cells: ["x, y", 'say "hi"'] },
      { line: 3, cells: ["two\nlines", "z"] },
      { line: 5, cells: ["5", "6"], raw: "5,6" },
    ]);
  });

  it("is the same whatever the chunk boundaries, including inside a multi-byte character", async () => {
    const text = 'h1,h2\nkøbenhavn,"a\nb"\n1,2\n';
    const bytes = Buffer.from(text);
    const whole = await read([bytes]);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await read([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(whole);
    }
    expect(whole[1]).toEqual({ line: 2, cells: ["københavn", "a\nb"] });
  });

  it("fails with the line of a quoted cell that is never closed", async () => {
    await expect(read(['a,b\n1,2\n"open,3\n4,5\n'])).rejects.toThrow(/line 3: a quoted cell is never closed/);
  });
});

describe("quotedCells", () => {
  it("returns undefined while a quoted cell is open", () => {
    expect(quotedCells('"a,b')).toBeUndefined();
    expect(quotedCells('"a,b",c')).toEqual(["a,b", "c"]);
    expect(quotedCells('x,""')).toEqual(["x", ""]);
  });
});
