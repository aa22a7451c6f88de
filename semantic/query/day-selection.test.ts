import { describe, expect, it } from "vitest";
import { dailyAverage } from "../execute/daily-average.ts";
import { countedDays, keepsDay } from "./day-selection.ts";

describe("keepsDay", () => {
  const window = { exclude: [{ from: "2025-11-20", to: "2025-12-02" }] };
  it("leaves out every day of a stretch, its ends included", () => {
    expect([
      keepsDay("2025-11-19", window),
      keepsDay("2025-11-20", window),
      keepsDay("2025-12-02", window),
    ]).toEqual([true, false, false]);
    expect(keepsDay("2025-12-03", window)).toBe(true);
  });
  it("keeps the first or the last N days of each month, by the month's own length", () => {
    const first = { monthDays: { edge: "first" as const, count: 7 } };
    const last = { monthDays: { edge: "last" as const, count: 7 } };
    expect([keepsDay("2026-03-07", first), keepsDay("2026-03-08", first)]).toEqual([true, false]);
    expect([
      keepsDay("2026-02-21", last),
      keepsDay("2026-02-22", last),
      keepsDay("2026-03-24", last),
    ]).toEqual([false, true, false]);
    expect(keepsDay("2026-03-25", last)).toBe(true);
  });
});

describe("keepsDay by week part (fix13f)", () => {
  it("keeps Saturday and Sunday for the weekend, Monday to Friday for the weekdays", () => {
    // 2026-10-30 is a Friday, 10-31 a Saturday, 11-01 a Sunday, 11-02 a Monday.
    const days = ["2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02"];
    expect(days.map((d) => keepsDay(d, { weekPart: "weekend" }))).toEqual([false, true, true, false]);
    expect(days.map((d) => keepsDay(d, { weekPart: "weekday" }))).toEqual([true, false, false, true]);
  });
  it("counts October 2026's 9 weekend days and 22 weekdays", () => {
    const oct = { from: "2026-10-01", to: "2026-10-31" };
    expect([countedDays(oct, { weekPart: "weekend" }), countedDays(oct, { weekPart: "weekday" })]).toEqual([
      9, 22,
    ]);
  });
});

describe("countedDays", () => {
  it("counts the days a selection keeps", () => {
    expect(
      countedDays({ from: "2026-01-01", to: "2026-02-28" }, { monthDays: { edge: "first", count: 7 } }),
    ).toBe(14);
    expect(
      countedDays(
        { from: "2025-11-01", to: "2025-12-31" },
        { exclude: [{ from: "2025-11-20", to: "2025-12-02" }] },
      ),
    ).toBe(48);
    expect(countedDays({ from: "2026-10-01", to: "2026-10-31" }, undefined)).toBe(31);
  });
});

describe("dailyAverage with a day selection", () => {
  it("divides each month by the days it kept, not its calendar days", () => {
    const out = dailyAverage({
      metrics: ["revenue"],
      totals: { revenue: 1400 },
      rows: [
        { date: "2025-11-01", revenue: 760 },
        { date: "2025-12-01", revenue: 640 },
      ],
      additive: () => true,
      range: { from: "2025-11-01", to: "2025-12-31" },
      dataThrough: "2026-10-31",
      dateBuckets: { column: "date", grain: "month" },
      days: { exclude: [{ from: "2025-11-20", to: "2025-12-02" }] },
    });
    // November keeps 19 days (1-19), December 29 (3-31): 48 in all.
    expect(out?.days).toBe(48);
    expect(out?.bucketDays).toEqual([19, 29]);
    expect(out?.rows).toEqual([{ revenue: 40 }, { revenue: 640 / 29 }]);
    expect(out?.totals.revenue).toBe(1400 / 48);
  });
});
