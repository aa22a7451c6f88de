/**
 * fix15f: "we spent more in q3 than q2, did it pay off": the extra ad spend held against what
 * revenue did over the same two periods. The spend comparison alone confirmed the premise and left
 * the question open. Every figure is read from the turn's compare_periods totals, so the verifier
 * grounds it; a premise the data does not show (spend did not rise) is said first.
 */
import type { TotalComparison } from "../../tools/compare-periods/execute.ts";
import { formatCurrency, formatNumber } from "../answer/format.ts";

/** The planner's placeholder (planner/payoff-compare.ts), replaced by the verdict in finalize. */
export const PAYOFF_NOTE =
  "The verdict holds the change in ad spend against the change in revenue over the same periods; the figures follow.";

interface Result {
  name: string;
  result: { ok: boolean; data?: unknown };
}

const x = (v: number) => `${formatNumber(v, 2)}x`;

/**
 * The verdict on a change in spend, or undefined when the turn holds no spend and revenue to read.
 * @example payoffVerdict(results, "USD") // "Did the extra spend pay off? No: ad spend rose $3,445.00 but revenue fell $1,200.00 ..."
 */
export function payoffVerdict(results: readonly Result[], currency: string): string | undefined {
  const hit = results.find((r) => r.name === "compare_periods" && r.result.ok);
  const totals = (hit?.result.data as { totals?: TotalComparison[] } | undefined)?.totals ?? [];
  const spend = totals.find((t) => t.metric === "spend");
  const revenue = totals.find((t) => t.metric === "revenue");
  if (!spend?.change || revenue?.change === null || revenue?.change === undefined) return undefined;
  const money = (v: number) => formatCurrency(Math.abs(v), currency);
  const mer = totals.find((t) => t.metric === "mer");
  const merLine =
    mer?.current != null && mer.previous != null
      ? ` MER (all tracked revenue over ad spend) went from ${x(mer.previous)} to ${x(mer.current)}.`
      : "";
  const dr = revenue.change;
  if (spend.change < 0)
    return `The premise does not hold: ad spend fell ${money(spend.change)} against the earlier period, and revenue ${dr >= 0 ? "rose" : "fell"} ${money(dr)}.${merLine}`;
  const rose = `ad spend rose ${money(spend.change)}`;
  const body =
    dr <= 0
      ? `No: ${rose} but revenue fell ${money(dr)}, so the extra spend bought no growth the totals show.`
      : dr < spend.change
        ? `No: ${rose} and revenue rose only ${money(dr)}, less than the extra spend itself, before any cost of goods.`
        : `Partly: ${rose} and revenue rose ${money(dr)}. It paid for itself in profit only if that extra revenue times your gross margin is more than the extra spend.`;
  return `Did the extra spend pay off? ${body}${merLine} Revenue has other causes too (season, email, organic), so this is what the totals show, not what the spend caused.`;
}
