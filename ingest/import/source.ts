/**
 * Sources of an import: a CSV or NDJSON byte stream turned into records (cells by header name)
 * with the line each came from, read incrementally so memory stays flat whatever the file size.
 * Adapters (ingest/adapters) produce the same records from a platform's download.
 */
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { parse } from "csv-parse";

/** One row of a file: its 1-based line number and its cells by header name. */
export interface SourceRecord {
  line: number;
  values: Readonly<Record<string, string>>;
  /** Set when the line could not even be read as a record (bad JSON). */
  error?: string;
}

export const SOURCE_FORMATS = ["csv", "ndjson"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/**
 * Records of a CSV stream whose first line is the header. `onHeader` sees the header first and
 * may throw (unknown or missing columns) to stop before any row is read.
 */
export async function* csvRecords(
  input: Readable,
  onHeader: (header: string[]) => void = () => {},
): AsyncGenerator<SourceRecord> {
  const parser = input.pipe(
    parse({
      bom: true,
      columns: (header: string[]) => {
        const names = header.map((h) => h.trim());
        onHeader(names);
        return names;
      },
      // A short row is reported by the row parser as missing fields, not as a fatal parse error.
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  // A stream error (client aborted, file unreadable) must end the parse, not hang it.
  input.once("error", (e) => parser.destroy(e));
  for await (const item of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    yield { line: item.info.lines, values: item.record };
  }
}

/** Records of an NDJSON stream: one JSON object per line; values become text as in a CSV cell. */
export async function* ndjsonRecords(input: Readable): AsyncGenerator<SourceRecord> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const text of lines) {
    n++;
    if (text.trim() === "") continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      yield { line: n, values: {}, error: "expected one JSON object on this line" };
      continue;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      yield { line: n, values: {}, error: "expected one JSON object on this line" };
      continue;
    }
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(parsed)) {
      values[k] = v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
    }
    yield { line: n, values };
  }
}

/**
 * Number plain records (e.g. an adapter's output) as lines 2, 3, ... of a file with a header.
 * @example withLineNumbers(adapterRows) // { line: 2, values: {...} }, ...
 */
export async function* withLineNumbers(
  records: AsyncIterable<Record<string, string>> | Iterable<Record<string, string>>,
): AsyncGenerator<SourceRecord> {
  let line = 1;
  for await (const values of records) yield { line: ++line, values };
}
