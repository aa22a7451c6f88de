import { describe, expect, it } from "vitest";
import type { ProfitSection } from "../../core/budget/profit-section.ts";
import type { WhatIfReturn } from "../../core/budget/what-if-return.ts";
import { whatIfSentences } from "./budget-profit.ts";

const profit: ProfitSection = {
  objective: "profit",
  grossMargin: 0.5,
  breakEvenRoas: 2,
  channels: [],
  totals: { profitChange: 0, profitChangeInterval: null, spendBelowBreakEven: 0 },
  unspentBudget: null,
  cutBelowLimit: [],
  cutUnproven: [],
};
/** Display cut from $1,000 to `spend`, its curve's slope there `marginal`, margin 50%. */
const cut = (spend: number, marginal: number): WhatIfReturn => ({
  members: ["display"],
  spendChange: spend - 1000,
  revenueChange: -900,
  revenueChangeInterval: null,
  profitChange: -450 + (1000 - spend),
  profitChangeInterval: null,
  revenuePerDollar: 0.9,
  profitPerDollar: 0.55,
  lastDollar: [
    {
      member: "display",
      spend,
      marginalRevenuePerDollar: marginal,
      marginalProfitPerDollar: 0.5 * marginal - 1,
    },
  ],
  addedDollarsLoseMoney: false,
  cutRaisesProfit: true,
});
const lastLine = (w: WhatIfReturn) =>
  whatIfSentences({
    profit,
    grossMarginIsDefault: true,
    currency: "USD",
    name: () => "Display",
    whatIf: w,
  }).at(-1);

describe("what-if sentences: the return at the new spend (lead22)", () => {
  it("a paused channel has no last dollar: its first dollar back is what the curve's slope at zero returns", () => {
    expect(lastLine(cut(0, 2.4))).toBe(
      "With nothing spent, Display's first dollar back would return $2.40 of revenue, $0.20 of profit (at or above break-even, so a smaller budget there would still pay).",
    );
    expect(lastLine(cut(0, 1.6))).toBe(
      "With nothing spent, Display's first dollar back would return $1.60 of revenue, -$0.20 of profit (below break-even).",
    );
  });

  it("a channel still spending keeps its last dollar", () => {
    expect(lastLine(cut(500, 2.4))).toBe(
      "At the new spend, Display's last dollar would return $2.40 of revenue, $0.20 of profit (at or above break-even).",
    );
  });
});
