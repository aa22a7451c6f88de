import { describe, expect, it } from "vitest";
import { percentileOfSorted, percentiles } from "./percentile.ts";

describe("percentile (linear interpolation, numpy's default)", () => {
  it("interpolates between closest ranks", () => {
    // numpy.percentile([1, 2, 3, 4], [0, 25, 50, 75, 90, 100]) = [1, 1.75, 2.5, 3.25, 3.7, 4]
    expect(percentileOfSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(percentileOfSorted([1, 2, 3, 4], 25)).toBe(1.75);
    expect(percentileOfSorted([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentileOfSorted([1, 2, 3, 4], 75)).toBe(3.25);
    expect(percentileOfSorted([1, 2, 3, 4], 90)).toBeCloseTo(3.7, 12);
    expect(percentileOfSorted([1, 2, 3, 4], 100)).toBe(4);
  });
  it("gives the middle value as the median of an odd count", () => {
    expect(percentiles([50, 10, 30, 20, 40], [50, 25, 75])).toEqual([30, 20, 40]);
  });
  it("sorts a copy and keeps the order asked", () => {
    const values = [10, 40, 20, 30];
    expect(percentiles(values, [75, 25, 50])).toEqual([32.5, 17.5, 25]);
    expect(values).toEqual([10, 40, 20, 30]);
  });
  it("is NaN for no values or a percentile outside 0..100", () => {
    expect(percentileOfSorted([], 50)).toBeNaN();
    expect(percentileOfSorted([1, 2], 101)).toBeNaN();
  });
  it("returns the one value for a single order", () => {
    expect(percentiles([42], [10, 50, 90])).toEqual([42, 42, 42]);
  });
});
