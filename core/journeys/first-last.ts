/**
 * Where journeys start and where they end: each converting journey's first-touch channel against
 * its last-touch channel. Answers "do people who find us through organic search end up buying
 * through paid ads" (the crossing from the channel that introduced a customer to the one that
 * closed the order), which neither path counts nor one attribution model shows on its own.
 */
import type { ConvertingJourney } from "../attribution/journeys.ts";

/** One first-touch -> last-touch channel pair. */
export interface FirstLastRow {
  firstChannel: string;
  lastChannel: string;
  orders: number;
  revenue: number;
  /** orders / orders whose journey began with `firstChannel`. */
  shareOfFirst: number;
  /** orders / orders whose journey ended with `lastChannel` ("of paths ending in direct, where did they start"). */
  shareOfLast: number;
  /** orders / every journey with a tracked touch ("what % of paths start with X and end in Y"). */
  shareOfAll: number;
}

/** The pairs, plus the orders left out because their journey had no tracked touch. */
export interface FirstLastSummary {
  rows: FirstLastRow[];
  /** Journeys with at least one tracked touch: the base of `shareOfAll`. */
  journeys: number;
  ordersWithoutTouches: number;
}

/**
 * First-touch -> last-touch pairs, grouped by first channel (most orders first) and within it by
 * orders (ties: revenue, then the last channel's name).
 * @example firstToLastTouch(journeys).rows.filter(r => r.firstChannel === "organic_search")
 */
export function firstToLastTouch(journeys: readonly ConvertingJourney[]): FirstLastSummary {
  const pairs = new Map<string, FirstLastRow>();
  const byFirst = new Map<string, number>();
  const byLast = new Map<string, number>();
  let ordersWithoutTouches = 0;
  for (const j of journeys) {
    const first = j.touches[0];
    const last = j.touches[j.touches.length - 1];
    if (!first || !last) {
      ordersWithoutTouches += 1;
      continue;
    }
    const key = `${first.channel}\u0000${last.channel}`;
    const row = pairs.get(key) ?? {
      firstChannel: first.channel,
      lastChannel: last.channel,
      orders: 0,
      revenue: 0,
      shareOfFirst: 0,
      shareOfLast: 0,
      shareOfAll: 0,
    };
    row.orders += 1;
    row.revenue += j.revenue;
    pairs.set(key, row);
    byFirst.set(first.channel, (byFirst.get(first.channel) ?? 0) + 1);
    byLast.set(last.channel, (byLast.get(last.channel) ?? 0) + 1);
  }
  const rows = [...pairs.values()];
  const withTouches = journeysWithTouches(byFirst);
  for (const r of rows) {
    r.shareOfFirst = r.orders / (byFirst.get(r.firstChannel) as number);
    r.shareOfLast = r.orders / (byLast.get(r.lastChannel) as number);
    r.shareOfAll = r.orders / withTouches;
  }
  const name = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  rows.sort(
    (a, b) =>
      (byFirst.get(b.firstChannel) as number) - (byFirst.get(a.firstChannel) as number) ||
      name(a.firstChannel, b.firstChannel) ||
      b.orders - a.orders ||
      b.revenue - a.revenue ||
      name(a.lastChannel, b.lastChannel),
  );
  return { rows, journeys: withTouches, ordersWithoutTouches };
}

function journeysWithTouches(byFirst: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of byFirst.values()) n += v;
  return n;
}

/** The journeys matching a path shape (a first channel, a last channel, or both) among all. */
export interface PathShareSummary {
  orders: number;
  revenue: number;
  /** Every journey with a tracked touch. */
  journeys: number;
  /** orders / journeys (0 when there are none). */
  share: number;
}

/**
 * "What % of paths start with paid social and end in paid search", "paths ending in direct": the
 * converting journeys whose first (and/or last) touch is the channel named, among every journey
 * with a tracked touch. Either end left undefined matches any channel.
 * @example pathShare(summary, { first: "paid_social", last: "paid_search" }).share
 */
export function pathShare(
  summary: FirstLastSummary,
  ends: { first?: string | undefined; last?: string | undefined },
): PathShareSummary {
  let orders = 0;
  let revenue = 0;
  for (const r of summary.rows) {
    if (ends.first !== undefined && r.firstChannel !== ends.first) continue;
    if (ends.last !== undefined && r.lastChannel !== ends.last) continue;
    orders += r.orders;
    revenue += r.revenue;
  }
  return {
    orders,
    revenue,
    journeys: summary.journeys,
    share: summary.journeys > 0 ? orders / summary.journeys : 0,
  };
}

/** Per first-touch channel: its orders and how many of them closed on a channel of a group. */
export interface FirstChannelCrossing {
  firstChannel: string;
  orders: number;
  /** Orders whose last touch is in the group (e.g. a paid channel). */
  endedInGroup: number;
  endedInGroupRevenue: number;
  /** endedInGroup / orders. */
  endedInGroupShare: number;
}

/**
 * For each first-touch channel, the orders whose last touch falls in a group of channels
 * ("started organic, closed on paid"), in the order of `rows`' first channels.
 * @example crossingsInto(summary.rows, new Set(["paid_search", "paid_social"]))
 */
export function crossingsInto(
  rows: readonly FirstLastRow[],
  group: ReadonlySet<string>,
): FirstChannelCrossing[] {
  const out = new Map<string, FirstChannelCrossing>();
  for (const r of rows) {
    const c = out.get(r.firstChannel) ?? {
      firstChannel: r.firstChannel,
      orders: 0,
      endedInGroup: 0,
      endedInGroupRevenue: 0,
      endedInGroupShare: 0,
    };
    c.orders += r.orders;
    if (group.has(r.lastChannel)) {
      c.endedInGroup += r.orders;
      c.endedInGroupRevenue += r.revenue;
    }
    out.set(r.firstChannel, c);
  }
  const list = [...out.values()];
  for (const c of list) c.endedInGroupShare = c.orders > 0 ? c.endedInGroup / c.orders : 0;
  return list;
}
