import { describe, expect, it } from "vitest";
import type { ChannelProfit, ProfitSection } from "../../core/budget/profit-section.ts";
import { nothingPaysLines, spendsNothing } from "./budget-nothing-pays.ts";

const channel = (key: string, now: number): ChannelProfit => ({
  channel: key,
  marginalRevenuePerDollar: 1,
  marginalProfitPerDollar: -0.5,
  marginalRevenuePerDollarNow: now,
  marginalProfitPerDollarNow: Math.round((0.5 * now - 1) * 10_000) / 10_000,
  profitChange: 0,
  profitChangeInterval: null,
  belowBreakEven: false,
  belowBreakEvenCause: null,
  spendBelowBreakEven: 0,
});

const profit = (spent: number): ProfitSection => ({
  objective: "profit",
  grossMargin: 0.5,
  breakEvenRoas: 2,
  channels: [channel("display", 0.48), channel("paid_social", 0.9)],
  totals: { profitChange: 0, profitChangeInterval: null, spendBelowBreakEven: 0 },
  unspentBudget: {
    totalBudget: 10000,
    profitOptimalSpend: spent,
    unspent: 10000 - spent,
    fullBudgetSpend: [
      { channel: "display", spend: 4000 },
      { channel: "paid_social", spend: 6000 },
    ],
    restSpend: 10000 - spent,
    restRevenue: 3000,
    restProfit: -8500,
    restRevenuePerDollar: 0.3,
  },
  cutBelowLimit: [],
  cutUnproven: [],
});

const NAMES: Record<string, string> = { display: "Display", paid_social: "Paid Social" };
const period = { from: "2026-11-01", to: "2026-11-30" };

describe("a profit plan that spends nothing", () => {
  it("is one that spends under 1% of the budget", () => {
    expect(spendsNothing(profit(0))).toBe(true);
    expect(spendsNothing(profit(99))).toBe(true);
    expect(spendsNothing(profit(100))).toBe(false);
    expect(spendsNothing(null)).toBe(false);
  });

  it("says so first, ranks the next dollar least bad first, then gives the revenue split", () => {
    expect(nothingPaysLines({ profit: profit(0), period, currency: "USD", name: (k) => NAMES[k]! })).toEqual([
      "At a 50% gross margin no channel's next dollar returns more than it costs (break-even is 2.00x of revenue per dollar), so the most profitable plan for November 1–30, 2026 spends nothing of the $10,000.",
      "Return on the next dollar at current spend, least bad first:",
      "- Paid Social: $0.90 of revenue, -$0.55 of profit per extra dollar (the least bad)",
      "- Display: $0.48 of revenue, -$0.76 of profit per extra dollar",
      "If you spend the $10,000 anyway, the revenue-maximising split is Paid Social $6,000.00 and Display $4,000.00: it would bring $3,000.00 of revenue ($0.30 per dollar) and change gross profit by -$8,500.00. Ask to maximize revenue for that plan in full.",
    ]);
  });
});
