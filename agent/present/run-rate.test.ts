import { describe, expect, it } from "vitest";
import type { ProjectRunRateData } from "../../tools/project-run-rate/execute.ts";
import { presentRunRate } from "./run-rate.ts";

const data: ProjectRunRateData = {
  metric: "revenue",
  period: { from: "2026-10-01", to: "2026-12-31", days: 92 },
  actual: { from: "2026-10-01", to: "2026-10-31", days: 31, total: 31_000 },
  pace: { from: "2026-10-01", to: "2026-10-31", days: 31, total: 31_000 },
  remaining: { from: "2026-11-01", to: "2026-12-31", days: 61 },
  projection: { dailyPace: 1000, remainingProjected: 61_000, projectedTotal: 92_000, actualShare: 0.337 },
  yearEarlier: { from: "2025-11-01", to: "2025-12-31", days: 61, total: 72_000 },
  dataEnd: "2026-10-31",
  filters: [],
  provenance: { method: "m", assumptions: [] },
};

describe("presentRunRate", () => {
  it("leads with the projection, says how it was built and sets last year's same days beside it", () => {
    const text = presentRunRate(data, { currency: "USD", timeZone: "America/New_York" }).text;
    expect(text.split("\n")[0]).toBe(
      "Projected revenue for October 1 – December 31, 2026 at the pace of October 1–31, 2026: $92,000.",
    );
    expect(text).toContain("at $1,000.00 a day");
    expect(text).toContain("ignores seasonality");
    expect(text).toContain("brought $72,000 of revenue, against $61,000 projected");
    expect(text).toContain("likely come in higher");
  });

  it("names the channel a projection is of (fix16d: one of several when a breakdown was asked)", () => {
    const one = { ...data, filters: [{ field: "channel", op: "in" as const, values: ["paid_search"] }] };
    const text = presentRunRate(one, { currency: "USD", timeZone: "America/New_York" }).text;
    expect(text.split("\n")[0]).toBe(
      "paid search: projected revenue for October 1 – December 31, 2026 at the pace of October 1–31, 2026: $92,000.",
    );
  });

  it("answers a goal yes / no first, with the gap, the pace needed and the season (fix19d)", () => {
    const goal = {
      goal: 100_000,
      reached: false,
      gap: 8000,
      neededDailyPace: 1131.15,
      seasonalTotal: 103_000,
      seasonalReached: true,
    };
    const text = presentRunRate({ ...data, goal }, { currency: "USD", timeZone: "America/New_York" }).text;
    expect(text.split("\n")[0]).toBe(
      "No, at this pace: revenue for October 1 – December 31, 2026 projects to $92,000 against the $100,000 goal, $8,000.00 short. Reaching it would take $1,131.15 a day over the 61 days left, against $1,000.00 a day now. With the same days a year earlier in place of the straight line, it would come to $103,000: at or over the goal.",
    );
  });
});
