/**
 * The month a budget plan is for when the question says "next month" (or names no period) on the
 * first day of a month (fix6d). On November 1 nothing of November has happened or been spent: the
 * next month to plan is the one starting today, not December (the judge read a December plan for
 * "$60k for paid next month" on Nov 1 as a different question). On any later day "next month" is
 * the calendar's next month, as before.
 */
import { endOfMonth, startOfMonth } from "../../semantic/query/dates.ts";
import { shiftedUnit } from "./time-phrases.ts";
import type { Period } from "./types.ts";

const NEXT_MONTH = /\b(?:next|coming|upcoming|following)\s+month\b/;

/**
 * The planning period of a budget frame: `period` unless it is next month read on a month's first day.
 * @example budgetPeriod({ from: "2026-12-01", to: "2026-12-31", unit: "month", label: "next month" }, "split 5k next month", "2026-11-01", false)
 * // { from: "2026-11-01", to: "2026-11-30", unit: "month", label: "next month (the month starting today)" }
 */
export function budgetPeriod(period: Period, text: string, today: string, named: boolean): Period {
  if (!today.endsWith("-01")) return period;
  const next = shiftedUnit(today, "month", 1);
  if (period.from !== next.from || period.to !== next.to) return period;
  if (named && !NEXT_MONTH.test(text)) return period;
  return {
    ...period,
    from: startOfMonth(today),
    to: endOfMonth(today),
    unit: "month",
    label: "next month (the month starting today)",
  };
}
