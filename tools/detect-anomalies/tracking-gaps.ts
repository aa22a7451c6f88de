/**
 * Days of a scan where the site's tracking broke: sessions (the heartbeat of site tracking) fell
 * below half their normal and a scanned site metric (orders, revenue, sign-ups) fell with them
 * while ad spend ran as usual. A small daily count swings so widely that a day of 0 orders where
 * about 10 are normal is inside the detector's noise band, so a scan of orders over a month or a
 * season said "no anomalies" through a tracking outage; the fall in sessions on the same day is
 * the evidence the orders series alone lacks. Any scan length (the short-scan check in
 * short-scan-days.ts only lists days of scans up to 16 days). Pure: the series come in.
 */
import { dayDrivers } from "../../core/anomaly/drivers.ts";
import type { DailyValue } from "../../core/anomaly/schemas.ts";
import { addDays, daysBetween } from "../../semantic/query/dates.ts";

/** A day's value against its normal (the median of the 28 days before it). */
export interface DayAgainstNormal {
  value: number;
  normal: number;
}

/** One scanned metric on a day tracking broke. */
export interface TrackingGap {
  date: string;
  metric: string;
  value: number;
  normal: number;
  sessions: DayAgainstNormal;
  /** Ad spend that day (absent when the scan's segment has none). */
  spend?: DayAgainstNormal;
}

/** Most gap days reported: a scan with more is a broken feed, not a few outages. */
export const MAX_GAP_DAYS = 5;

const dayOf = (series: readonly DailyValue[], date: string): DayAgainstNormal | undefined => {
  const [d] = dayDrivers([{ member: "overall", series }], date);
  if (d) return { value: d.value, normal: d.normal };
  // No change from normal: dayDrivers leaves the member out.
  const value = series.find((p) => p.date === date)?.value;
  return value === undefined ? undefined : { value, normal: value };
};

const fell = (x: DayAgainstNormal | undefined): x is DayAgainstNormal =>
  !!x && x.normal > 0 && x.value < x.normal / 2;

/**
 * The days from..to where sessions and a site metric both fell below half their normal while
 * spend (when the segment has any) held at 80% of its normal or more, steepest sessions fall first.
 * @example trackingGaps(sessions, [{ metric: "orders", series: orders }], spend, { from: "2026-03-01", to: "2026-03-31" })
 * // [{ date: "2026-03-17", metric: "orders", value: 0, normal: 10, sessions: { value: 113, normal: 1457 }, spend: {...} }]
 */
export function trackingGaps(
  sessions: readonly DailyValue[],
  metrics: readonly { metric: string; series: readonly DailyValue[] }[],
  spend: readonly DailyValue[] | undefined,
  period: { from: string; to: string },
): TrackingGap[] {
  if (!metrics.length) return [];
  const days: { date: string; sessions: DayAgainstNormal }[] = [];
  for (let i = 0; i <= daysBetween(period.from, period.to); i++) {
    const date = addDays(period.from, i);
    const s = dayOf(sessions, date);
    if (fell(s)) days.push({ date, sessions: s });
  }
  days.sort((a, b) => a.sessions.value / a.sessions.normal - b.sessions.value / b.sessions.normal);
  const out: TrackingGap[] = [];
  for (const day of days.slice(0, MAX_GAP_DAYS)) {
    const paid = spend ? dayOf(spend, day.date) : undefined;
    // Spend cut as well: the business paused, which is not a tracking fault.
    if (paid && paid.normal > 0 && paid.value < paid.normal * 0.8) continue;
    for (const m of metrics) {
      const own = dayOf(m.series, day.date);
      if (!fell(own)) continue;
      out.push({
        date: day.date,
        metric: m.metric,
        value: own.value,
        normal: own.normal,
        sessions: day.sessions,
        ...(paid && paid.normal > 0 ? { spend: paid } : {}),
      });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
