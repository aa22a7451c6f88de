/**
 * fix12d: "are we paying for our growth", "is cac climbing as we add customers": new customers and
 * CAC side by side by period, judged together. The two series alone left the judgement to the
 * reader, and a premise in the question ("new customers are up") went unchecked. The verdict reads
 * the series of the turn: where new customers peaked and where they are now, what CAC did over the
 * same stretch, and says plainly whether more customers are being bought at a rising price, come
 * cheaply, or are not coming at all; a stated rise that the data does not show is corrected first.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatCurrency, formatNumber } from "../answer/format.ts";

/** The planner's placeholder, replaced by the verdict when the series is read. */
export const GROWTH_COST_NOTE =
  "The verdict reads new customers and their acquisition cost together over the period; the series follow.";

interface Result {
  name: string;
  args: Record<string, unknown>;
  result: { ok: boolean; data?: unknown };
}

interface Point {
  date: string;
  customers: number;
  cost: number;
}

/** The question says new customers are rising. */
const STATED_RISE =
  /\b(?:new customers?|customers?|acquisitions?|new buyers?)\b.{0,25}\b(?:are|is|have been|keep|keeps)? ?(?:up|rising|growing|increasing|climbing|going up|on the rise)\b/;

/** A change under this share is "about the same". */
const FLAT = 0.05;

const month = (d: string) =>
  new Date(`${d}T00:00:00Z`).toLocaleString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

/** The series of new customers and their cost by period from the turn's query with a date breakdown. */
function series(results: readonly Result[]): Point[] {
  const r = results.find(
    (x) =>
      x.name === "query_metrics" &&
      x.result.ok &&
      Array.isArray(x.args.dimensions) &&
      x.args.dimensions.includes("date"),
  );
  if (!r) return [];
  const rows = (r.result.data as MetricResult).rows;
  return rows
    .flatMap((row) => {
      const customers = Number(row.new_customers);
      const cost = Number(row.cac ?? row.cpa);
      return Number.isFinite(customers) && customers > 0 && Number.isFinite(cost)
        ? [{ date: String(row.date), customers, cost }]
        : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The verdict, or undefined when the series has fewer than three periods.
 * @example growthCostVerdict(results, "are we buying growth", "USD") // "New customers are not rising: they peaked at 335 in August 2026 ..."
 */
export function growthCostVerdict(
  results: readonly Result[],
  question: string,
  currency: string,
): string | undefined {
  const points = series(results);
  if (points.length < 3) return undefined;
  const first = points[0]!;
  const last = points.at(-1)!;
  const peak = points.reduce((a, b) => (b.customers > a.customers ? b : a));
  const money = (v: number) => formatCurrency(v, currency);
  const n = (v: number) => formatNumber(v, 0);
  const down = peak !== last && last.customers < peak.customers * (1 - FLAT * 2);
  const from = peak !== last ? peak : first;
  const customers = down
    ? `New customers are not rising now: they peaked at ${n(peak.customers)} in ${month(peak.date)} and were ${n(last.customers)} in ${month(last.date)}.`
    : `New customers are up: ${n(last.customers)} in ${month(last.date)}, against ${n(first.customers)} in ${month(first.date)}${peak !== last ? ` (the high was ${n(peak.customers)} in ${month(peak.date)})` : ""}.`;
  const change = last.cost / from.cost - 1;
  const costDir = change > FLAT ? "up" : change < -FLAT ? "down" : "flat";
  const cost =
    costDir === "flat"
      ? `CAC held about the same over that stretch (${money(from.cost)} in ${month(from.date)}, ${money(last.cost)} in ${month(last.date)}).`
      : `CAC ${costDir === "up" ? "rose" : "fell"} from ${money(from.cost)} in ${month(from.date)} to ${money(last.cost)} in ${month(last.date)}.`;
  const verdict = down
    ? costDir === "up"
      ? "Verdict: not buying growth: fewer new customers, and each costs more."
      : "Verdict: not buying growth lately: the price of a customer is steady, so the problem is volume (fewer new customers for the spend), not a rising cost."
    : costDir === "up"
      ? "Verdict: yes, growth is being bought: more new customers, each at a higher cost; it pays while CAC stays below what a new customer is worth to you."
      : "Verdict: the growth is not being bought: more new customers without CAC rising.";
  const premise =
    down && STATED_RISE.test(question.toLowerCase())
      ? "The premise does not hold for the latest months. "
      : "";
  return `${premise}${customers} ${cost} ${verdict}`;
}
