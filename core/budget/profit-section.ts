/**
 * The profit side of a budget report: at the organization's gross margin m, each channel's return
 * on its last dollar (revenue and profit per extra dollar at the margin), its profit change, and
 * whether that last dollar is below break-even (m * marginal ROAS < 1) and why the plan still
 * spends it; with a fixed budget and the profit objective, how much of the budget the profit
 * optimum spends and what the rest would return if spent the revenue-maximising way.
 * Money to cents and ratios to 4 decimals, as in report.ts.
 */
import type { AllocationUnit } from "./allocation.ts";
import { curveDerivative, curveValue } from "./curves.ts";
import type { LiftedFloor } from "./loss-floors.ts";
import type { UnprovenCut } from "./operating-range.ts";
import type { Interval } from "./report.ts";

/** Why a channel's last recommended dollar is below break-even, or null when it is not. */
export type BelowBreakEvenCause =
  /** The channel is locked at its current spend by request. */
  | "locked"
  /** The channel cannot go lower: its minimum bound (e.g. -30% of current spend) holds it there. */
  | "lower_bound"
  /** The revenue objective was asked for: it spends the whole budget whatever the dollars return. */
  | "revenue_objective"
  /** A what-if: the change was asked for, not recommended. */
  | "what_if";

/** One channel's profit figures. */
export interface ChannelProfit {
  channel: string;
  /** Revenue per extra dollar at recommended spend (the marginal ROAS there). */
  marginalRevenuePerDollar: number;
  /** Profit per extra dollar at recommended spend: m * marginal ROAS - 1. */
  marginalProfitPerDollar: number;
  /** The same at current spend. */
  marginalRevenuePerDollarNow: number;
  marginalProfitPerDollarNow: number;
  /** m * revenue change - spend change. */
  profitChange: number;
  profitChangeInterval: Interval | null;
  belowBreakEven: boolean;
  belowBreakEvenCause: BelowBreakEvenCause | null;
  /** Spend above the point where the last dollar breaks even (0 when at or below it). */
  spendBelowBreakEven: number;
}

/** The profit optimum spent less than the budget: what spending the rest would do. */
export interface UnspentBudget {
  totalBudget: number;
  profitOptimalSpend: number;
  unspent: number;
  /** Revenue-maximising split of the full budget (same bounds), per channel. */
  fullBudgetSpend: { channel: string; spend: number }[];
  /** Of the unspent dollars, how many that split can place (less when every channel is at its upper limit). */
  restSpend: number;
  /** What those dollars would bring if spent that way. */
  restRevenue: number;
  restProfit: number;
  /** restRevenue / unspent: revenue per dollar of the rest (below break-even by construction). */
  restRevenuePerDollar: number;
}

/** Profit section of a budget report. */
export interface ProfitSection {
  objective: "profit" | "revenue";
  grossMargin: number;
  breakEvenRoas: number;
  channels: ChannelProfit[];
  totals: { profitChange: number; profitChangeInterval: Interval | null; spendBelowBreakEven: number };
  /** Only with the profit objective and a budget the profit optimum does not use up. */
  unspentBudget: UnspentBudget | null;
  /**
   * Channels the profit plan cuts below the usual per-channel limit, because on their fitted curve
   * the dollars between the plan and the limit lose money (loss-floors.ts). Empty otherwise.
   */
  cutBelowLimit: { channel: string; limit: number; spend: number }[];
  /**
   * Channels the profit plan cuts to nothing because no spend level their history covers returns
   * break-even on average (operating-range.ts): the low end of that spend over the period and the
   * revenue per dollar of the whole block up to it. Their last-dollar figures above are that
   * average (the plan's return per dollar below the low end), not the fitted curve's steeper start.
   */
  cutUnproven: { channel: string; lowestObservedSpend: number; revenuePerDollar: number }[];
}

/** Inputs of {@link buildProfitSection}, raw (unrounded). */
export interface ProfitSectionInput {
  objective: "profit" | "revenue";
  grossMargin: number;
  whatIf: boolean;
  units: readonly AllocationUnit[];
  locked: readonly boolean[];
  current: readonly number[];
  spend: readonly number[];
  /** Relative standard error of each curve's scale (null: no interval). */
  scaleRelativeSe: readonly (number | null)[];
  /** Budget for the modelled channels (the request's total minus channels kept at current spend). */
  totalBudget: number;
  /** Spend of channels kept at current spend because they could not be fitted. */
  fixedSpend: number;
  /** Revenue-maximising split of the full budget (profit objective with an unspent remainder). */
  fullBudgetSpend: readonly number[] | null;
  /** Default floors the profit objective lifted (none when absent). */
  liftedFloors?: readonly LiftedFloor[];
  /** Channels cut to nothing because no observed spend level pays (none when absent). */
  unprovenCuts?: readonly UnprovenCut[];
}

const cents = (x: number) => Math.round(x * 100) / 100 + 0;
const r4 = (x: number) => Math.round(x * 10_000) / 10_000 + 0;

/**
 * Spend beyond the point where the last dollar breaks even on a concave-at-the-top curve: the
 * largest x' <= x with marginal ROAS >= break-even, found by bisection on [0, x] (0 when even the
 * first dollar is below break-even everywhere up to x).
 */
