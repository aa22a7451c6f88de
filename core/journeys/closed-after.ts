/**
 * "How often is affiliate the last touch after paid search already brought the customer in":
 * the converting journeys that touched one channel earlier and then closed on another. Neither
 * last-touch credit (it shows only the closer) nor a path's two ends (the earlier channel may sit
 * anywhere before the close) answers it; this counts it both ways round: of the journeys that
 * touched the earlier channel, how many closed on the other after it, and of the journeys that
 * closed on the other, how many had the earlier channel before the close.
 */
import type { ConvertingJourney } from "../attribution/journeys.ts";

/** Orders whose journey touched the earlier channel, by the channel of their last touch. */
export interface ClosedAfterLastTouch {
  lastChannel: string;
  orders: number;
  revenue: number;
  /** orders / orders whose journey touched the earlier channel. */
  share: number;
}

export interface ClosedAfterSummary {
  earlierChannel: string;
  lastChannel: string;
  /** Journeys with at least one tracked touch. */
  journeys: number;
  /** Journeys with the earlier channel anywhere on them. */
  withEarlier: number;
  withEarlierRevenue: number;
  /** Journeys whose last touch is `lastChannel` with `earlierChannel` at some step before it. */
  closedAfter: number;
  closedAfterRevenue: number;
  /** Every journey whose last touch is `lastChannel`. */
  endedOnLast: number;
  endedOnLastRevenue: number;
  /** endedOnLast - closedAfter: closes on `lastChannel` with no earlier touch of the other. */
  closedWithout: number;
  /** closedAfter / withEarlier (0 when none touched the earlier channel). */
  shareOfEarlier: number;
  /** closedAfter / endedOnLast (0 when none closed on the last channel). */
  shareOfLast: number;
  /** The journeys that touched the earlier channel, by last-touch channel, most orders first. */
  byLastTouch: ClosedAfterLastTouch[];
}

/**
 * @example closedAfter(journeys, "paid_search", "affiliate").shareOfLast // affiliate closes with paid search before them
 */
export function closedAfter(
  journeys: readonly ConvertingJourney[],
  earlierChannel: string,
  lastChannel: string,
): ClosedAfterSummary {
  const s: ClosedAfterSummary = {
    earlierChannel,
    lastChannel,
    journeys: 0,
    withEarlier: 0,
    withEarlierRevenue: 0,
    closedAfter: 0,
    closedAfterRevenue: 0,
    endedOnLast: 0,
    endedOnLastRevenue: 0,
    closedWithout: 0,
    shareOfEarlier: 0,
    shareOfLast: 0,
    byLastTouch: [],
  };
  const byLast = new Map<string, ClosedAfterLastTouch>();
  for (const j of journeys) {
    const n = j.touches.length;
    if (n === 0) continue;
    s.journeys += 1;
    const last = j.touches[n - 1]!.channel;
    const earlierBeforeLast = j.touches.slice(0, n - 1).some((t) => t.channel === earlierChannel);
    if (last === lastChannel) {
      s.endedOnLast += 1;
      s.endedOnLastRevenue += j.revenue;
      if (earlierBeforeLast) {
        s.closedAfter += 1;
        s.closedAfterRevenue += j.revenue;
      }
    }
    if (earlierBeforeLast || last === earlierChannel) {
      s.withEarlier += 1;
      s.withEarlierRevenue += j.revenue;
      const row = byLast.get(last) ?? { lastChannel: last, orders: 0, revenue: 0, share: 0 };
      row.orders += 1;
      row.revenue += j.revenue;
      byLast.set(last, row);
    }
  }
  s.closedWithout = s.endedOnLast - s.closedAfter;
  s.shareOfEarlier = s.withEarlier > 0 ? s.closedAfter / s.withEarlier : 0;
  s.shareOfLast = s.endedOnLast > 0 ? s.closedAfter / s.endedOnLast : 0;
  s.byLastTouch = [...byLast.values()]
    .map((r) => ({ ...r, share: r.orders / s.withEarlier }))
    .sort(
      (a, b) =>
        b.orders - a.orders ||
        b.revenue - a.revenue ||
        (a.lastChannel < b.lastChannel ? -1 : a.lastChannel > b.lastChannel ? 1 : 0),
    );
  return s;
}
