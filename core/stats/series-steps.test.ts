import { describe, expect, it } from "vitest";
import { compoundRate, runningTotals, stepChanges } from "./series-steps.ts";

describe("stepChanges", () => {
  it("gives each value's change from the one before as a fraction", () => {
    expect(stepChanges([100, 110, 99, 198])).toEqual([null, 0.1, -0.1, 1]);
  });
  it("gives null next to a gap and after a zero", () => {
    expect(stepChanges([100, null, 50, 0, 10])).toEqual([null, null, null, -1, null]);
  });
  it("reads a change from a negative base by its size", () => {
    expect(stepChanges([-50, -25])).toEqual([null, 0.5]);
  });
});

describe("runningTotals", () => {
  it("adds each value to the ones before it", () => {
    expect(runningTotals([24946, 25000, 54])).toEqual([24946, 49946, 50000]);
  });
  it("stops at the first gap", () => {
    expect(runningTotals([1, 2, null, 4])).toEqual([1, 3, null, null]);
  });
  it("is empty for no values", () => {
    expect(runningTotals([])).toEqual([]);
  });
});

describe("compoundRate", () => {
  it("is the rate per step that compounds first into last", () => {
    expect(compoundRate(100, 121, 2)).toBeCloseTo(0.1, 12);
    expect(compoundRate(1000, 512, 3)).toBeCloseTo(-0.2, 12);
    expect(compoundRate(50, 50, 9)).toBe(0);
  });
  it("is undefined for an end that is not positive or fewer than one step", () => {
    expect(compoundRate(0, 10, 2)).toBeUndefined();
    expect(compoundRate(10, -1, 2)).toBeUndefined();
    expect(compoundRate(10, 20, 0)).toBeUndefined();
    expect(compoundRate(null, 20, 2)).toBeUndefined();
  });
});
