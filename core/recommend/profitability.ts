/**
 * Profitability after margin (issue #12 item 4): the three questions a marketer asks about money
 * made rather than revenue. Pure arithmetic on figures the caller read; money to cents, ratios
 * to 4 decimals.
 * - Channel profit: gross margin x attributed revenue - spend per channel (attribution model named
 *   by the caller), profitable when positive, with ROAS against break-even 1 / margin.
 * - Contribution margin after ad spend: margin x revenue - ad spend over a period, with MER.
 * - Overspending: channels whose marginal return on the last dollar (fitted response curve) is
 *   below break-even, with the profit each extra dollar loses and the spend cut to break-even.
 */
import { breakEvenRoas } from "./profit.ts";

const cents = (x: number) => Math.round(x * 100) / 100 + 0;
const r4 = (x: number) => Math.round(x * 10_000) / 10_000 + 0;

/** One channel's profit after margin. */
export interface ChannelProfitRow {
  channel: string;
  spend: number;
  attributedRevenue: number;
  grossProfitBeforeAds: number;
  /** margin x attributed revenue - spend. */
  profitAfterAdSpend: number;
  roas: number | null;
  profitable: boolean;
}

/**
 * Profit after margin per channel, most profitable first.
 * @example channelProfit([{ channel: "a", spend: 100, attributedRevenue: 300 }], 0.5)
 * // { rows: [{ channel: "a", profitAfterAdSpend: 50, roas: 3, profitable: true, ... }], breakEvenRoas: 2, ... }
 */
export function channelProfit(
  input: readonly { channel: string; spend: number; attributedRevenue: number }[],
  grossMargin: number,
) {
  const rows: ChannelProfitRow[] = input
    .map((r) => {
      const profit = grossMargin * r.attributedRevenue - r.spend;
      return {
        channel: r.channel,
        spend: cents(r.spend),
        attributedRevenue: cents(r.attributedRevenue),
        grossProfitBeforeAds: cents(grossMargin * r.attributedRevenue),
        profitAfterAdSpend: cents(profit),
        roas: r.spend > 0 ? r4(r.attributedRevenue / r.spend) : null,
        profitable: cents(profit) > 0,
      };
    })
    .sort((a, b) => b.profitAfterAdSpend - a.profitAfterAdSpend || a.channel.localeCompare(b.channel));
  const spend = input.reduce((a, r) => a + r.spend, 0);
  const revenue = input.reduce((a, r) => a + r.attributedRevenue, 0);
  return {
    grossMargin,
    breakEvenRoas: r4(breakEvenRoas(grossMargin)),
    rows,
    profitable: rows.filter((r) => r.profitable).map((r) => r.channel),
    unprofitable: rows.filter((r) => !r.profitable).map((r) => r.channel),
    totals: {
      spend: cents(spend),
      attributedRevenue: cents(revenue),
      profitAfterAdSpend: cents(grossMargin * revenue - spend),
    },
  };
}

/**
 * Contribution margin after ad spend: margin x revenue - ad spend.
 * @example contributionMargin({ revenue: 1000, adSpend: 200 }, 0.4)
 * // { revenue: 1000, adSpend: 200, grossProfit: 400, contributionAfterAdSpend: 200, contributionMarginRate: 0.2, mer: 5, ... }
 */
export function contributionMargin(input: { revenue: number; adSpend: number }, grossMargin: number) {
  const gross = grossMargin * input.revenue;
  const after = gross - input.adSpend;
  return {
    grossMargin,
    revenue: cents(input.revenue),
    adSpend: cents(input.adSpend),
    grossProfit: cents(gross),
    contributionAfterAdSpend: cents(after),
    /** Contribution after ad spend as a share of revenue. */
    contributionMarginRate: input.revenue > 0 ? r4(after / input.revenue) : null,
    mer: input.adSpend > 0 ? r4(input.revenue / input.adSpend) : null,
  };
}

/** One channel's verdict on its last dollar. */
export interface OverspendRow {
  channel: string;
  currentSpend: number;
  marginalRoas: number;
  marginalProfitPerDollar: number;
  overspending: boolean;
  /** Spend where the last dollar breaks even (the profit-optimal spend the caller found), if known. */
  breakEvenSpend: number | null;
  /** currentSpend - breakEvenSpend when overspending. */
  cutToBreakEven: number | null;
}

/**
 * Channels whose last dollar returns less than break-even, worst first.
 * @example overspending([{ channel: "a", currentSpend: 100, marginalRoas: 1.5, breakEvenSpend: 60 }], 0.5)
 * // { rows: [{ channel: "a", marginalProfitPerDollar: -0.25, overspending: true, cutToBreakEven: 40, ... }], ... }
 */
export function overspending(
  input: readonly {
    channel: string;
    currentSpend: number;
    marginalRoas: number;
    breakEvenSpend: number | null;
  }[],
  grossMargin: number,
) {
  const rows: OverspendRow[] = input
    .map((r) => {
      const perDollar = r4(grossMargin * r.marginalRoas - 1);
      const over = perDollar < 0;
      return {
        channel: r.channel,
        currentSpend: cents(r.currentSpend),
        marginalRoas: r4(r.marginalRoas),
        marginalProfitPerDollar: perDollar,
        overspending: over,
        breakEvenSpend: r.breakEvenSpend === null ? null : cents(r.breakEvenSpend),
        cutToBreakEven:
          over && r.breakEvenSpend !== null ? cents(Math.max(0, r.currentSpend - r.breakEvenSpend)) : null,
      };
    })
    .sort(
      (a, b) => a.marginalProfitPerDollar - b.marginalProfitPerDollar || a.channel.localeCompare(b.channel),
    );
  return {
    grossMargin,
    breakEvenRoas: r4(breakEvenRoas(grossMargin)),
    rows,
    overspending: rows.filter((r) => r.overspending).map((r) => r.channel),
    totalCutToBreakEven: cents(rows.reduce((a, r) => a + (r.cutToBreakEven ?? 0), 0)),
  };
}
