import { describe, expect, it } from "vitest";
import { addDays } from "../../semantic/query/dates.ts";
import { findRateBreak } from "./rate-break.ts";
import type { DailyRatio } from "./schemas.ts";

/** 30 days from Aug 1 with 200 sessions a day: 10 orders a day, 4 a day on days 10-19 (Aug 11-20). */
function thirtyDays(low: (i: number) => boolean): DailyRatio[] {
  return Array.from({ length: 30 }, (_, i) => ({
    date: addDays("2026-08-01", i),
    numerator: low(i) ? 4 : 10,
    denominator: 200,
  }));
}

describe("findRateBreak", () => {
  it("finds the run of low days, its size and the recovery", () => {
    const b = findRateBreak(thirtyDays((i) => i >= 10 && i <= 19));
    expect(b).toEqual({
      from: "2026-08-11",
      to: "2026-08-20",
      days: 10,
      rateInside: 0.02,
      rateOutside: 0.05,
      relativeChange: 0.02 / 0.05 - 1,
      recovered: true,
      // X = 240, D = 6000, one rate 0.04: 40 ln(40/80) + 200 ln(200/160).
      score: 40 * Math.log(0.5) + 200 * Math.log(1.25),
    });
  });

  it("reports a break that lasts to the end as not recovered", () => {
    const b = findRateBreak(thirtyDays((i) => i >= 20));
    expect(b?.from).toBe("2026-08-21");
    expect(b?.to).toBe("2026-08-30");
    expect(b?.recovered).toBe(false);
  });

  it("says nothing of a steady rate, a window outside the period, or no denominator", () => {
    expect(findRateBreak(thirtyDays(() => false))).toBeUndefined();
    expect(
      findRateBreak(
        thirtyDays((i) => i >= 10 && i <= 19),
        { overlap: { from: "2026-08-25", to: "2026-08-30" } },
      ),
    ).toBeUndefined();
    expect(findRateBreak([{ date: "2026-08-01", numerator: 0, denominator: 0 }])).toBeUndefined();
    expect(
      findRateBreak(
        thirtyDays((i) => i >= 10 && i <= 19),
        {
          startWithin: { from: "2026-08-01", to: "2026-08-05" },
          minScore: 0,
          minChange: 0,
        },
      ),
      // The low run starts on day 10, outside the allowed starts: the window starts as late as it
      // may (Aug 5) and still ends with the run (Aug 20).
    ).toMatchObject({ from: "2026-08-05", to: "2026-08-20" });
  });

  it("leaves a move under the smallest change unreported", () => {
    // 9 a day instead of 10 over 10 days: a 10% dip.
    const series = thirtyDays(() => false).map((d, i) => (i >= 10 && i <= 19 ? { ...d, numerator: 9 } : d));
    expect(findRateBreak(series, { minScore: 0 })).toBeUndefined();
  });
});
