/** fix13c: a rate break set against the days around it (flankDays), and planned days left out. */
import { describe, expect, it } from "vitest";
import { addDays } from "../../semantic/query/dates.ts";
import { findRateBreak } from "./rate-break.ts";
import type { DailyRatio } from "./schemas.ts";

/**
 * 120 days from Jan 1, 200 sessions a day: a high season of 10 orders a day (days 0-59), a low one
 * of 6 (days 60-119), and a broken run of 2 a day on days 90-99 (Apr 1-10).
 */
const SEASONS: DailyRatio[] = Array.from({ length: 120 }, (_, i) => ({
  date: addDays("2026-01-01", i),
  numerator: i >= 90 && i <= 99 ? 2 : i < 60 ? 10 : 6,
  denominator: 200,
}));

describe("findRateBreak against the days around it", () => {
  it("against all the rest, the long season wins; against its flanks, the broken run does", () => {
    expect(findRateBreak(SEASONS)?.days).toBeGreaterThan(14);
    const b = findRateBreak(SEASONS, { flankDays: 14 });
    // Inside 20 / 2000; flanks Mar 18-31 and Apr 11-24: 28 days at 6, 168 / 5600; one rate 188 / 7600.
    const pooled = 188 / 7600;
    expect(b).toEqual({
      from: "2026-04-01",
      to: "2026-04-10",
      days: 10,
      rateInside: 0.01,
      rateOutside: 0.03,
      relativeChange: 0.01 / 0.03 - 1,
      recovered: true,
      score: 20 * Math.log(20 / (2000 * pooled)) + 168 * Math.log(168 / (5600 * pooled)),
      comparedWith: "around",
    });
  });

  it("searches no window longer than the flanks, and compares with those flanks only", () => {
    const b = findRateBreak(SEASONS, { flankDays: 10 });
    // Flanks Mar 22-31 and Apr 11-20: 20 days at 6, 120 / 4000; one rate 140 / 6000.
    const pooled = 140 / 6000;
    expect(b?.from).toBe("2026-04-01");
    expect(b?.days).toBe(10);
    expect(b?.score).toBeCloseTo(
      20 * Math.log(20 / (2000 * pooled)) + 120 * Math.log(120 / (4000 * pooled)),
      12,
    );
    expect(findRateBreak(SEASONS, { flankDays: 5 })).toBeUndefined();
  });

  it("leaves out windows that overlap excluded days (a planned test)", () => {
    expect(
      findRateBreak(SEASONS, { flankDays: 14, exclude: [{ from: "2026-04-03", to: "2026-04-05" }] }),
    ).toBeUndefined();
  });
});
