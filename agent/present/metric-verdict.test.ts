/** lead19: the verdict read from the turn's comparison and break-even (hand-made results). */
import { describe, expect, it } from "vitest";
import { metricVerdict } from "./metric-verdict.ts";

const total = (
  metric: string,
  label: string,
  unit: string,
  current: number,
  previous: number,
  assessment: string,
) => ({
  metric,
  label,
  unit,
  additive: false,
  current,
  previous,
  change: current - previous,
  percentChange: (current - previous) / previous,
  assessment,
});

const breakEven = (over: Record<string, unknown> = {}) => ({
  name: "profitability",
  result: {
    ok: true,
    data: {
      analysis: "break_even",
      grossMargin: 0.4,
      grossMarginPercent: 40,
      breakEven: {
        grossMargin: 0.4,
        breakEvenRoas: 2.5,
        breakEvenCpa: 40,
        averageOrderValue: 100,
        cpa: 30,
        roas: 2,
        mer: 4,
        roasClearsBreakEven: false,
        cpaWithinBreakEven: true,
        paidCpa: 50,
        paidCpaWithinBreakEven: false,
        ...over,
      },
    },
  },
});

const compared = (t: ReturnType<typeof total>) => ({
  name: "compare_periods",
  result: { ok: true, data: { totals: [t], rows: [] } },
});

describe("metricVerdict", () => {
  it("a ROAS below break-even and worse than before is a no, with both yardsticks", () => {
    const text = metricVerdict(
      [compared(total("roas", "Return on ad spend", "ratio", 2, 2.5, "worse")), breakEven()],
      "USD",
    );
    expect(text).toBe(
      "Is return on ad spend of 2.00x good? No: it is below break-even (2.50x at your 40% gross margin): the revenue credited to paid channels does not pay for their ad spend, and worse than the period before (down 20.0% from 2.50x). There is no industry benchmark in your data, so this judges it against break-even and its own history.",
    );
  });

  it("a blended cost per order under break-even while the paid one is over is mixed, and says why", () => {
    const text = metricVerdict(
      [compared(total("cpa", "Cost per acquisition", "currency", 30, 33, "better")), breakEven()],
      "USD",
    );
    expect(text).toBe(
      "Is cost per acquisition of $30.00 good? Mixed: it is under break-even ($40.00: average order value $100.00 x your 40% gross margin), so a first order pays for the ad spend that won it (it counts organic orders too: counting only the orders credited to paid channels, cost per order is about $50.00, over it), and better than the period before (down 9.1% from $33.00). There is no industry benchmark in your data, so this judges it against break-even and its own history.",
    );
  });

  it("a rate with no break-even is judged on its history alone; spend is neither good nor bad", () => {
    expect(
      metricVerdict([compared(total("ctr", "Click-through rate", "percent", 0.02, 0.015, "better"))], "USD"),
    ).toBe(
      "Is click-through rate of 2.0% good? Yes: better than the period before (up 0.5 percentage points from 1.5%). There is no break-even or industry benchmark for it in your data, so this judges it against its own history.",
    );
    expect(metricVerdict([compared(total("spend", "Ad spend", "currency", 110, 100, "better"))], "USD")).toBe(
      "Ad spend of $110.00 is neither good nor bad by itself (what it bought matters): up 10.0% from $100.00 on the period before. There is no break-even or industry benchmark for it in your data, so this judges it against its own history.",
    );
  });

  it("no comparison in the turn: nothing to say; an empty period says so", () => {
    expect(metricVerdict([breakEven()], "USD")).toBeUndefined();
    const empty = { ...total("roas", "Return on ad spend", "ratio", 1, 1, "unchanged"), current: null };
    expect(
      metricVerdict(
        [{ name: "compare_periods", result: { ok: true, data: { totals: [empty], rows: [] } } }],
        "USD",
      ),
    ).toMatch(/^There is no figure in this period to judge/);
  });
});
