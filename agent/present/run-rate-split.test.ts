import { describe, expect, it } from "vitest";
import type { ProjectRunRateData } from "../../tools/project-run-rate/execute.ts";
import { presentRunRateSplit, runRateMembers } from "./run-rate-split.ts";

/** A November projection of one channel at October's pace (31 days), no November data yet. */
function member(channel: string, octoberTotal: number, yearEarlier: number): ProjectRunRateData {
  const dailyPace = octoberTotal / 31;
  return {
    metric: "revenue",
    period: { from: "2026-11-01", to: "2026-11-30", days: 30 },
    actual: null,
    pace: { from: "2026-10-01", to: "2026-10-31", days: 31, total: octoberTotal },
    remaining: { from: "2026-11-01", to: "2026-11-30", days: 30 },
    projection: {
      dailyPace,
      remainingProjected: dailyPace * 30,
      projectedTotal: dailyPace * 30,
      actualShare: null,
    },
    yearEarlier: { from: "2025-11-01", to: "2025-11-30", days: 30, total: yearEarlier },
    dataEnd: "2026-10-31",
    filters: [{ field: "channel", op: "in", values: [channel] }],
    provenance: { method: "m", assumptions: [] },
  };
}

const ok = (data: ProjectRunRateData) => ({ name: "project_run_rate", result: { ok: true, data } });
const ctx = {
  currency: "USD",
  timeZone: "America/New_York",
  valueLabels: { channel: { email: "Email", paid_search: "Paid Search" } },
};

describe("run-rate split by channel (lead22)", () => {
  it("lists each member's projection, biggest first, with the method and the season said once", () => {
    const members = runRateMembers([
      ok(member("email", 3_100, 1_000)),
      ok(member("paid_search", 6_200, 9_000)),
    ]);
    const text = presentRunRateSplit(members, ctx).text;
    expect(text.split("\n")).toEqual([
      "Projected revenue for November 1–30, 2026 by channel, each at its own daily pace of October 1–31, 2026:",
      "- Paid Search: $6,000.00 ($200.00 a day; the same days a year earlier: $9,000.00)",
      "- Email: $3,000.00 ($100.00 a day; the same days a year earlier: $1,000.00)",
      expect.stringMatching(/^Method: a straight-line run rate/),
      "For Paid Search the same days a year earlier brought more than this pace projects: the season (Black Friday, the holidays) lifted them last year, so the real figures will likely come in higher than the straight line.",
      "Data runs through October 31, 2026.",
    ]);
    expect(presentRunRateSplit(members, ctx).data.rows).toEqual([
      { member: "Paid Search", projected: 6_000, daily_pace: 200, year_earlier: 9_000 },
      { member: "Email", projected: 3_000, daily_pace: 100, year_earlier: 1_000 },
    ]);
  });

  it("is not a split when a result is unfiltered, alone, or over another period", () => {
    const whole = { ...member("email", 3_100, 1_000), filters: [] };
    expect(runRateMembers([ok(whole), ok(member("email", 3_100, 1_000))])).toEqual([]);
    expect(runRateMembers([ok(member("email", 3_100, 1_000))])).toEqual([]);
    const december = {
      ...member("email", 3_100, 1_000),
      period: { from: "2026-12-01", to: "2026-12-31", days: 31 },
    };
    expect(runRateMembers([ok(member("paid_search", 6_200, 9_000)), ok(december)])).toEqual([]);
  });
});
