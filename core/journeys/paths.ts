/**
 * Path analytics over converting journeys (GA4's conversion paths, Triple Whale's journeys): the
 * most common channel sequences before a purchase, how many touches a purchase takes, and which
 * channels assist without being the last touch. Pure functions over `ConvertingJourney`s built by
 * `core/attribution/journeys.ts`, so a path here is exactly the journey the attribution models
 * credited (same lookback, same "after the previous order" rule).
 */
import type { ConvertingJourney } from "../attribution/journeys.ts";

/** What a journey with no touch in its lookback window is called in a path table. */
export const NO_TOUCH_PATH = "(no tracked touch)";
/** Joins channels in a path's label, as ChannelAttribution's path files do. */
export const PATH_SEPARATOR = " > ";

/** One row of the top-paths table. */
export interface PathRow {
  /** Channels in order, e.g. `["paid_social", "email", "direct"]`; empty for no tracked touch. */
  channels: string[];
  /** `channels` joined by " > ", or NO_TOUCH_PATH. */
  path: string;
  orders: number;
  revenue: number;
  /** orders / all orders in the input. */
  orderShare: number;
  /** revenue / all revenue in the input (0 when there is none). */
  revenueShare: number;
}

/**
 * The channel sequence of a journey; with `collapseRepeats`, consecutive touches of one channel
 * count once ("email > email > direct" -> "email > direct"), as GA4's path exploration offers.
 * @example pathChannels(["email", "email", "direct"].map(c => ({ channel: c, ts: 0, campaignId: null })), true) // ["email", "direct"]
 */
export function pathChannels(touches: readonly { channel: string }[], collapseRepeats: boolean): string[] {
  const out: string[] = [];
  for (const t of touches) if (!collapseRepeats || out[out.length - 1] !== t.channel) out.push(t.channel);
  return out;
}

/** The label of a channel sequence. */
export function pathLabel(channels: readonly string[]): string {
  return channels.length === 0 ? NO_TOUCH_PATH : channels.join(PATH_SEPARATOR);
}

/**
 * Every distinct path with its orders and revenue, most orders first (ties: more revenue, then the
 * path's label, so the order is total and stable).
 * @example topPaths(journeys, { collapseRepeats: true }).slice(0, 10)
 */
export function topPaths(
  journeys: readonly ConvertingJourney[],
  opts: { collapseRepeats: boolean },
): PathRow[] {
  const byPath = new Map<string, PathRow>();
  let orders = 0;
  let revenue = 0;
  for (const j of journeys) {
    const channels = pathChannels(j.touches, opts.collapseRepeats);
    const path = pathLabel(channels);
    const row = byPath.get(path) ?? { channels, path, orders: 0, revenue: 0, orderShare: 0, revenueShare: 0 };
    row.orders += 1;
    row.revenue += j.revenue;
    byPath.set(path, row);
    orders += 1;
    revenue += j.revenue;
  }
  const rows = [...byPath.values()];
  for (const r of rows) {
    r.orderShare = orders > 0 ? r.orders / orders : 0;
    r.revenueShare = revenue > 0 ? r.revenue / revenue : 0;
  }
  return rows.sort(
    (a, b) =>
      b.orders - a.orders || b.revenue - a.revenue || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}

/** How many touches purchases took. */
export interface PathLengthSummary {
  /** Orders by number of touches (0 = no tracked touch), ascending by touches. */
  distribution: { touches: number; orders: number; share: number }[];
  /** Mean touches per order over orders with at least one touch. */
  averageTouches: number | null;
  /** Median touches over orders with at least one touch. */
  medianTouches: number | null;
  /** Orders with exactly one touch / orders with at least one touch. */
  singleTouchShare: number | null;
  ordersWithTouches: number;
  ordersWithoutTouches: number;
}

/**
 * Path lengths; with `collapseRepeats` a run of one channel counts as one touch.
 * @example pathLengths(journeys, { collapseRepeats: false }).averageTouches
 */
export function pathLengths(
  journeys: readonly ConvertingJourney[],
  opts: { collapseRepeats: boolean },
): PathLengthSummary {
  const lengths = journeys.map((j) => pathChannels(j.touches, opts.collapseRepeats).length);
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  const touched = lengths.filter((n) => n > 0).sort((a, b) => a - b);
  const total = lengths.length;
  return {
    distribution: [...counts.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([touches, orders]) => ({ touches, orders, share: total > 0 ? orders / total : 0 })),
    averageTouches: touched.length > 0 ? touched.reduce((s, n) => s + n, 0) / touched.length : null,
    medianTouches: touched.length > 0 ? quantileSorted(touched, 0.5) : null,
    singleTouchShare: touched.length > 0 ? touched.filter((n) => n === 1).length / touched.length : null,
    ordersWithTouches: touched.length,
    ordersWithoutTouches: total - touched.length,
  };
}

/**
 * Quantile of sorted values by linear interpolation between closest ranks (R's type 7, numpy's
 * default), so the median of an even count is the mean of the middle two.
 * @example quantileSorted([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError("quantile of no values");
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (h - lo) * (b - a);
}
