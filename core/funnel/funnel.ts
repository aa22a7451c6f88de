/**
 * The conversion funnel: impressions -> clicks -> sessions -> engaged sessions -> add to cart ->
 * checkout -> orders, with each step's conversion from the step before, its share of the funnel's
 * first on-site step, and the biggest drop named. Pure: counts in, rates out.
 *
 * Impressions and clicks exist only for paid media. Sessions come from every channel, so the
 * clicks -> sessions rate is taken over the paid channels' sessions only (`paidSessions`): dividing
 * all sessions by paid clicks would report more than 100% "landing" for no reason but organic
 * traffic. The biggest drop is looked for on the site (sessions onward): the click-through rate of
 * ads is always far below any on-site step and would be named every time, telling nobody anything.
 */

/** Funnel steps in order. */
export const FUNNEL_STEPS = [
  "impressions",
  "clicks",
  "sessions",
  "engaged_sessions",
  "add_to_carts",
  "checkouts",
  "orders",
] as const;
export type FunnelStepKey = (typeof FUNNEL_STEPS)[number];

/** Display labels of the steps. */
export const FUNNEL_STEP_LABELS: Readonly<Record<FunnelStepKey, string>> = {
  impressions: "Impressions",
  clicks: "Clicks",
  sessions: "Sessions",
  engaged_sessions: "Engaged sessions",
  add_to_carts: "Add to cart",
  checkouts: "Checkout",
  orders: "Orders",
};

/** The first step measured on the site; on-site shares and the biggest drop start here. */
const FIRST_ON_SITE: FunnelStepKey = "sessions";

/** Counts of one funnel (a whole period, or one channel's). */
export interface FunnelCounts {
  /** Ad impressions; null when the scope has no paid media (an unpaid channel). */
  impressions: number | null;
  /** Ad clicks; null when the scope has no paid media. */
  clicks: number | null;
  sessions: number;
  engagedSessions: number;
  addToCarts: number;
  checkouts: number;
  orders: number;
  /**
   * Sessions from the channels that bought the impressions and clicks: the base of the
   * clicks -> sessions rate. Defaults to `sessions` (one paid channel's own funnel).
   */
  paidSessions?: number;
}

/** One step of a computed funnel. */
export interface FunnelStep {
  step: FunnelStepKey;
  label: string;
  count: number;
  /** This step's count over the previous step's; null for the first step or an empty previous step. */
  stepRate: number | null;
  /** 1 - stepRate: the share of the previous step lost here; null with stepRate. */
  dropRate: number | null;
  /** This step's count over sessions (on-site steps only; null before the site). */
  ofSessions: number | null;
}

/** A computed funnel. */
export interface Funnel {
  steps: FunnelStep[];
  /** The on-site step that loses the largest share of the step before it; null when none can be computed. */
  biggestDrop: { from: FunnelStepKey; to: FunnelStepKey; dropRate: number; lost: number } | null;
  /** Orders over sessions. */
  conversionRate: number | null;
  /** Carts that did not become an order: 1 - orders / add to carts. */
  cartAbandonmentRate: number | null;
  /** Checkouts that did not become an order: 1 - orders / checkouts. */
  checkoutAbandonmentRate: number | null;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/**
 * Compute a funnel's step rates and its biggest drop.
 * @example buildFunnel({ impressions: 1000, clicks: 50, sessions: 40, engagedSessions: 20, addToCarts: 10, checkouts: 5, orders: 4 }).biggestDrop
 * // { from: "sessions", to: "engaged_sessions", dropRate: 0.5, lost: 20 }  (ties go to the earlier step)
 */
export function buildFunnel(c: FunnelCounts): Funnel {
  const counts: [FunnelStepKey, number | null][] = [
    ["impressions", c.impressions],
    ["clicks", c.clicks],
    ["sessions", c.sessions],
    ["engaged_sessions", c.engagedSessions],
    ["add_to_carts", c.addToCarts],
    ["checkouts", c.checkouts],
    ["orders", c.orders],
  ];
  const steps: FunnelStep[] = [];
  let previous: number | null = null;
  let onSite = false;
  for (const [step, count] of counts) {
    if (step === FIRST_ON_SITE) onSite = true;
    if (count === null) continue;
    // Clicks -> sessions compares paid clicks with the paid channels' sessions (see the header).
    const base = step === "sessions" && previous !== null ? (c.paidSessions ?? c.sessions) : count;
    const rate = previous === null ? null : ratio(base, previous);
    steps.push({
      step,
      label: FUNNEL_STEP_LABELS[step],
      count,
      stepRate: rate,
      dropRate: rate === null ? null : 1 - rate,
      ofSessions: onSite ? ratio(count, c.sessions) : null,
    });
    previous = count;
  }
  let biggestDrop: Funnel["biggestDrop"] = null;
  for (let i = 1; i < steps.length; i++) {
    const s = steps[i]!;
    const before = steps[i - 1]!;
    if (s.ofSessions === null || before.ofSessions === null || s.dropRate === null) continue;
    if (biggestDrop === null || s.dropRate > biggestDrop.dropRate)
      biggestDrop = { from: before.step, to: s.step, dropRate: s.dropRate, lost: before.count - s.count };
  }
  const abandon = (n: number) => {
    const r = ratio(c.orders, n);
    return r === null ? null : 1 - r;
  };
  return {
    steps,
    biggestDrop,
    conversionRate: ratio(c.orders, c.sessions),
    cartAbandonmentRate: abandon(c.addToCarts),
    checkoutAbandonmentRate: abandon(c.checkouts),
  };
}

/** Add funnel counts (a channel total into an overall total); null + n is n, null + null stays null. */
export function addFunnelCounts(a: FunnelCounts, b: FunnelCounts): FunnelCounts {
  const plus = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : x + y);
  return {
    impressions: plus(a.impressions, b.impressions),
    clicks: plus(a.clicks, b.clicks),
    sessions: a.sessions + b.sessions,
    engagedSessions: a.engagedSessions + b.engagedSessions,
    addToCarts: a.addToCarts + b.addToCarts,
    checkouts: a.checkouts + b.checkouts,
    orders: a.orders + b.orders,
    paidSessions: (a.paidSessions ?? 0) + (b.paidSessions ?? 0),
  };
}
