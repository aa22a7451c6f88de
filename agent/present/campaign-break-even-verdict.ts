/**
 * fix14a: "did the two summer campaigns break even": the verdict, campaign by campaign, read from
 * the turn's results (each campaign's ROAS from the by-campaign rows, break-even ROAS from the
 * profitability tool). The planner's placeholder note (campaign-break-even-intent.ts) is replaced
 * by it; it stays when either result is missing.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { ProfitabilityData } from "../../tools/profitability/execute.ts";
import { formatNumber } from "../answer/format.ts";

/** The planner's note that stands in until the results are read (and when they cannot be). */
export const CAMPAIGN_BREAK_EVEN_NOTE =
  "Each campaign broke even when its ROAS (attributed revenue over its spend) is at or above break-even ROAS, one over your gross margin, given first.";

interface Result {
  name: string;
  args: Record<string, unknown>;
  result: { ok: boolean; data?: unknown };
}

const x = (v: number) => `${formatNumber(v, 2)}x`;

/**
 * The verdict line, or undefined when the rows or break-even are missing.
 * @example campaignBreakEvenVerdict(results) // "Verdict at break-even ROAS 2.00x: Festival (ROAS 2.40x) broke even; Video (ROAS 0.81x) did not."
 */
export function campaignBreakEvenVerdict(results: readonly Result[]): string | undefined {
  const profit = results.find((r) => r.name === "profitability" && r.result.ok);
  const rows = results.find(
    (r) =>
      r.name === "query_metrics" &&
      r.result.ok &&
      Array.isArray(r.args.dimensions) &&
      r.args.dimensions.includes("campaign"),
  );
  const breakEven = (profit?.result.data as ProfitabilityData | undefined)?.breakEvenRoas;
  if (!rows || breakEven === undefined || !Number.isFinite(breakEven)) return undefined;
  const judged = (rows.result.data as MetricResult).rows.flatMap((row) => {
    const roas = Number(row.roas ?? Number.NaN);
    if (!Number.isFinite(roas)) return [];
    const name = String(row.campaign_name ?? row.campaign);
    return [`${name} (ROAS ${x(roas)}) ${roas >= breakEven ? "broke even" : "did not break even"}`];
  });
  if (!judged.length) return undefined;
  return `Verdict at break-even ROAS ${x(breakEven)}: ${judged.join("; ")}.`;
}