export function spendAboveBreakEven(u: AllocationUnit, x: number, breakEven: number): number {
  if (x <= 0 || curveDerivative(u.curve, x) >= breakEven) return 0;
  let lo = 0;
  let hi = x;
  // Marginal below break-even at hi; find the last point below hi where it is at or above.
  if (!(curveDerivative(u.curve, x * 1e-9) >= breakEven)) {
    // S-shaped curves can start low and rise: scan for any point at or above break-even.
    let found = -1;
    for (let k = 64; k >= 1; k--) {
      if (curveDerivative(u.curve, (x * k) / 64) >= breakEven) {
        found = (x * k) / 64;
        break;
      }
    }
    if (found < 0) return x;
    lo = found;
  }
  for (let i = 0; i < 100 && hi - lo > 1e-9 * Math.max(1, x); i++) {
    const mid = (lo + hi) / 2;
    if (curveDerivative(u.curve, mid) >= breakEven) lo = mid;
    else hi = mid;
  }
  return x - lo;
}

/**
 * Build the profit section.
 * @example
 * buildProfitSection({ objective: "profit", grossMargin: 0.5, whatIf: false, units, locked: [false],
 *   current: [40], spend: [50], scaleRelativeSe: [null], totalBudget: 100, fixedSpend: 0, fullBudgetSpend: [100] });
 */
export function buildProfitSection(input: ProfitSectionInput): ProfitSection {
  const m = input.grossMargin;
  const breakEven = 1 / m;
  let variance = 0;
  let hasInterval = input.units.length > 0;
  let profitTotal = 0;
  let belowTotal = 0;
  const channels = input.units.map((u, i): ChannelProfit => {
    const x = input.spend[i]!;
    const now = input.current[i]!;
    const revenueChange = curveValue(u.curve, x) - curveValue(u.curve, now);
    const profit = m * revenueChange - (x - now);
    profitTotal += profit;
    const se = input.scaleRelativeSe[i];
    let interval: Interval | null = null;
    if (se === null || se === undefined) hasInterval = false;
    else {
      const half = 1.96 * se * m * Math.abs(revenueChange);
      variance += half * half;
      interval = { lower: cents(profit - half), upper: cents(profit + half) };
    }
    // A channel cut for want of any paying spend level: below its observed range the plan takes
    // each dollar to return the block's average, so that is its return on the first dollar.
    const unproven = input.unprovenCuts?.find((c) => c.index === i);
    const marginal = unproven && x <= 0 ? unproven.revenuePerDollar : curveDerivative(u.curve, x);
    const marginalNow = curveDerivative(u.curve, now);
    // Rounded as shown, so a text saying "below break-even" never contradicts its own figures.
    const below = x > 0 && r4(m * marginal - 1) < 0;
    const over = below ? spendAboveBreakEven(u, x, breakEven) : 0;
    belowTotal += over;
    const cause: BelowBreakEvenCause | null = !below
      ? null
      : input.whatIf
        ? "what_if"
        : input.locked[i]
          ? "locked"
          : Math.abs(x - u.lower) <= 0.005
            ? "lower_bound"
            : "revenue_objective";
    return {
      channel: u.channel,
      marginalRevenuePerDollar: r4(marginal),
      marginalProfitPerDollar: r4(m * marginal - 1),
      marginalRevenuePerDollarNow: r4(marginalNow),
      marginalProfitPerDollarNow: r4(m * marginalNow - 1),
      profitChange: cents(profit),
      profitChangeInterval: interval,
      belowBreakEven: below,
      belowBreakEvenCause: cause,
      spendBelowBreakEven: cents(over),
    };
  });
  const half = Math.sqrt(variance);
  const spent = input.spend.reduce((a, b) => a + b, 0);
  let unspentBudget: UnspentBudget | null = null;
  if (input.objective === "profit" && input.fullBudgetSpend && input.totalBudget - spent > 0.005) {
    const full = input.fullBudgetSpend;
    const restSpend = full.reduce((a, b) => a + b, 0) - spent;
    const restRevenue = input.units.reduce(
      (a, u, i) => a + curveValue(u.curve, full[i]!) - curveValue(u.curve, input.spend[i]!),
      0,
    );
    unspentBudget = {
      totalBudget: cents(input.totalBudget + input.fixedSpend),
      profitOptimalSpend: cents(spent + input.fixedSpend),
      unspent: cents(input.totalBudget - spent),
      fullBudgetSpend: input.units.map((u, i) => ({ channel: u.channel, spend: cents(full[i]!) })),
      restSpend: cents(restSpend),
      restRevenue: cents(restRevenue),
      restProfit: cents(m * restRevenue - restSpend),
      restRevenuePerDollar: restSpend > 0 ? r4(restRevenue / restSpend) : 0,
    };
  }
  return {
    objective: input.objective,
    grossMargin: m,
    breakEvenRoas: r4(breakEven),
    channels,
    totals: {
      profitChange: cents(profitTotal),
      profitChangeInterval: hasInterval
        ? { lower: cents(profitTotal - half), upper: cents(profitTotal + half) }
        : null,
      spendBelowBreakEven: cents(belowTotal),
    },
    unspentBudget,
    cutBelowLimit: (input.liftedFloors ?? [])
      .filter((f) => input.spend[f.index]! < f.limit - 0.005)
      .map((f) => ({ channel: f.channel, limit: cents(f.limit), spend: cents(input.spend[f.index]!) })),
    cutUnproven: (input.unprovenCuts ?? []).map((c) => ({
      channel: c.channel,
      lowestObservedSpend: cents(c.lowestObservedSpend),
      revenuePerDollar: r4(c.revenuePerDollar),
    })),
  };
}
