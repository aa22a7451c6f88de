/**
 * leftB: "did any campaign blow through its budget in may, by how much": most campaigns run a few
 * cents over their daily budget on some days, which a list of days over buries the one day that
 * matters under. A day a campaign spent at least twice its daily budget is a blow-out, named
 * first with the money it ran over by that day (spend less that day's budget).
 */
import type { CampaignPacing } from "../../core/budget/pacing.ts";
import { formatDate, joinList } from "../answer/index.ts";

/** A day's spend at least this many times its budget is a blow-out, not pacing noise. */
export const BLOWOUT_RATIO = 2;

/**
 * The blow-out days of the period, largest first, as one line; empty when there is none.
 * @example blowoutLine(campaigns, money) // "Far above the rest: Prospecting - Broad - Advantage+ spent $259.88 on May 14, 2026 against its $37.50 daily budget, $222.38 over that day."
 */
export function blowoutLine(campaigns: readonly CampaignPacing[], money: (v: number) => string): string {
  const blowouts = campaigns
    .filter(
      (c) => c.worstDay && c.worstDay.budget > 0 && c.worstDay.spend >= BLOWOUT_RATIO * c.worstDay.budget,
    )
    .sort((a, b) => b.worstDay!.over - a.worstDay!.over);
  if (!blowouts.length) return "";
  const parts = blowouts.map((c) => {
    const w = c.worstDay!;
    return `${c.name} spent ${money(w.spend)} on ${formatDate(w.date)} against its ${money(w.budget)} daily budget, ${money(w.over)} over that day`;
  });
  return `Far above the rest: ${joinList(parts)}.`;
}
