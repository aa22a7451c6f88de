/**
 * Time to convert: from a journey's first touch inside its lookback window to the order. Journeys
 * with no tracked touch have no time to convert and are counted apart, never as zero. Days are
 * elapsed time (24-hour units), not calendar days, so they do not depend on a time zone.
 */
import type { ConvertingJourney } from "../attribution/journeys.ts";
import { quantileSorted } from "./paths.ts";

const DAY_MS = 86_400_000;

/** Histogram buckets of elapsed days, lower bound inclusive, upper bound exclusive. */
export const TIME_TO_CONVERT_BUCKETS = [
  { label: "under 1 day", from: 0, to: 1 },
  { label: "1-2 days", from: 1, to: 3 },
  { label: "3-6 days", from: 3, to: 7 },
  { label: "7-13 days", from: 7, to: 14 },
  { label: "14-29 days", from: 14, to: 30 },
  { label: "30 days or more", from: 30, to: Number.POSITIVE_INFINITY },
] as const;

/** Summary statistics of elapsed days. */
export interface DaysSummary {
  orders: number;
  meanDays: number;
  medianDays: number;
  p25Days: number;
  p75Days: number;
  p90Days: number;
}

/** The whole time-to-convert answer. */
export interface TimeToConvert {
  overall: DaysSummary | null;
  /** Per bucket; `ordersWithin` / `shareWithin`: orders converting before the bucket's upper bound. */
  histogram: { label: string; orders: number; share: number; ordersWithin: number; shareWithin: number }[];
  /** Per first-touch channel, most orders first (ties: channel name). */
  byFirstTouchChannel: ({ channel: string } & DaysSummary)[];
  ordersWithoutTouches: number;
}

/** Elapsed days from the first touch to the order. */
export function daysToConvert(j: ConvertingJourney): number | null {
  const first = j.touches[0];
  return first ? (j.conversionTs - first.ts) / DAY_MS : null;
}

function summarize(days: number[]): DaysSummary | null {
  if (days.length === 0) return null;
  const sorted = [...days].sort((a, b) => a - b);
  return {
    orders: sorted.length,
    meanDays: sorted.reduce((s, d) => s + d, 0) / sorted.length,
    medianDays: quantileSorted(sorted, 0.5),
    p25Days: quantileSorted(sorted, 0.25),
    p75Days: quantileSorted(sorted, 0.75),
    p90Days: quantileSorted(sorted, 0.9),
  };
}

/**
 * Time to convert overall, as a histogram, and by the channel of the first touch.
 * @example timeToConvert(journeys).overall?.medianDays
 */
export function timeToConvert(journeys: readonly ConvertingJourney[]): TimeToConvert {
  const all: number[] = [];
  const byChannel = new Map<string, number[]>();
  let without = 0;
  for (const j of journeys) {
    const d = daysToConvert(j);
    if (d === null) {
      without += 1;
      continue;
    }
    all.push(d);
    const channel = (j.touches[0] as { channel: string }).channel;
    const list = byChannel.get(channel) ?? [];
    list.push(d);
    byChannel.set(channel, list);
  }
  const histogram = TIME_TO_CONVERT_BUCKETS.map((b) => {
    const orders = all.filter((d) => d >= b.from && d < b.to).length;
    // fix10c: the orders converting before this bucket's end, so "what would a 7-day lookback
    // keep" is a figure of the result, not a sum the answer makes up.
    const within = all.filter((d) => d < b.to).length;
    return {
      label: b.label,
      orders,
      share: all.length > 0 ? orders / all.length : 0,
      ordersWithin: within,
      shareWithin: all.length > 0 ? within / all.length : 0,
    };
  });
  const byFirstTouchChannel = [...byChannel.entries()]
    .map(([channel, days]) => ({ channel, ...(summarize(days) as DaysSummary) }))
    .sort((a, b) => b.orders - a.orders || (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0));
  return { overall: summarize(all), histogram, byFirstTouchChannel, ordersWithoutTouches: without };
}

/** Time to convert of the journeys whose first touch one group names (a platform or a channel). */
export interface FirstTouchGroup {
  key: string;
  summary: DaysSummary | null;
}

/**
 * fix6c: time to convert of the journeys whose first touch matches each group, in the groups'
 * order ("do people who first come in via TikTok take longer than Google people"): the groups are
 * set side by side as asked, each over its own journeys only.
 * @example timeToConvertByFirstTouch(journeys, [{ key: "paid_social", matches: (t) => t.channel === "paid_social" }])
 */
export function timeToConvertByFirstTouch(
  journeys: readonly ConvertingJourney[],
  groups: readonly { key: string; matches: (first: ConvertingJourney["touches"][number]) => boolean }[],
): FirstTouchGroup[] {
  return groups.map((g) => {
    const days: number[] = [];
    for (const j of journeys) {
      const first = j.touches[0];
      const d = daysToConvert(j);
      if (first && d !== null && g.matches(first)) days.push(d);
    }
    return { key: g.key, summary: summarize(days) };
  });
}
