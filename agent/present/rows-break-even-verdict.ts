/**
 * fix15b: "which of those is below break-even" after ROAS by channel (or platform, campaign): the
 * rows shown held against break-even ROAS at the organization's margin, those below named first.
 * Each row's ROAS comes from the turn's by-row query, break-even ROAS from the profitability tool;
 * the planner's placeholder (ROWS_BREAK_EVEN_NOTE) stays when either is missing.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { ProfitabilityData } from "../../tools/profitability/execute.ts";
import { formatNumber } from "../answer/format.ts";
import type { ValueLabels } from "./value-labels.ts";

/** The planner's note that stands in until the results are read (and when they cannot be). */
export const ROWS_BREAK_EVEN_NOTE =
  "Each row is below break-even when its ROAS (attributed revenue over its spend) is under break-even ROAS, one over your gross margin, given first.";

interface Result {
  name: string;
  args: Record<string, unknown>;
  result: { ok: boolean; data?: unknown };
}

const x = (v: number) => `${formatNumber(v, 2)}x`;

/**
 * The rows below break-even and those at or above it, or undefined when rows or break-even are missing.
 * @example rowsBreakEvenVerdict(results) // "Below break-even ROAS 2.00x: Display (0.72x). At or above it: Affiliate (2.40x)."
 */
export function rowsBreakEvenVerdict(results: readonly Result[], labels?: ValueLabels): string | undefined {
  const profit = results.find((r) => r.name === "profitability" && r.result.ok);
  const breakEven = (profit?.result.data as ProfitabilityData | undefined)?.breakEvenRoas;
  const rows = results.find(
    (r) =>
      r.name === "query_metrics" &&
      r.result.ok &&
      Array.isArray(r.args.dimensions) &&
      r.args.dimensions.length === 1,
  );
  if (!rows || breakEven === undefined || !Number.isFinite(breakEven)) return undefined;
  const dim = String((rows.args.dimensions as unknown[])[0]);
  const below: string[] = [];
  const above: string[] = [];
  for (const row of (rows.result.data as MetricResult).rows) {
    const roas = Number(row.roas ?? Number.NaN);
    if (row.roas === null || row.roas === undefined || !Number.isFinite(roas)) continue;
    const value = String(row[dim]);
    const name = String(row[`${dim}_name`] ?? labels?.[dim]?.[value] ?? value);
    (roas < breakEven ? below : above).push(`${name} (${x(roas)})`);
  }
  if (!below.length && !above.length) return undefined;
  const lead = below.length
    ? `Below break-even ROAS ${x(breakEven)}: ${below.join(", ")}.`
    : `None is below break-even ROAS ${x(breakEven)}.`;
  return above.length ? `${lead} At or above it: ${above.join(", ")}.` : `${lead} None is at or above it.`;
}
