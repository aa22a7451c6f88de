/**
 * Add-to-cart and checkout-start counts per day and channel: the e-commerce steps between an
 * engaged session and an order. They are drawn after the orders exist, because they must hold
 * them: orders <= checkouts <= add to carts <= engaged sessions (when the channel's orders fit in
 * its engaged sessions at all). "The channel's orders" are its last-touch orders, the session the
 * order was placed in. Drawn from their own random stream (`<slug>:funnel`), so adding them
 * changed no other simulated number.
 */
import { Rng } from "./random.ts";
import type { ChannelKey } from "./spec-types.ts";

/**
 * Per channel: the share of engaged sessions that did not order but started a checkout, and the
 * share of engaged sessions that did not check out but added to the cart. Paid social browses
 * and abandons; email and paid search arrive with intent.
 */
const RATES: Record<ChannelKey, { checkout: number; cart: number }> = {
  paid_search: { checkout: 0.045, cart: 0.11 },
  paid_social: { checkout: 0.02, cart: 0.12 },
  display: { checkout: 0.015, cart: 0.06 },
  email: { checkout: 0.05, cart: 0.13 },
  affiliate: { checkout: 0.04, cart: 0.1 },
  organic_search: { checkout: 0.035, cart: 0.09 },
  referral: { checkout: 0.03, cart: 0.08 },
  direct: { checkout: 0.04, cart: 0.1 },
};

/** One day and channel of web_sessions_daily with its last-touch orders. */
export interface SessionDay {
  date: string;
  channel: string;
  sessions: number;
  bounces: number;
  /** Orders whose last touch (attribution's last_touch model) was this channel on this day. */
  orders: number;
}

/** The two funnel counts of one day and channel. */
export interface FunnelStepCounts {
  date: string;
  channel: string;
  addToCarts: number;
  checkouts: number;
}

/**
 * Draw the counts, in (date, channel) order whatever order `days` comes in, so the same seed
 * always gives the same numbers.
 * @example funnelStepCounts(42, "acme", [{ date: "2026-10-01", channel: "email", sessions: 100, bounces: 35, orders: 3 }])
 * // [{ date: "2026-10-01", channel: "email", addToCarts: 11, checkouts: 6 }] (values depend on the stream)
 */
export function funnelStepCounts(
  seed: number,
  slug: string,
  days: readonly SessionDay[],
): FunnelStepCounts[] {
  const rng = new Rng(seed, `${slug}:funnel`);
  const sorted = [...days].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0,
  );
  return sorted.map((d) => {
    const rates = RATES[d.channel as ChannelKey] ?? RATES.direct;
    const engaged = Math.max(0, d.sessions - d.bounces);
    const checkoutDraw = Math.round(
      Math.max(0, engaged - d.orders) * rates.checkout * rng.lognormalMean(1, 0.15),
    );
    const checkouts = Math.min(d.orders + checkoutDraw, Math.max(d.orders, engaged));
    const cartDraw = Math.round(Math.max(0, engaged - checkouts) * rates.cart * rng.lognormalMean(1, 0.15));
    const addToCarts = Math.min(checkouts + cartDraw, Math.max(checkouts, engaged));
    return { date: d.date, channel: d.channel, addToCarts, checkouts };
  });
}
