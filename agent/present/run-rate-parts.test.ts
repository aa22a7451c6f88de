import { describe, expect, it } from "vitest";
import type { ProjectRunRateData } from "../../tools/project-run-rate/execute.ts";
import { ok } from "../../tools/result.ts";
import { presentRunRateParts, runRatePartsOf } from "./run-rate-parts.ts";

const PACE = { from: "2026-10-01", to: "2026-10-31", days: 31, total: 3100 };

function part(from: string, to: string, days: number, yearEarlier: number | null): ProjectRunRateData {
  return {
    metric: "revenue",
    period: { from, to, days },
    actual: null,
    pace: PACE,
    remaining: { from, to, days },
    projection: {
      dailyPace: 100,
      remainingProjected: 100 * days,
      projectedTotal: 100 * days,
      actualShare: null,
    },
    yearEarlier:
      yearEarlier === null
        ? null
        : { from: `2025${from.slice(4)}`, to: `2025${to.slice(4)}`, days, total: yearEarlier },
    dataEnd: "2026-10-31",
    filters: [],
    provenance: { method: "run rate", assumptions: [] },
  };
}

const WEEK_1 = part("2026-11-01", "2026-11-01", 1, 50);
const WEEK_2 = part("2026-11-02", "2026-11-08", 7, 900);
const WEEK_3 = part("2026-11-09", "2026-11-15", 7, null);
const call = (d: ProjectRunRateData) => ({ name: "project_run_rate", result: ok(d) });
const CTX = { currency: "USD", timeZone: "America/New_York" };

describe("runRatePartsOf", () => {
  it("takes back-to-back projections at one pace", () => {
    expect(runRatePartsOf([call(WEEK_1), call(WEEK_2), call(WEEK_3)])).toEqual([WEEK_1, WEEK_2, WEEK_3]);
  });
  it("leaves a single projection, a gap, another pace or another filter alone", () => {
    expect(runRatePartsOf([call(WEEK_1)])).toBeUndefined();
    expect(runRatePartsOf([call(WEEK_1), call(WEEK_3)])).toBeUndefined();
    expect(
      runRatePartsOf([call(WEEK_1), call({ ...WEEK_2, pace: { ...PACE, from: "2026-10-02" } })]),
    ).toBeUndefined();
    const email = { ...WEEK_2, filters: [{ field: "channel", op: "in" as const, values: ["email"] }] };
    expect(runRatePartsOf([call(WEEK_1), call(email)])).toBeUndefined();
  });
});

describe("presentRunRateParts", () => {
  it("lists each week's projection with the same days a year earlier, the method once", () => {
    const p = presentRunRateParts([WEEK_1, WEEK_2, WEEK_3], CTX);
    expect(p.text.split("\n")).toEqual([
      "Projected revenue for each week of November 1–15, 2026 at the pace of October 1–31, 2026 ($100.00 a day, $3,100.00 over 31 days):",
      "- November 1, 2026 (1 day): $100.00; the same days a year earlier brought $50.00.",
      "- November 2–8, 2026 (7 days): $700.00; the same days a year earlier brought $900.00 (the season lifted them).",
      "- November 9–15, 2026 (7 days): $700.00.",
      "Method: a straight-line run rate, so parts of equal length come out the same. It ignores seasonality, promotions and planned changes: read it as 'if nothing changes', not a forecast. Where last year's same days brought more, the season will likely lift this year's too.",
      "Data runs through October 31, 2026.",
    ]);
    expect(p.data.rows).toEqual([
      { from: "2026-11-01", to: "2026-11-01", days: 1, projected: 100, year_earlier: 50 },
      { from: "2026-11-02", to: "2026-11-08", days: 7, projected: 700, year_earlier: 900 },
      { from: "2026-11-09", to: "2026-11-15", days: 7, projected: 700, year_earlier: null },
    ]);
  });
});
