/**
 * Sources of an import: a CSV or NDJSON byte stream turned into records (cells by header name)
 * with the line each came from, read incrementally so memory stays flat whatever the file size.
 * Adapters (ingest/adapters) produce the same records from a platform's download.
 */
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { csvRows } from "./csv-lines.ts";

/** One row of a file: its 1-based line number and its cells by header name. */
export interface SourceRecord {
  line: number;
  values: Readonly<Record<string, string>>;
  /**
   * The CSV line as read, when it has no quotes and exactly the header's cells: the import sends it
   * to COPY as it is once zod accepted it (rebuilding every line from parsed cells cost more than
   * the validation itself).
   */
  raw?: string;
  /** With `raw`: the line's cells, in the header's order. */
  cells?: readonly string[];
  /** Set when the line could not even be read as a record (bad JSON). */
  error?: string;
}

export const SOURCE_FORMATS = ["csv", "ndjson"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/**
 * Records of a CSV stream whose first line is the header. `onHeader` sees the header first and
 * may throw (unknown or missing columns) to stop before any row is read. A short row leaves its
 * last columns out (the row parser reports them as missing fields); cells past the header's are
 * ignored. Read with csvRows (ingest/import/csv-lines.ts), not csv-parse: see there why.
 */
export async function* csvRecords(
  input: Readable,
  onHeader: (header: string[]) => void = () => {},
): AsyncGenerator<SourceRecord> {
  let names: string[] | undefined;
  for await (const rows of csvRows(input)) {
    for (const { line, cells, raw } of rows) {
      if (!names) {
        names = cells.map((h) => h.trim());
        onHeader(names);
        continue;
      }
      yield new CsvRecord(
        line,
        names,
        cells,
        raw !== undefined && cells.length === names.length ? raw : undefined,
      );
    }
  }
}

/**
 * A CSV record whose `values` object is built only when read: the import's fast path reads
 * `cells` and `raw` instead, and one object per row of a 10M-row file is garbage-collector time.
 */
class CsvRecord implements SourceRecord {
  #values: Record<string, string> | undefined;
  readonly cells?: readonly string[];
  readonly raw?: string;
  constructor(
    readonly line: number,
    private readonly names: readonly string[],
    private readonly allCells: readonly string[],
    raw: string | undefined,
  ) {
    if (raw !== undefined) {
      this.raw = raw;
      this.cells = allCells;
    }
  }
  get values(): Readonly<Record<string, string>> {
    if (!this.#values) {
      const values: Record<string, string> = {};
      const n = Math.min(this.names.length, this.allCells.length);
      for (let i = 0; i < n; i++) values[this.names[i]!] = this.allCells[i]!;
      this.#values = values;
    }
    return this.#values;
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
