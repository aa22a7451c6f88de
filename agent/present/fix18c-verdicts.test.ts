/** fix18c: the verdicts led by the subject asked about (hand-made results, exact text). */
import { describe, expect, it } from "vitest";
import type { MarginalAtCurrent } from "../../core/budget/marginal-at-current.ts";
import { actionVerdict, raiseVerdict } from "./marginal-return.ts";
import { metricVerdict, WORTH_IT_NOTE, worthItNote } from "./metric-verdict.ts";

const compared = (current: number, previous: number, assessment: string) => ({
  name: "compare_periods",
  result: {
    ok: true,
    data: {
      totals: [
        {
          metric: "roas",
          label: "Return on ad spend",
          unit: "ratio",
          additive: false,
          current,
          previous,
          change: current - previous,
          percentChange: (current - previous) / previous,
          assessment,
        },
      ],
      rows: [],
    },
  },
});
const breakEven = {
  name: "profitability",
  result: {
    ok: true,
    data: {
      analysis: "break_even",
      grossMargin: 0.5,
      grossMarginPercent: 50,
      breakEven: { grossMargin: 0.5, breakEvenRoas: 2, breakEvenCpa: 40, averageOrderValue: 80 },
    },
  },
};

describe("is X worth it", () => {
  it("reads its subject back from the placeholder", () => {
    expect(WORTH_IT_NOTE.exec(worthItNote("TikTok Ads"))?.[1]).toBe("TikTok Ads");
  });

  it("says no, naming the subject, when its ROAS is below break-even", () => {
    expect(metricVerdict([compared(0.5, 1, "worse"), breakEven], "USD", "Display")).toBe(
      "Is Display worth it? No: Display's return on ad spend was 0.50x; it is below break-even (2.00x at your 50% gross margin): the revenue credited to paid channels does not pay for their ad spend, and worse than the period before (down 50.0% from 1.00x). There is no industry benchmark in your data, so this judges it against break-even and its own history. ROAS counts only the revenue one attribution model credits to it; a holdout test measures what it adds on top, and MER (all revenue over all ad spend) is the whole-business view.",
    );
  });

  it("says yes when it clears break-even, and notes a slip on the period before", () => {
    const text = metricVerdict([compared(3, 4, "worse"), breakEven], "USD", "Affiliate");
    expect(
      text?.startsWith(
        "Is Affiliate worth it? Yes, it clears break-even, though it did better the period before: Affiliate's return on ad spend was 3.00x;",
      ),
    ).toBe(true);
  });
});

const member = (over: Partial<MarginalAtCurrent>): MarginalAtCurrent => ({
  member: "1003",
  currentSpend: 800,
  curveRevenue: 600,
  averageRoas: 0.75,
  marginalRoas: 0.6,
  stepSpend: 880,
  marginalRoasAtStep: 0.55,
  breakEvenRoas: 2,
  marginalProfitPerDollar: -0.7,
  clearsBreakEven: false,
  steepening: false,
  ...over,
});
const name = (k: string) => (k === "1003" ? "Boots Search" : k);

describe("should we raise a campaign's budget", () => {
  it("says no when its next dollar is below break-even", () => {
    expect(raiseVerdict([member({})], name)).toBe(
      "Should you raise Boots Search's budget? No: its next dollar returns less than break-even on its fitted response curve, so more spend there would lose gross profit; hold it, or cut it back and move the money to something that clears break-even.",
    );
  });

  it("says yes, in steps, when it clears break-even; nothing without a margin", () => {
    expect(
      raiseVerdict([member({ clearsBreakEven: true })], name)?.startsWith(
        "Should you raise Boots Search's budget? Yes, carefully:",
      ),
    ).toBe(true);
    expect(raiseVerdict([member({ clearsBreakEven: null })], name)).toBeUndefined();
  });
});

describe("what should I do about it (one campaign)", () => {
  it("cuts a campaign whose next dollar loses money, keeps one whose next dollar pays", () => {
    expect(
      actionVerdict([member({})], name)?.startsWith(
        "What to do about Boots Search: cut its budget back (or pause it)",
      ),
    ).toBe(true);
    expect(
      actionVerdict([member({ clearsBreakEven: true })], name)?.startsWith(
        "What to do about Boots Search: keep it running",
      ),
    ).toBe(true);
    expect(actionVerdict([member({}), member({ member: "x" })], name)).toBeUndefined();
  });
});

describe("fix19c: a raise on the steep part of an S-shaped curve", () => {
  it("does not say more spend loses money when later dollars return more", () => {
    expect(raiseVerdict([member({ steepening: true, marginalRoasAtStep: 1.4 })], name)).toBe(
      "Should you raise Boots Search's budget? Not by a little: its next dollar returns less than break-even on its fitted response curve, so a small raise would lose gross profit. But the curve is still steepening at its current spend (the early part of an S-shaped curve), so later dollars return more than the next one: a much larger raise can pay where a small one does not. Ask what a specific raise (such as doubling it) would bring before deciding, and treat it as a test, since the curve beyond current spend is an estimate.",
    );
  });
});
