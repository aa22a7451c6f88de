/**
 * fix7b: a short scan's days against their own normal, for every additive metric: "why did orders
 * tank mid march" needs the day orders fell even when a small daily count swings too widely for
 * the detector to flag it, and the tracking-loss check needs sessions, orders and spend on that
 * same day. Each day's normal is the median of the 28 days before it (core/anomaly/drivers.ts).
 */
import { dayDrivers } from "../../core/anomaly/drivers.ts";
import type { DailyValue } from "../../core/anomaly/schemas.ts";
import { addDays, daysBetween } from "../../semantic/query/dates.ts";

/** Longest scan whose days are listed. */
export const SHORT_SCAN_DAYS = 16;

/** One day of a short scan. */
export interface ScanDay {
  date: string;
  value: number;
  normal: number;
}

/**
 * @example shortScanDays(series, { from: "2026-03-11", to: "2026-03-20" }) // 10 days, each with its normal
 */
export function shortScanDays(
  overall: readonly DailyValue[],
  period: { from: string; to: string },
): ScanDay[] {
  const days = daysBetween(period.from, period.to) + 1;
  if (days < 2 || days > SHORT_SCAN_DAYS) return [];
  const out: ScanDay[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(period.from, i);
    const [d] = dayDrivers([{ member: "overall", series: overall }], date);
    const value = overall.find((p) => p.date === date)?.value ?? 0;
    out.push({ date, value: d?.value ?? value, normal: d?.normal ?? value });
  }
  return out;
}
