/**
 * fix12d: "which is more efficient, our prospecting or our retargeting campaigns": named groups set
 * side by side (one labelled total each, group-totals.ts) and a judgement asked of them. The totals
 * alone left the question open; the verdict names the group with the better return per dollar
 * (ROAS) and says whether cost per order agrees, every figure read from the groups' own totals.
 */
import { formatCurrency, formatNumber } from "../answer/format.ts";
import type { LabelledResult } from "./group-totals.ts";

/** The planner's placeholder, replaced by the verdict when the groups' totals are read. */
export const GROUP_VERDICT_NOTE =
  "The verdict compares the groups on return per dollar and cost per order; their totals follow.";

const x = (v: number) => `${formatNumber(v, 2)}x`;

/**
 * The verdict line, or undefined when fewer than two groups have a ROAS.
 * @example groupVerdict([{ label: "Retargeting campaigns", result }, { label: "Prospecting campaigns", result }], "USD")
 * // "Verdict: Retargeting campaigns are the more efficient: ROAS 3.10x vs 1.25x ..."
 */
export function groupVerdict(groups: readonly LabelledResult[], currency: string): string | undefined {
  const sides = groups.flatMap((g) => {
    const roas = g.result.totals.roas;
    if (typeof roas !== "number" || !Number.isFinite(roas)) return [];
    const cpa = g.result.totals.cpa;
    return [{ label: g.label, roas, cpa: typeof cpa === "number" && Number.isFinite(cpa) ? cpa : null }];
  });
  if (sides.length < 2) return undefined;
  const [best, next] = [...sides].sort((a, b) => b.roas - a.roas) as [(typeof sides)[0], (typeof sides)[0]];
  const money = (v: number) => formatCurrency(v, currency);
  const cpa =
    best.cpa !== null && next.cpa !== null
      ? best.cpa <= next.cpa
        ? `, and each order costs less (CPA ${money(best.cpa)} vs ${money(next.cpa)})`
        : `, though each order costs more (CPA ${money(best.cpa)} vs ${money(next.cpa)}): it brings more revenue per dollar, the other more orders per dollar`
      : "";
  const close =
    best.roas - next.roas < 0.1 * next.roas
      ? " The gap is small (under a tenth), so neither is clearly ahead."
      : "";
  const labels = next.label;
  const caveat =
    /retarget|remarket/i.test(best.label) && /prospect/i.test(labels)
      ? " Retargeting reaches people who already visited, so its attributed return usually flatters it against prospecting, which finds the new visitors retargeting later converts."
      : "";
  const verb = /s$/i.test(best.label) ? "are" : "is";
  return `Verdict: ${best.label} ${verb} the more efficient: ROAS ${x(best.roas)} vs ${x(next.roas)} for ${next.label}${cpa}.${close}${caveat}`;
}
