import { describe, expect, it } from "vitest";
import { liftLossMakingFloors } from "./loss-floors.ts";
import { optimizeBudget } from "./optimize.ts";

/*
 * The closed-form set of solve-profit.test.ts at gross margin 0.5 (break-even marginal ROAS 2):
 *   a: 4000 ln x              marginal 4000 / x          = 2 at x = 2000
 *   b: 6000 ln(1 + x / 1000)  marginal 6000 / (1000 + x) = 2 at x = 2000
 * Both at a current spend of 4000 with the default +/-30% limit: the floor 2800 has marginal
 * 4000 / 2800 = 1.43 and 6000 / 3800 = 1.58, both below 2, so every dollar between 2000 and 2800
 * loses money.
 */
const curves = [
  { channel: "a", curve: { type: "log" as const, a: 0, b: 4000 }, currentSpend: 4000 },
  { channel: "b", curve: { type: "log1p" as const, scale: 6000, k: 1000 }, currentSpend: 4000 },
];
const request = {
  totalBudget: 8000,
  curves,
  scenario: "max_profit",
  grossMargin: 0.5,
  constraints: { defaultBoundPct: 0.3 },
};

describe("liftLossMakingFloors", () => {
  it("lifts a floor whose last dollar is below break-even, and keeps one that breaks even or is kept", () => {
    const units = [
      { channel: "a", curve: curves[0]!.curve, lower: 2800, upper: 5200 },
      { channel: "b", curve: curves[1]!.curve, lower: 1400, upper: 5200 },
      { channel: "c", curve: curves[0]!.curve, lower: 2800, upper: 5200 },
    ];
    const out = liftLossMakingFloors(units, [false, false, true], 0.5);
    expect(out.units.map((u) => u.lower)).toEqual([0, 1400, 2800]);
    expect(out.lifted).toEqual([{ index: 0, channel: "a", limit: 2800 }]);
  });
});

describe("optimizeBudget with the profit objective and the default limit on a cut", () => {
  it("cuts past the limit to break-even, and says so", () => {
    const out = optimizeBudget(request);
    expect(out.channels.map((c) => c.recommendedSpend)).toEqual([2000, 2000]);
    expect(out.profit!.totals.spendBelowBreakEven).toBe(0);
    expect(out.profit!.channels.map((c) => c.belowBreakEven)).toEqual([false, false]);
    expect(out.profit!.cutBelowLimit).toEqual([
      { channel: "a", limit: 2800, spend: 2000 },
      { channel: "b", limit: 2800, spend: 2000 },
    ]);
  });

  it("keeps a floor the user set, and names the loss it keeps", () => {
    const out = optimizeBudget({
      ...request,
      constraints: { defaultBoundPct: 0.3, bounds: { a: { min: 2800 } } },
    });
    expect(out.channels.map((c) => c.recommendedSpend)).toEqual([2800, 2000]);
    expect(out.profit!.cutBelowLimit).toEqual([{ channel: "b", limit: 2800, spend: 2000 }]);
    const a = out.profit!.channels[0]!;
    expect([a.belowBreakEven, a.belowBreakEvenCause, a.spendBelowBreakEven]).toEqual([
      true,
      "lower_bound",
      800,
    ]);
  });

  it("lifts nothing with the revenue objective", () => {
    const out = optimizeBudget({ ...request, scenario: "max_revenue" });
    expect(out.profit!.cutBelowLimit).toEqual([]);
    expect(out.recommendedTotal).toBe(8000);
  });
});
