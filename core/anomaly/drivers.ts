/**
 * What an unusual day or window was made of, for a diagnosis ("spend spike in may, what was that",
 * "display spend fell off a cliff in late june"): which members (campaigns, channels) moved the
 * day away from their own normal, and how a window (a planned holdout or budget flight) compares
 * with the days before it. Pure: the series come in, figures go out.
 */
import { dateFromDayNumber, dayNumber } from "../stats/dates.ts";
import { median } from "../stats/descriptive.ts";
import type { DailyValue } from "./schemas.ts";

/** Days before a day whose median is a member's normal for it. */
export const DRIVER_BASELINE_DAYS = 28;
/** Days before a window whose daily mean is its "before". */
export const WINDOW_BEFORE_DAYS = 14;

/** One member's part in a day's change. */
export interface DayDriver {
  member: string;
  /** The member's value that day. */
  value: number;
  /** The median of its values over the baseline days before. */
  normal: number;
  /** value - normal. */
  change: number;
}

/** A member's daily series (additive values, zero-filled). */
export interface MemberValues {
  member: string;
  series: readonly DailyValue[];
}

/**
 * The members that moved `date` most from their own normal (median of the `baselineDays` days
 * before it that the series has), largest absolute change first; members that did not move are
 * left out.
 * @example
 * dayDrivers([{ member: "A", series: [...28 days of 10, { date: d, value: 70 }] }], d)
 * // [{ member: "A", value: 70, normal: 10, change: 60 }]
 */
export function dayDrivers(
  members: readonly MemberValues[],
  date: string,
  opts: { baselineDays?: number; limit?: number } = {},
): DayDriver[] {
  const baselineDays = opts.baselineDays ?? DRIVER_BASELINE_DAYS;
  const day = dayNumber(date);
  const out: DayDriver[] = [];
  for (const m of members) {
    let value = 0;
    const before: number[] = [];
    for (const p of m.series) {
      const n = dayNumber(p.date);
      if (n === day) value = p.value;
      else if (n < day && n >= day - baselineDays) before.push(p.value);
    }
    const normal = before.length ? median(before) : 0;
    const change = value - normal;
    if (Math.abs(change) > 1e-9) out.push({ member: m.member, value, normal, change });
  }
  out.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.member.localeCompare(b.member));
  return out.slice(0, opts.limit ?? 3);
}

/** A window's daily mean against the days before it. */
export interface WindowEffect {
  /** The window's days the series has (the window clipped to the series). */
  from: string;
  to: string;
  days: number;
  /** Mean daily value over those days. */
  perDay: number;
  beforeFrom: string;
  beforeTo: string;
  /** Mean daily value over the days before the window. */
  beforePerDay: number;
  /** perDay / beforePerDay - 1, in percent; null when before is zero. */
  percentChange: number | null;
}

/**
 * The daily mean of `series` over `from..to` against the `beforeDays` days before `from`;
 * undefined when the series has no day in either.
 * @example windowEffect(series, "2026-06-22", "2026-06-28") // { perDay: 0, beforePerDay: 41.2, percentChange: -100, ... }
 */
export function windowEffect(
  series: readonly DailyValue[],
  from: string,
  to: string,
  beforeDays = WINDOW_BEFORE_DAYS,
): WindowEffect | undefined {
  const start = dayNumber(from);
  const end = dayNumber(to);
  const during = series.filter((p) => dayNumber(p.date) >= start && dayNumber(p.date) <= end);
  const before = series.filter((p) => dayNumber(p.date) < start && dayNumber(p.date) >= start - beforeDays);
  if (!during.length || !before.length) return undefined;
  const mean = (xs: readonly DailyValue[]) => xs.reduce((a, p) => a + p.value, 0) / xs.length;
  const perDay = mean(during);
  const beforePerDay = mean(before);
  return {
    from: during[0]!.date,
    to: during[during.length - 1]!.date,
    days: during.length,
    perDay,
    beforeFrom: dateFromDayNumber(start - beforeDays),
    beforeTo: dateFromDayNumber(start - 1),
    beforePerDay,
    percentChange: beforePerDay === 0 ? null : (perDay / beforePerDay - 1) * 100,
  };
}
