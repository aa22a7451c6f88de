import { describe, expect, it } from "vitest";
import { calibrateJointly } from "./joint-calibration.ts";

const demand = [1.1, 0.9, 1.0, 1.2, 0.8, 1.05, 0.95, 1.0];
const media = [5, 7, 4, 6, 3, 8, 5, 6];

describe("calibrateJointly", () => {
  it("recovers baseline and multiplier exactly from noise-free orders", () => {
    const orders = demand.map((d, t) => 3 * d + 2 * media[t]!);
    const c = calibrateJointly(orders, demand, media);
    expect(c.identified).toBe(true);
    expect(c.baseline).toBeCloseTo(3, 10);
    expect(c.multiplier).toBeCloseTo(2, 10);
    expect(c.baselineSe).toBeLessThan(1e-9);
    // Uncentred correlation (cosine) of the regressors: the model has no intercept.
    expect(c.correlation).toBeCloseTo(0.970475385703397, 12);
  });

  it("refuses a split it can only make with a negative baseline, keeping the best non-negative fit", () => {
    const orders = demand.map((d, t) => -1 * d + 2 * media[t]!);
    const c = calibrateJointly(orders, demand, media);
    expect(c.identified).toBe(false);
    expect(c.baseline).toBe(0);
    // Media alone: sum(media x orders) / sum(media^2).
    expect(c.multiplier).toBeCloseTo(1.8286538461538462, 12);
    expect(c.reason).toContain("could not be split into baseline and media");
  });

  it("refuses when media moves exactly with demand", () => {
    const c = calibrateJointly(
      demand.map((d) => 10 * d),
      demand,
      demand.map((d) => 2 * d),
    );
    expect(c.identified).toBe(false);
    expect(c.multiplierSe).toBe(Number.POSITIVE_INFINITY);
  });
});
