import { describe, expect, it } from "vitest";
import type { ChannelProfit, ProfitSection } from "../../core/budget/profit-section.ts";
import type { WhatIfReturn } from "../../core/budget/what-if-return.ts";
import { moveLines } from "./budget-move.ts";

const channel = (key: string, now: number): ChannelProfit => ({
  channel: key,
  marginalRevenuePerDollar: now,
  marginalProfitPerDollar: 0.5 * now - 1,
  marginalRevenuePerDollarNow: now,
  marginalProfitPerDollarNow: 0.5 * now - 1,
  profitChange: 0,
  profitChangeInterval: null,
  belowBreakEven: false,
  belowBreakEvenCause: null,
  spendBelowBreakEven: 0,
});
const profit = (from: number, to: number): ProfitSection => ({
  objective: "profit",
  grossMargin: 0.5,
  breakEvenRoas: 2,
  channels: [channel("display", from), channel("paid_social", to)],
  totals: { profitChange: 0, profitChangeInterval: null, spendBelowBreakEven: 0 },
  unspentBudget: null,
  cutBelowLimit: [],
  cutUnproven: [],
});
const whatIf = (revenueChange: number): WhatIfReturn => ({
  members: ["display", "paid_social"],
  spendChange: 0,
  revenueChange,
  revenueChangeInterval: null,
  profitChange: revenueChange / 2,
  profitChangeInterval: null,
  revenuePerDollar: null,
  profitPerDollar: null,
  lastDollar: [],
  addedDollarsLoseMoney: false,
  cutRaisesProfit: false,
});
const NAMES: Record<string, string> = { display: "Display", paid_social: "Paid Social" };
const base = {
  changes: [
    { member: "display", currentSpend: 1800, newSpend: 1440 },
    { member: "paid_social", currentSpend: 2200, newSpend: 2560 },
  ],
  period: { from: "2026-11-01", to: "2026-11-30", days: 30 },
  currency: "USD",
  name: (k: string) => NAMES[k]!,
};

describe("a move between two channels", () => {
  it("states the default share, both next-dollar returns, and that cutting beats moving below break-even", () => {
    const move = { from: "display", to: "paid_social", amount: 360, percentOfSource: 20, askedAmount: null };
    expect(moveLines({ ...base, move, whatIf: whatIf(100), profit: profit(0.48, 0.9) })).toEqual([
      "Moving $360.00 (20% of Display's spend, as no amount was given) from Display to Paid Social for November 1–30, 2026: expected revenue changes by $100.00 and gross profit by $50.00.",
      "At current spend Display's next dollar returns $0.48 of revenue and Paid Social's $0.90 (break-even is 2.00x at a 50% gross margin).",
      "The move raises revenue a little, but Paid Social's next dollar is below break-even too: cutting Display's dollars without moving them would raise profit more.",
    ]);
  });

  it("offers the nearest move when the source spends less than asked, and says no when the move loses revenue", () => {
    const move = {
      from: "display",
      to: "paid_social",
      amount: 1800,
      percentOfSource: null,
      askedAmount: 5000,
    };
    const lines = moveLines({ ...base, move, whatIf: whatIf(-526), profit: profit(0.48, 0.9) });
    expect(lines[0]).toBe(
      "Display spent only $1,800.00 over the last 30 days, less than the $5,000.00 asked, so the nearest move is all of it: $1,800.00.",
    );
    expect(lines[3]).toBe(
      "No: the dollars Display gives up bring more revenue than Paid Social would make of them, so the move lowers revenue; Paid Social is below break-even as well, so cutting Display's dollars without moving them would raise profit more.",
    );
  });

  it("says yes when the receiver pays back at the margin", () => {
    const move = {
      from: "display",
      to: "paid_social",
      amount: 360,
      percentOfSource: null,
      askedAmount: null,
    };
    expect(moveLines({ ...base, move, whatIf: whatIf(400), profit: profit(0.48, 2.4) })[2]).toBe(
      "Yes: the move raises revenue, and Paid Social's next dollar pays back at the margin.",
    );
  });
});
