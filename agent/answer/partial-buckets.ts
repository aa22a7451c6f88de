/**
 * Which points of a weekly, monthly, quarterly or yearly series cover only part of their bucket:
 * the week of September 28 inside "October" holds October 1–4 only, and the week the data ends in
 * holds the days up to the last data day. Summed metrics (spend, orders) of such a bucket are not
 * comparable with full ones, so a trend compares full buckets and names the partial ones.
 */
import { addDays } from "../../semantic/query/dates.ts";
import type { Period, TrendAnswerInput } from "./types.ts";

type Grain = TrendAnswerInput["grain"];

/** Last day of the bucket that starts on `start` (the truncated date the query returns). */
export function bucketEnd(start: string, grain: Grain): string {
  if (grain === "day") return start;
  if (grain === "week") return addDays(start, 6);
  const [y, m] = start.split("-").map(Number) as [number, number];
  const months = grain === "month" ? 1 : grain === "quarter" ? 3 : 12;
  // Day 0 of the month after the bucket is the bucket's last day.
  const last = new Date(Date.UTC(y, m - 1 + months, 0));
  return last.toISOString().slice(0, 10);
}

/** A point whose bucket reaches outside the days with data, and the days it does cover. */
export interface PartialBucket {
  date: string;
  covered: Period;
}

/**
 * The partial buckets of a series over `period`, where data runs from `dataStart` through `dataEnd`
 * (either may be unknown). Day series have none.
 * @example partialBuckets(["2026-09-28", "2026-10-05"], "week", { from: "2026-10-01", to: "2026-10-31" })
 * // => [{ date: "2026-09-28", covered: { from: "2026-10-01", to: "2026-10-04" } }]
 */
export function partialBuckets(
  dates: readonly string[],
  grain: Grain,
  period: Period,
  dataStart?: string,
  dataEnd?: string,
): PartialBucket[] {
  if (grain === "day") return [];
  const from = dataStart && dataStart > period.from ? dataStart : period.from;
  const to = dataEnd && dataEnd < period.to ? dataEnd : period.to;
  return dates.flatMap((date) => {
    const end = bucketEnd(date, grain);
    if (date >= from && end <= to) return [];
    return [{ date, covered: { from: date < from ? from : date, to: end > to ? to : end } }];
  });
}
