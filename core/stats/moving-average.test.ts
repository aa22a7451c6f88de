import { describe, expect, it } from "vitest";
import { trailingMean } from "./moving-average.ts";

describe("trailingMean", () => {
  it("averages each value with the ones before it once the window is full", () => {
    expect(trailingMean([10, 20, 30, 40, 50], 3)).toEqual([null, null, 20, 30, 40]);
  });

  it("is the series itself for a window of one", () => {
    expect(trailingMean([4, 5.5], 1)).toEqual([4, 5.5]);
  });

  it("leaves a window holding a missing value empty", () => {
    expect(trailingMean([2, null, 4, 6, 8], 2)).toEqual([null, null, null, 5, 7]);
  });

  it("has nothing when the series is shorter than the window", () => {
    expect(trailingMean([1, 2], 7)).toEqual([null, null]);
  });

  it("rejects a window that is not a whole number of at least one", () => {
    expect(() => trailingMean([1], 0)).toThrow(RangeError);
    expect(() => trailingMean([1], 1.5)).toThrow(RangeError);
  });
});
