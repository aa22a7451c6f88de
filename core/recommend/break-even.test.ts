import { describe, expect, it } from "vitest";
import { breakEvenPoints } from "./break-even.ts";

describe("breakEvenPoints", () => {
  it("break-even ROAS 1 / m and CPA AOV x m, with the period's figures against them (40% margin)", () => {
    const out = breakEvenPoints({ averageOrderValue: 100, cpa: 30, roas: 1.6, mer: 3.2 }, 0.4);
    expect(out).toEqual({
      grossMargin: 0.4,
      breakEvenRoas: 2.5,
      breakEvenCpa: 40, // 100 x 0.4
      averageOrderValue: 100,
      cpa: 30,
      roas: 1.6,
      mer: 3.2,
      roasClearsBreakEven: false, // 1.6 < 2.5
      cpaWithinBreakEven: true, // 30 <= 40
      paidCpa: 62.5, // 100 / 1.6
      paidCpaWithinBreakEven: false,
    });
  });

  it("rounds money to cents and ratios to 4 decimals; a ROAS exactly at break-even clears it", () => {
    const out = breakEvenPoints({ averageOrderValue: 97.987, cpa: 28.078, roas: 2, mer: 3.49051 }, 0.5);
    expect(out.breakEvenCpa).toBe(48.99); // 97.987 x 0.5 = 48.9935
    expect(out.averageOrderValue).toBe(97.99);
    expect(out.cpa).toBe(28.08);
    expect(out.mer).toBe(3.4905);
    expect(out.roasClearsBreakEven).toBe(true);
    expect(out.paidCpa).toBe(48.99); // 97.987 / 2
  });

  it("leaves what the period cannot say as null (no orders, no spend)", () => {
    const out = breakEvenPoints({ averageOrderValue: null, cpa: null, roas: null, mer: null }, 0.5);
    expect(out.breakEvenRoas).toBe(2);
    expect(out.breakEvenCpa).toBeNull();
    expect(out.roasClearsBreakEven).toBeNull();
    expect(out.cpaWithinBreakEven).toBeNull();
    expect(out.paidCpa).toBeNull();
  });
});
