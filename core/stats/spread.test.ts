import { describe, expect, it } from "vitest";
import { spreadOf } from "./spread.ts";

describe("spreadOf", () => {
  it("gives the count, mean, sample standard deviation, cv, least and greatest", () => {
    // Sum of squared deviations 32 over 7: sd = sqrt(32 / 7).
    const s = spreadOf([2, 4, 4, 4, 5, 5, 7, 9])!;
    expect(s.n).toBe(8);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(s.cv).toBeCloseTo(Math.sqrt(32 / 7) / 5, 12);
    expect([s.min, s.max]).toEqual([2, 9]);
  });

  it("leaves out values that are not finite", () => {
    expect(spreadOf([10, Number.NaN, 20])).toEqual({
      n: 2,
      mean: 15,
      sd: Math.sqrt(50),
      cv: Math.sqrt(50) / 15,
      min: 10,
      max: 20,
    });
  });

  it("has no standard deviation for one value and nothing for none", () => {
    expect(spreadOf([3])).toEqual({ n: 1, mean: 3, sd: null, cv: null, min: 3, max: 3 });
    expect(spreadOf([])).toBeNull();
  });
});
