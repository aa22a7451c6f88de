import { describe, expect, it } from "vitest";
import { dateFromDayNumber, dayNumber } from "../stats/dates.ts";
import { dayDrivers, windowEffect } from "./drivers.ts";

const START = dayNumber("2026-05-01");
/** `values[i]` on the i-th day from May 1, 2026. */
function series(values: readonly number[]) {
  return values.map((value, i) => ({ date: dateFromDayNumber(START + i), value }));
}

describe("dayDrivers", () => {
  it("ranks members by their change from the median of the days before, and leaves out members that did not move", () => {
    // 28 days of history, then the day (index 28 = May 29).
    const a = series([...Array.from({ length: 28 }, (_, i) => (i % 2 ? 10 : 12)), 70]);
    const b = series([...Array.from({ length: 28 }, () => 20), 15]);
    const c = series([...Array.from({ length: 28 }, () => 5), 5]);
    const drivers = dayDrivers(
      [
        { member: "B", series: b },
        { member: "A", series: a },
        { member: "C", series: c },
      ],
      "2026-05-29",
    );
    expect(drivers).toEqual([
      { member: "A", value: 70, normal: 11, change: 59 },
      { member: "B", value: 15, normal: 20, change: -5 },
    ]);
  });

  it("reads only the baseline days before the day (not after it), and a member absent that day as zero", () => {
    const a = series([100, 1, 1, 1, 50, 1000]);
    // Baseline of 3 days before May 5: May 2-4 (1, 1, 1); May 6 is after the day.
    expect(dayDrivers([{ member: "A", series: a }], "2026-05-05", { baselineDays: 3 })).toEqual([
      { member: "A", value: 50, normal: 1, change: 49 },
    ]);
    expect(dayDrivers([{ member: "A", series: series([4, 4]) }], "2026-05-09")).toEqual([
      { member: "A", value: 0, normal: 4, change: -4 },
    ]);
  });

  it("keeps the top `limit` members", () => {
    const members = [1, 2, 3, 4].map((k) => ({ member: `m${k}`, series: series([0, k]) }));
    expect(dayDrivers(members, "2026-05-02", { limit: 2 }).map((d) => d.member)).toEqual(["m4", "m3"]);
  });
});

describe("windowEffect", () => {
  it("compares the window's daily mean with the 14 days before it", () => {
    // May 1-14 at 40 a day, then a 7-day holdout at 0, then 40 again.
    const s = series([...Array.from({ length: 14 }, () => 40), ...Array.from({ length: 7 }, () => 0), 40]);
    expect(windowEffect(s, "2026-05-15", "2026-05-21")).toEqual({
      from: "2026-05-15",
      to: "2026-05-21",
      days: 7,
      perDay: 0,
      beforeFrom: "2026-05-01",
      beforeTo: "2026-05-14",
      beforePerDay: 40,
      percentChange: -100,
    });
  });

  it("clips the window to the series, and has no effect without days before it", () => {
    const s = series([10, 10, 30, 30]);
    expect(windowEffect(s, "2026-05-03", "2026-05-31", 2)).toMatchObject({
      from: "2026-05-03",
      to: "2026-05-04",
      days: 2,
      perDay: 30,
      beforePerDay: 10,
      percentChange: 200,
    });
    expect(windowEffect(s, "2026-05-01", "2026-05-02")).toBeUndefined();
  });
});
