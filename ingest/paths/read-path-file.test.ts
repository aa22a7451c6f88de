import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  attributeKeyedPaths,
  attributePaths,
  parseAttributionRequest,
} from "../../core/attribution/request.ts";
import { attributePathFile } from "./attribute-path-file.ts";
import { readPathFile } from "./read-path-file.ts";

const FILE = [
  "path;total_conversions;total_conversion_value;total_null",
  "email > paid_search;2;150.5;10",
  "paid_social > paid_social > direct;1;40;3",
  "organic_search;0;0;25",
  "direct;3;90.25;7",
  "",
].join("\n");

/** The file cut into chunks at the given offsets, as a stream delivers it. */
async function* chunks(text: string, cuts: number[] = []): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    yield bytes.subarray(from, cut);
    from = cut;
  }
  yield bytes.subarray(from);
}

const failure = async (text: string) => {
  try {
    await readPathFile(chunks(text));
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected the file to be refused");
};

describe("readPathFile", () => {
  it("reads paths, conversions, value and nulls, interning each channel once", async () => {
    const file = await readPathFile(chunks(FILE));
    expect(file.rows).toBe(4);
    expect(file.channels).toEqual(["email", "paid_search", "paid_social", "direct", "organic_search"]);
    expect(file.paths.map((p) => [p.keys, p.conversions, p.value, p.nulls])).toEqual([
      [["email", "paid_search"], 2, 150.5, 10],
      [["paid_social", "paid_social", "direct"], 1, 40, 3],
      [["organic_search"], 0, 0, 25],
      [["direct"], 3, 90.25, 7],
    ]);
  });

  it("gives the JSON route's exact credit for the same paths", async () => {
    const file = await readPathFile(chunks(FILE));
    const models = ["markov", "shapley", "linear", "first_touch", "last_touch", "position_based"] as const;
    const json = attributePaths(
      parseAttributionRequest({
        models,
        paths: file.paths.map((p) => ({
          path: p.keys,
          conversions: p.conversions,
          value: p.value,
          nulls: p.nulls,
        })),
      }),
    );
    expect(attributeKeyedPaths(file.paths, models)).toEqual(json);
    const direct = json.models.linear!.channels.direct!;
    expect(direct.conversions).toBeCloseTo(3 + 1 / 3, 12);
    expect(direct.value).toBeCloseTo(90.25 + 40 / 3, 12);
  });

  it("reads the same file however the stream cuts it (CRLF, quotes, any column order)", async () => {
    const crlf = FILE.replaceAll("\n", "\r\n").replace("email > paid_search", '"email > paid_search"');
    const reordered = [
      "total_null,path,total_conversions",
      "10,email>paid_search,2",
      "25,organic_search,0",
    ].join("\n");
    const expected = await readPathFile(chunks(FILE));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: Buffer.byteLength(crlf) }), { maxLength: 6 }),
        async (cuts) => {
          const got = await readPathFile(chunks(crlf, cuts));
          expect(got.paths).toEqual(expected.paths);
        },
      ),
      { numRuns: 200 },
    );
    const r = await readPathFile(chunks(reordered, [7, 30]));
    expect(r.paths.map((p) => [p.keys, p.conversions, p.value, p.nulls])).toEqual([
      [["email", "paid_search"], 2, 0, 10],
      [["organic_search"], 0, 0, 25],
    ]);
  });

  it("names the line and column of every problem", async () => {
    const bad = [
      "path;total_conversions;total_conversion_value;total_null",
      "a > b;2;1;0",
      "a > ;1;0;0",
      "a;x;0;0",
      "a;1;-5;0",
      "a;1;0",
    ].join("\n");
    expect(await failure(bad)).toBe(
      "invalid path file: line 3, path: empty channel name in touch 2; " +
        "line 4, total_conversions: expected a non-negative number, got 'x'; " +
        "line 5, total_conversion_value: expected a non-negative number, got '-5'; " +
        "line 6, (row): expected 4 fields separated by ';', got 3",
    );
    expect(await failure("path;conversions\na;1")).toMatch(
      /^invalid path file: line 1, \(header\): expected a header/,
    );
    expect(await failure("")).toBe("invalid path file: line 1, (header): the file is empty");
  });

  it("reads every row alike with and without the fast path, good rows and bad", async () => {
    // Rows built from pieces the fast path takes and pieces it hands to the general reader
    // (quotes, tabs, CR, blanks inside names, exponents), and now and then a bad row (empty or
    // negative numbers, missing or extra fields) so error reports are compared too.
    const name = fc.constantFrom("email", "paid search", "direct", "a", "ab", '"email"', "email\t", "x y z");
    const sep = fc.constantFrom(" > ", ">", "  >  ", " >", "> ");
    const good = fc.constantFrom("0", "1", "12", "3.5", "0.25", " 7 ", "1e2", "4.", ".5", "0.1");
    const bad = fc.constantFrom("", "-1", "x", "1.2.3");
    const num = fc.oneof({ arbitrary: good, weight: 30 }, { arbitrary: bad, weight: 1 });
    const row = fc
      .tuple(
        fc.array(name, { minLength: 0, maxLength: 4 }),
        fc.array(sep, { minLength: 3, maxLength: 3 }),
        num,
        num,
        num,
      )
      .map(([names, seps, a, b, c]) => {
        const path = names.map((n, i) => (i === 0 ? n : `${seps[i % 3]}${n}`)).join("");
        return [path, a, b, c];
      });
    const fields = fc.oneof(
      { arbitrary: fc.constant(4), weight: 30 },
      { arbitrary: fc.constantFrom(3, 5), weight: 1 },
    );
    const line = fc
      .tuple(row, fields, fc.constantFrom("\n", "\r\n"))
      .map(([cells, n, end]) => `${[...cells, "9"].slice(0, n).join(";")}${end}`);
    const outcome = async (text: string, fastPath: boolean) => {
      try {
        const f = await readPathFile(chunks(text, [17]), undefined, undefined, { fastPath });
        return { paths: f.paths, channels: f.channels, rows: f.rows };
      } catch (e) {
        return { error: (e as Error).message };
      }
    };
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 12 }), async (lines) => {
        const text = `path;total_conversions;total_conversion_value;total_null\n${lines.join("")}`;
        expect(await outcome(text, true)).toEqual(await outcome(text, false));
      }),
      { numRuns: 400 },
    );
  });

  it("refuses more channels than the models can take", async () => {
    const rows = Array.from({ length: 51 }, (_, i) => `c${i};1`);
    expect(await failure(["path;total_conversions", ...rows].join("\n"))).toBe(
      "invalid path file: line 52, path: at most 50 distinct channels",
    );
  });
});

