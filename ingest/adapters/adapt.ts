/**
 * One call from a platform export to export-format records: read (read-export.ts), map, convert
 * and aggregate (to-export.ts). Rows an adapter refuses are collected with their line, field and
 * what was expected, up to `maxProblems`; then the adaptation stops, as the import does.
 */
import type { Readable } from "node:stream";
import { AppError } from "../../lib/errors.ts";
import { type RowProblem, readExport } from "./read-export.ts";
import {
  type AdaptContext,
  type AdaptSummary,
  ExportBuilder,
  type ExportKind,
  type ExportRecord,
} from "./to-export.ts";
import { type AdapterKind, type CellFormat, RowError } from "./types.ts";

/** The outcome of adapting one file. */
export interface AdaptResult {
  kind: AdapterKind;
  /** Data rows after the header. */
  rowsRead: number;
  /** Rows that carry nothing to load: totals, line-item continuations, cancelled orders, SMS sends. */
  rowsSkipped: number;
  records: Record<ExportKind, ExportRecord[]>;
  summary: AdaptSummary;
  problems: RowProblem[];
}

/**
 * Adapt one platform export. `kind` names the export, or it is detected from the header.
 *
 * @example await adaptExport(createReadStream("google-ads.csv"), ctx) // { kind: "google_ads", ... }
 */
export async function adaptExport(
  input: Readable,
  ctx: AdaptContext,
  opts: { kind?: AdapterKind; format?: CellFormat; maxProblems?: number } = {},
): Promise<AdaptResult> {
  const builder = new ExportBuilder(ctx);
  const problems: RowProblem[] = [];
  const maxProblems = opts.maxProblems ?? 100;
  let kind: AdapterKind | undefined;
  let rowsRead = 0;
  let rowsSkipped = 0;
  for await (const item of readExport(input, opts)) {
    if ("kind" in item) {
      kind = item.kind;
      continue;
    }
    rowsRead++;
    if ("problem" in item) problems.push(item.problem);
    else if (item.facts.length === 0) rowsSkipped++;
    else {
      try {
        await builder.add(item.facts);
      } catch (e) {
        if (!(e instanceof RowError)) throw e;
        problems.push({ line: item.line, field: e.field, expected: e.expected, value: e.value });
      }
    }
    if (problems.length >= maxProblems) {
      input.destroy();
      break;
    }
  }
  if (!kind) throw new AppError("ingest.invalid", "no header found");
  const { records, summary } = await builder.finish();
  return { kind, rowsRead, rowsSkipped, records, summary, problems };
}
