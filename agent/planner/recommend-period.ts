/**
 * The planning period of a recommend question. "What should we change next month" plans for that
 * month (on a month's first day, the month starting today, as budget plans do); "this week" plans
 * from today to the week's end. A period that is already over ("last month") is not a planning
 * period, and no period at all leaves the tool's default (the 7 days starting today).
 */
import { budgetPeriod } from "./budget-period.ts";
import type { Period } from "./types.ts";

/** @example recommendPeriod({ from: "2026-12-01", to: "2026-12-31", unit: "month", label: "next month" }, "what to fix next month", "2026-11-01") // Nov 1-30 */
export function recommendPeriod(
  period: Period | undefined,
  text: string,
  today: string,
): { from: string; to: string } | undefined {
  if (!period || period.to < today) return undefined;
  const planned = budgetPeriod(period, text, today, true);
  const from = planned.from < today ? today : planned.from;
  // A day or two left of "this week" is no planning horizon: the default week reads better.
  if (planned.to <= today) return undefined;
  return { from, to: planned.to };
}