describe("attributePathFile", () => {
  it("counts first-order Markov while streaming and gives exactly the in-memory answer", async () => {
    const file = await readPathFile(chunks(FILE));
    for (const options of [undefined, { includeNulls: false }]) {
      const streamed = await attributePathFile(chunks(FILE, [5, 40, 77]), ["markov"], options);
      expect(streamed.streamed).toBe(true);
      expect(streamed.models).toEqual(attributeKeyedPaths(file.paths, ["markov"], options).models);
      expect(streamed.file).toEqual({ rows: 4, channels: 5 });
    }
    const both = await attributePathFile(chunks(FILE), ["markov", "linear"]);
    expect(both.streamed).toBe(false);
    expect(both.models).toEqual(attributeKeyedPaths(file.paths, ["markov", "linear"]).models);
  });

  it("keeps the unattributed conversions of paths without touches", async () => {
    const text = "path;total_conversions;total_conversion_value;total_null\n;2;30;1\na > b;1;10;0\n";
    const r = await attributePathFile(chunks(text), ["markov"]);
    expect(r.models.markov!.unattributed).toEqual({ conversions: 2, value: 30 });
    expect(r.models).toEqual(
      attributeKeyedPaths((await readPathFile(chunks(text))).paths, ["markov"]).models,
    );
  });
});
