import { describe, expect, it } from "vitest";
import { runRateGoal, runRateProjection } from "./run-rate.ts";

describe("runRateProjection", () => {
  it("carries the pace period's daily rate over the days without data", () => {
    // Q4 from October: 31 days of data, 61 to go (November 30 + December 31).
    expect(
      runRateProjection({
        actual: 31_000,
        actualDays: 31,
        paceTotal: 31_000,
        paceDays: 31,
        remainingDays: 61,
      }),
    ).toEqual({ dailyPace: 1000, remainingProjected: 61_000, projectedTotal: 92_000, actualShare: 0.337 });
  });

  it("uses a pace period other than the actual days (a year to date pace)", () => {
    // 304 days of 2026 with data, $91,200 in them ($300 a day); 61 days to go.
    expect(
      runRateProjection({
        actual: 91_200,
        actualDays: 304,
        paceTotal: 91_200,
        paceDays: 304,
        remainingDays: 61,
      }),
    ).toEqual({ dailyPace: 300, remainingProjected: 18_300, projectedTotal: 109_500, actualShare: 0.8329 });
  });

  it("rounds to cents and is the actual alone with nothing left to project", () => {
    expect(
      runRateProjection({ actual: 10, actualDays: 3, paceTotal: 10, paceDays: 3, remainingDays: 2 }),
    ).toEqual({ dailyPace: 3.33, remainingProjected: 6.67, projectedTotal: 16.67, actualShare: 0.6 });
    expect(
      runRateProjection({ actual: 500, actualDays: 5, paceTotal: 70, paceDays: 7, remainingDays: 0 }),
    ).toEqual({ dailyPace: 10, remainingProjected: 0, projectedTotal: 500, actualShare: 1 });
  });

  it("rejects an empty pace period", () => {
    expect(() =>
      runRateProjection({ actual: 1, actualDays: 1, paceTotal: 1, paceDays: 0, remainingDays: 1 }),
    ).toThrow(RangeError);
  });
});

describe("runRateGoal (fix19d)", () => {
  it("says how far the straight line and the season fall from a goal", () => {
    // $31,000 so far, $92,000 projected, the 61 days left brought $70,000 a year earlier.
    expect(
      runRateGoal(100_000, {
        actual: 31_000,
        remainingDays: 61,
        projectedTotal: 92_000,
        yearEarlier: 70_000,
      }),
    ).toEqual({
      goal: 100_000,
      reached: false,
      gap: 8000,
      neededDailyPace: 1131.15,
      seasonalTotal: 101_000,
      seasonalReached: true,
    });
  });

  it("is reached with a negative gap, and has no season when the year earlier is unknown", () => {
    expect(
      runRateGoal(50_000, { actual: 40_000, remainingDays: 10, projectedTotal: 55_000, yearEarlier: null }),
    ).toEqual({
      goal: 50_000,
      reached: true,
      gap: -5000,
      neededDailyPace: 1000,
      seasonalTotal: null,
      seasonalReached: null,
    });
  });
});
