import { describe, expect, it } from "vitest";
import { bucketEnd, dailyAverage, monthlyAverage, monthsIn, weeklyAverage } from "./daily-average.ts";

const additive = (m: string) => m !== "roas";

describe("dailyAverage", () => {
  it("divides each additive total by the period's calendar days", () => {
    const out = dailyAverage({
      metrics: ["spend", "orders", "roas"],
      totals: { spend: 3100, orders: 62, roas: 2.5 },
      additive,
      range: { from: "2026-10-01", to: "2026-10-31" },
      dataThrough: "2026-11-05",
    });
    expect(out).toEqual({
      days: 31,
      from: "2026-10-01",
      to: "2026-10-31",
      totals: { spend: 100, orders: 2, roas: null },
    });
  });

  it("cuts the period at the last day with data and averages each row", () => {
    const out = dailyAverage({
      metrics: ["spend"],
      totals: { spend: 90 },
      rows: [
        { channel: "display", spend: 60 },
        { channel: "email", spend: null },
      ],
      additive,
      range: { from: "2026-11-01", to: "2026-11-30" },
      dataThrough: "2026-11-09",
    });
    expect(out).toEqual({
      days: 9,
      from: "2026-11-01",
      to: "2026-11-09",
      totals: { spend: 10 },
      rows: [{ spend: 60 / 9 }, { spend: null }],
    });
  });

  it("has no average for a period before any data", () => {
    expect(
      dailyAverage({
        metrics: ["spend"],
        totals: { spend: null },
        additive,
        range: { from: "2026-12-01", to: "2026-12-31" },
        dataThrough: "2026-11-09",
      }),
    ).toBeUndefined();
  });
  it("gives each month of a monthly series its own average over its days inside the period", () => {
    // Feb 2026 has 28 days; the period starts Jan 15 (17 days of January) and the data ends Mar 10.
    const out = dailyAverage({
      metrics: ["spend", "roas"],
      totals: { spend: 1700 + 2800 + 500, roas: 2 },
      rows: [
        { date: "2026-01-01", spend: 1700, roas: 2 },
        { date: "2026-02-01", spend: 2800, roas: 2 },
        { date: "2026-03-01", spend: 500, roas: 2 },
      ],
      additive,
      range: { from: "2026-01-15", to: "2026-03-31" },
      dataThrough: "2026-03-10",
      dateBuckets: { column: "date", grain: "month" },
    });
    expect(out?.bucketDays).toEqual([17, 28, 10]);
    expect(out?.rows).toEqual([
      { spend: 100, roas: null },
      { spend: 100, roas: null },
      { spend: 50, roas: null },
    ]);
    expect(out?.days).toBe(55);
  });

  it("ends weeks on Sunday, quarters and years on their last day", () => {
    expect(bucketEnd("2026-10-26", "week")).toBe("2026-11-01");
    expect(bucketEnd("2026-07-01", "quarter")).toBe("2026-09-30");
    expect(bucketEnd("2025-01-01", "year")).toBe("2025-12-31");
  });
});

describe("monthlyAverage (fix15b)", () => {
  it("counts whole months and the share of a partial one", () => {
    expect(monthsIn("2026-07-01", "2026-09-30")).toBe(3);
    expect(monthsIn("2026-10-18", "2026-10-31")).toBeCloseTo(14 / 31, 12);
    expect(monthsIn("2026-09-16", "2026-10-31")).toBeCloseTo(1.5, 12);
  });

  it("divides each additive total and row by the months, cut at the data's end", () => {
    const out = monthlyAverage({
      metrics: ["spend", "roas"],
      totals: { spend: 900, roas: 2 },
      rows: [{ spend: 600, roas: 1 }],
      additive: (m) => m !== "roas",
      range: { from: "2026-07-01", to: "2026-10-15" },
      dataThrough: "2026-09-30",
    });
    expect(out).toEqual({
      months: 3,
      from: "2026-07-01",
      to: "2026-09-30",
      totals: { spend: 300, roas: null },
      rows: [{ spend: 200, roas: null }],
    });
  });
});

describe("weeklyAverage (fix16c)", () => {
  const base = {
    metrics: ["orders", "conversion_rate"],
    additive: (m: string) => m === "orders",
    dataThrough: "2026-10-31",
  };

  it("divides a sum by the period's days over 7 and leaves rates null", () => {
    const avg = weeklyAverage({
      ...base,
      totals: { orders: 1213, conversion_rate: 0.01 },
      range: { from: "2026-07-01", to: "2026-09-30" },
    });
    expect(avg?.days).toBe(92);
    expect(avg?.weeks).toBeCloseTo(92 / 7, 12);
    expect(avg?.totals.orders).toBeCloseTo((1213 * 7) / 92, 12);
    expect(avg?.totals.conversion_rate).toBeNull();
  });

  it("cuts the period at the last day with data and averages each row", () => {
    const avg = weeklyAverage({
      ...base,
      totals: { orders: 140, conversion_rate: null },
      rows: [
        { orders: 70, conversion_rate: 0.02 },
        { orders: 70, conversion_rate: 0.01 },
      ],
      range: { from: "2026-10-18", to: "2026-11-30" },
    });
    expect(avg).toMatchObject({ days: 14, weeks: 2, from: "2026-10-18", to: "2026-10-31" });
    expect(avg?.totals.orders).toBe(70);
    expect(avg?.rows).toEqual([
      { orders: 35, conversion_rate: null },
      { orders: 35, conversion_rate: null },
    ]);
  });

  it("is undefined when the period has no day with data", () => {
    expect(
      weeklyAverage({ ...base, totals: { orders: 0 }, range: { from: "2026-11-01", to: "2026-11-30" } }),
    ).toBeUndefined();
  });
});
