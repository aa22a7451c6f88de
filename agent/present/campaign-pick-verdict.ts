/**
 * fix12d: the verdict of a choice between named campaigns ("scale A or B?",
 * agent/planner/campaign-pick-intent.ts): which one to put more behind, read from the campaigns'
 * own rows of the turn (ROAS first, cost per order beside it) and set against break-even (the
 * profitability result). A pick that does not pay back at break-even is said plainly, so "scale
 * the better one" is never read as "scaling pays".
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { ProfitabilityData } from "../../tools/profitability/execute.ts";
import { formatCurrency, formatNumber } from "../answer/format.ts";

/** The planner's placeholder, replaced by the verdict when the results are read. */
export const CAMPAIGN_PICK_NOTE =
  "The verdict picks between the campaigns on their own return and cost per order; the figures follow.";

interface Result {
  name: string;
  args: Record<string, unknown>;
  result: { ok: boolean; data?: unknown };
}

interface Side {
  name: string;
  spend: number;
  roas: number;
  cpa: number | null;
  orders: number;
}

const x = (v: number) => `${formatNumber(v, 2)}x`;

/** Each campaign's figures from the by-campaign query of the turn. */
function sides(results: readonly Result[]): Side[] {
  const byCampaign = results.find(
    (r) =>
      r.name === "query_metrics" &&
      r.result.ok &&
      Array.isArray(r.args.dimensions) &&
      r.args.dimensions.includes("campaign"),
  );
  if (!byCampaign) return [];
  const rows = (byCampaign.result.data as MetricResult).rows;
  return rows.flatMap((row) => {
    const roas = Number(row.roas);
    const spend = Number(row.spend);
    if (!Number.isFinite(roas) || !Number.isFinite(spend) || spend <= 0) return [];
    const cpa = Number(row.cpa);
    return [
      {
        name: String(row.campaign_name ?? row.campaign),
        spend,
        roas,
        cpa: Number.isFinite(cpa) ? cpa : null,
        orders: Number(row.orders ?? 0),
      },
    ];
  });
}

/**
 * The verdict line, or undefined when fewer than two campaigns have spend in the period.
 * @example campaignPickVerdict(results, "USD") // "Verdict: of the two, put more behind Prospecting - Lookalike 1% Purchasers: ..."
 */
export function campaignPickVerdict(results: readonly Result[], currency: string): string | undefined {
  const all = sides(results).sort((a, b) => b.roas - a.roas);
  if (all.length < 2) return undefined;
  const [best, next] = all as [Side, Side];
  const profit = results.find((r) => r.name === "profitability" && r.result.ok);
  const breakEven = profit ? (profit.result.data as ProfitabilityData).breakEvenRoas : undefined;
  const money = (v: number) => formatCurrency(v, currency);
  const cpaSays =
    best.cpa !== null && next.cpa !== null
      ? best.cpa <= next.cpa
        ? ` and a lower cost per order (${money(best.cpa)} vs ${money(next.cpa)})`
        : `, though each order costs more (${money(best.cpa)} vs ${money(next.cpa)}), so it wins on revenue per dollar, not on order volume per dollar`
      : "";
  const lead = `Verdict: of ${all.length === 2 ? "the two" : "these"}, put more behind ${best.name}: a higher ROAS (${x(best.roas)} vs ${x(next.roas)} for ${next.name})${cpaSays}.`;
  const small =
    best.orders < 30
      ? ` It has only ${formatNumber(best.orders, 0)} attributed orders in the period, so treat the gap as a lead to test with a measured budget step rather than a settled result.`
      : "";
  if (breakEven === undefined) return `${lead}${small}`;
  const pays =
    best.roas >= breakEven
      ? ` It pays back above break-even (${x(breakEven)} at your gross margin), so there is room to scale it in steps while its ROAS holds.`
      : ` But neither pays back at break-even (${x(breakEven)} at your gross margin): scaling either loses margin on average, so if you add budget, add it to ${best.name} in a small step and watch its ROAS, or hold both.`;
  return `${lead}${pays}${small}`;
}
