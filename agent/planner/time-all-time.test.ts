import { describe, expect, it } from "vitest";
import { extractTime } from "./time.ts";
import { allTimeMention } from "./time-all-time.ts";

describe("all time (fix7s)", () => {
  it("reads the whole data range from its first to its last day", () => {
    for (const q of [
      "revenue all time",
      "spend since we started",
      "lifetime orders",
      "best day ever",
      "orders to date",
    ])
      expect(extractTime(q, "2026-11-01", "past", "2026-10-31", "2025-11-01").period).toMatchObject({
        from: "2025-11-01",
        to: "2026-10-31",
      });
  });

  it("ends at the last complete month without a data end, and needs the first day", () => {
    expect(allTimeMention("revenue all time", "2026-11-15", undefined, "2025-11-01")?.period).toMatchObject({
      from: "2025-11-01",
      to: "2026-10-31",
    });
    expect(allTimeMention("revenue all time", "2026-11-15", "2026-10-31", undefined)).toBeUndefined();
  });

  it("leaves a named period alone and reads no period into other words", () => {
    expect(
      extractTime("october to date", "2026-11-01", "past", "2026-10-31", "2025-11-01").period?.from,
    ).toBe("2026-10-01");
    expect(
      extractTime("revenue year to date", "2026-11-01", "past", "2026-10-31", "2025-11-01").period?.from,
    ).toBe("2026-01-01");
    expect(
      allTimeMention("is the data up to date", "2026-11-01", "2026-10-31", "2025-11-01"),
    ).toBeUndefined();
    expect(
      allTimeMention("ltv by lifetime value cohort", "2026-11-01", "2026-10-31", "2025-11-01"),
    ).toBeUndefined();
    expect(allTimeMention("revenue every week", "2026-11-01", "2026-10-31", "2025-11-01")).toBeUndefined();
  });
});
