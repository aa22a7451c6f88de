/**
 * fix14a: "did the two summer campaigns break even": the verdict, campaign by campaign, read from
 * the turn's results (each campaign's ROAS from the by-campaign rows, break-even ROAS from the
 * profitability tool). The planner's placeholder note (campaign-break-even-intent.ts) is replaced
 * by it; it stays when either result is missing.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { ProfitabilityData } from "../../tools/profitability/execute.ts";
import { formatNumber, formatValue } from "../answer/format.ts";
import { spec } from "./metric-spec.ts";

/** The planner's note that stands in until the results are read (and when they cannot be). */
export const CAMPAIGN_BREAK_EVEN_NOTE =
  "Each campaign broke even when its ROAS (attributed revenue over its spend) is at or above break-even ROAS, one over your gross margin, given first.";

interface Result {
  name: string;
  args: Record<string, unknown>;
  result: { ok: boolean; data?: unknown };
}

const x = (v: number) => `${formatNumber(v, 2)}x`;

/** The turn's campaign rows (query_metrics by campaign) and its profitability data, when there. */
function campaignRowsAndProfit(results: readonly Result[]) {
  const profit = results.find((r) => r.name === "profitability" && r.result.ok);
  const rows = results.find(
    (r) =>
      r.name === "query_metrics" &&
      r.result.ok &&
      Array.isArray(r.args.dimensions) &&
      r.args.dimensions.includes("campaign"),
  );
  return { rows, data: profit?.result.data as ProfitabilityData | undefined };
}

/**
 * The verdict line, or undefined when the rows or break-even are missing.
 * @example campaignBreakEvenVerdict(results) // "Verdict at break-even ROAS 2.00x: Festival (ROAS 2.40x) broke even; Video (ROAS 0.81x) did not."
 */
export function campaignBreakEvenVerdict(results: readonly Result[]): string | undefined {
  const { rows, data } = campaignRowsAndProfit(results);
  const breakEven = data?.breakEvenRoas;
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

/** fix17a: the placeholder for which campaigns lose money at the margin (campaign-break-even-intent.ts). */
export const CAMPAIGN_LOSSES_NOTE =
  "A campaign loses money at your gross margin when its ROAS (attributed revenue over its spend) is below break-even ROAS, one over the margin, given first.";

/** How many losing campaigns the verdict names. */
const LISTED = 6;

/**
 * fix17a: the campaigns below break-even, lowest ROAS first, and how many are at or above it; or
 * undefined when the rows or break-even are missing.
 * @example campaignLossesVerdict(results) // "At break-even ROAS 2.50x (gross margin 40%), 2 of 3 campaigns with spend lost money, lowest ROAS first: A (ROAS 0.50x on $100.00 of spend); B (ROAS 1.20x on $50.00 of spend). 1 was at or above break-even: C (ROAS 3.00x)."
 */
export function campaignLossesVerdict(results: readonly Result[], currency = "USD"): string | undefined {
  const { rows, data } = campaignRowsAndProfit(results);
  const breakEven = data?.breakEvenRoas;
  if (!rows || breakEven === undefined || !Number.isFinite(breakEven)) return undefined;
  const judged = (rows.result.data as MetricResult).rows.flatMap((row) => {
    const roas = Number(row.roas ?? Number.NaN);
    const spend = Number(row.spend ?? Number.NaN);
    if (!Number.isFinite(roas) || !(spend > 0)) return [];
    return [{ name: String(row.campaign_name ?? row.campaign), roas, spend }];
  });
  if (!judged.length) return undefined;
  const below = judged.filter((c) => c.roas < breakEven).sort((a, b) => a.roas - b.roas);
  const above = judged.filter((c) => c.roas >= breakEven).sort((a, b) => b.roas - a.roas);
  const margin =
    typeof data?.grossMargin === "number"
      ? ` (gross margin ${formatNumber(data.grossMargin * 100, 0)}%)`
      : "";
  const money = (v: number) => formatValue(v, spec("spend", "Ad spend", "currency", "currency"), currency);
  // The worst first; past six, the rest are counted (every row is in the table).
  const named = below
    .slice(0, LISTED)
    .map((c) => `${c.name} (ROAS ${x(c.roas)} on ${money(c.spend)} of spend)`);
  const more = below.length > LISTED ? `; and ${below.length - LISTED} more, in the table` : "";
  const count =
    below.length === judged.length ? `all ${judged.length}` : `${below.length} of ${judged.length}`;
  const lost = below.length
    ? `${count} campaigns with spend lost money, lowest ROAS first: ${named.join("; ")}${more}.`
    : `none of the ${judged.length} campaigns with spend lost money.`;
  const kept = above.length
    ? ` ${above.length} ${above.length === 1 ? "was" : "were"} at or above break-even: ${above.map((c) => `${c.name} (ROAS ${x(c.roas)})`).join("; ")}.`
    : " None was at or above break-even.";
  return `At break-even ROAS ${x(breakEven)}${margin}, ${lost}${kept}`;
}
