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

  it("reads a run of near-empty days as thin traffic, not a broken rate", () => {
    // An email-like channel: a send every 7th day brings 700 visits and 7 orders; the days between
    // have 4 visits and, on days 15-20, 1 order each (orders credited from earlier sends). Those
    // six days' rate (6 / 24 = 25%) stands far from the rest's, but with 4 visits a day against an
    // average of (5 x 700 + 25 x 4) / 30 = 120 they have about 3% of the usual traffic.
    const series: DailyRatio[] = Array.from({ length: 30 }, (_, i) => ({
      date: addDays("2026-09-01", i),
      numerator: i % 7 === 0 ? 7 : i >= 15 && i <= 20 ? 1 : 0,
      denominator: i % 7 === 0 ? 700 : 4,
    }));
    expect(findRateBreak(series)).toBeUndefined();
    // Without the traffic floor the thin run is what the old test reported.
    expect(findRateBreak(series, { minTrafficShare: 0 })).toMatchObject({
      from: "2026-09-16",
      to: "2026-09-21",
      days: 6,
      rateInside: 0.25,
    });
  });
});
