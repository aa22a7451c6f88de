/**
 * leftB: pacing asked of a period wholly after the data ("are we on pace for december", "will we
 * hit budget in q1"): nothing in it can be paced yet, so the latest complete month is paced as it
 * was and its run rate is projected over the period asked, against the budget the period will
 * have (core/budget/pacing-projection.ts). Failing with "no data" answered nothing.
 */
import {
  budgetPacing,
  type PacingCampaign,
  type PacingResult,
  type RecordedBudgetChange,
} from "../../core/budget/pacing.ts";
import { type PacingProjection, projectPacing } from "../../core/budget/pacing-projection.ts";
import { addDays } from "../../semantic/query/dates.ts";

/**
 * The latest month wholly inside the data: the data's last month when the data ends on its last
 * day, else the month before.
 * @example latestCompleteMonth("2026-10-31") // { from: "2026-10-01", to: "2026-10-31" }
 * @example latestCompleteMonth("2026-10-20") // { from: "2026-09-01", to: "2026-09-30" }
 */
export function latestCompleteMonth(dataEnd: string): { from: string; to: string } {
  const whole = addDays(dataEnd, 1).endsWith("-01");
  const to = whole ? dataEnd : addDays(`${dataEnd.slice(0, 8)}01`, -1);
  return { from: `${to.slice(0, 8)}01`, to };
}

/** The projection of `asked` from the basis month's pacing; the budgets are the period's own. */
export function projectAhead(
  asked: { from: string; to: string },
  basis: PacingResult,
  campaigns: readonly PacingCampaign[],
  changes: readonly RecordedBudgetChange[],
): PacingProjection {
  const budgets = budgetPacing({ from: asked.from, to: asked.to, campaigns, changes, spend: [] });
  return projectPacing(asked, basis, budgets);
}
