import { describe, expect, it } from "vitest";
import { backtestRange, runRateBacktest } from "./run-rate-backtest.ts";

const month = (from: string, to: string, days: number, total: number) => ({ from, to, days, total });

describe("runRateBacktest", () => {
  it("projects each month at the daily pace of the month before and sets it against the actual", () => {
    const b = runRateBacktest([
      month("2026-08-01", "2026-08-31", 31, 3100),
      month("2026-09-01", "2026-09-30", 30, 3300),
      month("2026-10-01", "2026-10-31", 31, 2790),
    ]);
    expect(b.months).toEqual([
      {
        from: "2026-09-01",
        to: "2026-09-30",
        paceFrom: "2026-08-01",
        paceTo: "2026-08-31",
        projected: 3000,
        actual: 3300,
        error: -300,
        errorPct: -9.09,
        ratio: 1.1,
      },
      {
        from: "2026-10-01",
        to: "2026-10-31",
        paceFrom: "2026-09-01",
        paceTo: "2026-09-30",
        projected: 3410,
        actual: 2790,
        error: 620,
        errorPct: 22.22,
        ratio: 0.8182,
      },
    ]);
    expect(b.meanAbsErrorPct).toBe(15.66);
    expect(b.lowRatio).toBe(0.8182);
    expect(b.highRatio).toBe(1.1);
  });

  it("has nothing to check with one month, and no percent for a month with none", () => {
    expect(runRateBacktest([month("2026-10-01", "2026-10-31", 31, 10)])).toEqual({
      months: [],
      meanAbsErrorPct: null,
      lowRatio: null,
      highRatio: null,
    });
    const zero = runRateBacktest([
      month("2026-09-01", "2026-09-30", 30, 0),
      month("2026-10-01", "2026-10-31", 31, 0),
    ]);
    expect(zero.months[0]).toMatchObject({ projected: 0, actual: 0, error: 0, errorPct: null, ratio: null });
  });
});

describe("backtestRange", () => {
  it("applies the smallest and largest actual / projected to the days still to come", () => {
    expect(
      backtestRange({ actual: 1000, remainingProjected: 30000 }, { lowRatio: 0.8, highRatio: 1.25 }),
    ).toEqual({
      low: 25000,
      high: 38500,
    });
    expect(
      backtestRange({ actual: 0, remainingProjected: 100 }, { lowRatio: null, highRatio: null }),
    ).toBeNull();
  });
});
