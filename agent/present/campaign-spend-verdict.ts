/**
 * leftB: "are we spending too much on brand search", "is brand search over-funded": the figures
 * alone left the question unanswered. The verdict reads the campaign's own ROAS against break-even
 * (one over the gross margin) from the turn's results, says it plainly, and for a brand campaign
 * adds that brand search captures demand that exists anyway, so its attributed return overstates
 * what it adds. The planner's placeholder note (campaign-spend-check.ts) is replaced by it.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { ProfitabilityData } from "../../tools/profitability/execute.ts";
import { formatNumber } from "../answer/format.ts";

/** The planner's note that stands in until the results are read (and when they cannot be). */
export const CAMPAIGN_VERDICT_NOTE =
  "The verdict sets the campaign's ROAS against break-even; the figures follow.";

interface Result {
  name: string;
  args: Record<string, unknown>;
  result: { ok: boolean; data?: unknown };
}

const x = (v: number) => `${formatNumber(v, 2)}x`;

/**
 * The verdict line from the campaign's own figures (the query with no breakdown) and break-even
 * (the profitability result), or undefined when either is missing.
 * @example campaignSpendVerdict(results) // "Verdict: Search - Brand - Exact looks over-funded: its ROAS is 0.72x, below break-even 2.00x, ..."
 */
export function campaignSpendVerdict(results: readonly Result[]): string | undefined {
  const own = results.find(
    (r) =>
      r.name === "query_metrics" &&
      r.result.ok &&
      (!Array.isArray(r.args.dimensions) || r.args.dimensions.length === 0),
  );
  const profit = results.find((r) => r.name === "profitability" && r.result.ok);
  if (!own || !profit) return undefined;
  const data = own.result.data as MetricResult;
  const roas = Number(data.rows[0]?.roas ?? Number.NaN);
  const breakEven = (profit.result.data as ProfitabilityData).breakEvenRoas;
  if (!Number.isFinite(roas) || !Number.isFinite(breakEven)) return undefined;
  const filter = (Array.isArray(own.args.filters) ? own.args.filters : []).find(
    (f) => (f as { field?: string }).field === "campaign",
  ) as { values?: unknown[] } | undefined;
  // Names from the by-campaign rows of the same turn (their campaign_name column).
  const byCampaign = results.find(
    (r) => r.name === "query_metrics" && r.result.ok && r !== own && Array.isArray(r.args.dimensions),
  );
  const rows = byCampaign ? (byCampaign.result.data as MetricResult).rows : [];
  const nameOf = (v: unknown) =>
    String(rows.find((row) => String(row.campaign) === String(v))?.campaign_name ?? v);
  const names = (filter?.values ?? []).map(nameOf);
  const who = names.length ? names.join(" and ") : "This campaign";
  const its = names.length > 1 ? "their" : "its";
  const verdict =
    roas >= breakEven
      ? `Verdict: ${who} is not over-funded on ${its} own return: ROAS ${x(roas)}, at or above break-even ${x(breakEven)}, so ${its} dollars pay for themselves on average.`
      : `Verdict: ${who} looks over-funded: ROAS ${x(roas)}, below break-even ${x(breakEven)}, so on average ${its} dollars return less margin than they cost, and on a flattening curve the next dollar returns less than the average one; it is a first place to cut.`;
  const brand = names.some((n) => /\bbrand\b/i.test(n) && !/\bnon-?\s?brand\b/i.test(n));
  const caveat = brand
    ? " Caveat: brand search mostly captures demand that already exists (people searching for your name), so its attributed ROAS overstates what it adds; a holdout week on it would measure the difference."
    : "";
  return `${verdict}${caveat}`;
}
