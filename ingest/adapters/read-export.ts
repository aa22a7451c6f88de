/**
 * Stream a platform export into facts: skip the title and comment lines before the header, find
 * the header (or detect the kind from it), check the required columns, then map row by row. CSV is
 * parsed by csv-parse in streaming mode, so memory stays flat whatever the file's size; only the
 * header search looks at up to HEADER_SEARCH_ROWS rows.
 */
import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import { AppError } from "../../lib/errors.ts";
import { ADAPTERS, detectKinds, normalizeHeader } from "./registry.ts";
import { type AdapterKind, type CellFormat, type Fact, RowError, type SourceRow } from "./types.ts";

/** How many rows may come before the header (title lines, GA4's "#" block). */
export const HEADER_SEARCH_ROWS = 30;

/** A row the adapter refused: the line, the field and what was expected. */
export interface RowProblem {
  line: number;
  field: string;
  expected: string;
  value?: string;
}

/** One item of the stream: the facts of one row (none for a skipped row), or a problem with it. */
export type ExportItem = { line: number; facts: Fact[] } | { line: number; problem: RowProblem };

/** What the reader found at the top of the file. */
export interface ExportHeader {
  kind: AdapterKind;
  /** Lower-cased header cells. */
  header: string[];
  /** The header's line number (1-based). */
  line: number;
}

/**
 * Read `input` as the export `kind` (or detect it from the header). Yields the header first, then
 * one item per data row. Throws AppError ingest.invalid when no known header is found, when the
 * named kind's header is not there, or when a required column is missing.
 */
export async function* readExport(
  input: Readable,
  opts: { kind?: AdapterKind; format?: CellFormat } = {},
): AsyncGenerator<ExportHeader | ExportItem> {
  const parser = input.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  let found: ExportHeader | undefined;
  let seen = 0;
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    const line = info.lines;
    if (!found) {
      seen++;
      if (record.length === 1 && record[0]!.trim().startsWith("#")) continue;
      const kinds = detectKinds(record);
      const kind = opts.kind ?? (kinds.length === 1 ? kinds[0] : undefined);
      if (kind && (opts.kind === undefined || kinds.includes(opts.kind))) {
        const header = normalizeHeader(record);
        const missing = ADAPTERS[kind].requiredColumns(header).find((c) => !header.includes(c));
        if (missing) {
          throw new AppError(
            "ingest.invalid",
            `line ${line}: the ${ADAPTERS[kind].label} needs a column "${missing}"`,
            {
              details: { line, field: missing },
            },
          );
        }
        found = { kind, header, line };
        yield found;
        continue;
      }
      if (seen >= HEADER_SEARCH_ROWS) break;
      continue;
    }
    const row: Record<string, string> = {};
    found.header.forEach((h, i) => {
      if (h !== "" && !(h in row)) row[h] = record[i] ?? "";
    });
    try {
      const facts = ADAPTERS[found.kind].toFacts(row as SourceRow, opts.format ?? {}, found.header);
      yield { line, facts: facts ?? [] };
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      yield { line, problem: { line, field: e.field, expected: e.expected, value: e.value } };
    }
  }
  if (!found) {
    const expected = opts.kind
      ? `the header of a ${ADAPTERS[opts.kind].label}`
      : `the header of one of: ${Object.values(ADAPTERS)
          .map((a) => a.label)
          .join("; ")}`;
    throw new AppError(
      "ingest.invalid",
      `no header found in the first ${HEADER_SEARCH_ROWS} rows: expected ${expected}`,
      {
        details: { field: "header" },
      },
    );
  }
}
