import { describe, expect, it } from "vitest";
import { comparisonRange, presetRange, resolveTimeRange } from "./time-range.ts";

describe("presetRange", () => {
  // 2024-03-13 is a Wednesday.
  it.each([
    ["today", "2024-03-13", "2024-03-13"],
    ["yesterday", "2024-03-12", "2024-03-12"],
    ["last_7_days", "2024-03-06", "2024-03-12"],
    ["last_30_days", "2024-02-12", "2024-03-12"],
    ["last_90_days", "2023-12-14", "2024-03-12"],
    ["this_week", "2024-03-11", "2024-03-13"],
    ["last_week", "2024-03-04", "2024-03-10"],
    ["this_month", "2024-03-01", "2024-03-13"],
    ["month_to_date", "2024-03-01", "2024-03-13"],
    ["last_month", "2024-02-01", "2024-02-29"],
    ["this_quarter", "2024-01-01", "2024-03-13"],
    ["last_quarter", "2023-10-01", "2023-12-31"],
    ["this_year", "2024-01-01", "2024-03-13"],
    ["year_to_date", "2024-01-01", "2024-03-13"],
    ["last_year", "2023-01-01", "2023-12-31"],
  ] as const)("%s", (preset, from, to) => {
    expect(presetRange(preset, "2024-03-13")).toEqual({ from, to });
  });

  it("starts weeks on Monday, also when today is Sunday or Monday", () => {
    expect(presetRange("this_week", "2024-03-17")).toEqual({ from: "2024-03-11", to: "2024-03-17" });
    expect(presetRange("this_week", "2024-03-11")).toEqual({ from: "2024-03-11", to: "2024-03-11" });
    expect(presetRange("last_week", "2024-03-11")).toEqual({ from: "2024-03-04", to: "2024-03-10" });
  });
});

describe("resolveTimeRange", () => {
  it("uses the New York date: 03:00 UTC on Mar 10 is still Mar 9 there", () => {
    const now = new Date("2024-03-10T03:00:00Z");
    expect(resolveTimeRange({ preset: "today" }, now, "America/New_York")).toMatchObject({
      from: "2024-03-09",
    });
    expect(resolveTimeRange({ preset: "today" }, now, "UTC")).toMatchObject({ from: "2024-03-10" });
    expect(resolveTimeRange({ preset: "yesterday" }, now, "America/New_York")).toEqual({
      from: "2024-03-08",
      to: "2024-03-08",
      timeZone: "America/New_York",
      preset: "yesterday",
    });
  });

  it("uses the Berlin date: 23:30 UTC on Dec 31 is already the new year there", () => {
    const now = new Date("2023-12-31T23:30:00Z");
    expect(resolveTimeRange({ preset: "year_to_date" }, now, "Europe/Berlin")).toMatchObject({
      from: "2024-01-01",
      to: "2024-01-01",
    });
    expect(resolveTimeRange({ preset: "year_to_date" }, now, "America/New_York")).toMatchObject({
      from: "2023-01-01",
    });
  });

  it("passes absolute dates through", () => {
    expect(resolveTimeRange({ from: "2024-01-01", to: "2024-01-31" }, new Date(0), "UTC")).toEqual({
      from: "2024-01-01",
      to: "2024-01-31",
      timeZone: "UTC",
    });
  });
});

describe("comparisonRange", () => {
  it.each([
    [{ from: "2024-03-01", to: "2024-03-31" }, "previous_period", { from: "2024-02-01", to: "2024-02-29" }],
    [{ from: "2024-03-01", to: "2024-03-13" }, "previous_period", { from: "2024-02-01", to: "2024-02-13" }],
    [{ from: "2024-01-01", to: "2024-03-31" }, "previous_period", { from: "2023-10-01", to: "2023-12-31" }],
    [{ from: "2024-03-06", to: "2024-03-12" }, "previous_period", { from: "2024-02-28", to: "2024-03-05" }],
    [{ from: "2024-02-29", to: "2024-03-01" }, "previous_year", { from: "2023-02-28", to: "2023-03-01" }],
    [
      { from: "2024-03-01", to: "2024-03-31" },
      { from: "2023-01-01", to: "2023-01-02" },
      { from: "2023-01-01", to: "2023-01-02" },
    ],
  ] as const)("%j vs %j", (range, compareTo, expected) => {
    expect(comparisonRange(range, compareTo)).toEqual(expected);
  });
});
