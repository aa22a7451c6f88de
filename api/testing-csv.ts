/**
 * Test support for independent recomputations from the `npm run export` CSV files: a CSV reader
 * that shares nothing with the project's export or query code.
 */
import { readFileSync } from "node:fs";

/** One CSV record by header name. */
export type CsvRow = Record<string, string>;

/** Minimal RFC 4180 reader (quoted fields, doubled quotes). */
export function readCsv(file: string): CsvRow[] {
  const text = readFileSync(file, "utf8");
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field || record.length) records.push([...record, field]);
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}
