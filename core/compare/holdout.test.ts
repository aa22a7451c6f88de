import { describe, expect, it } from "vitest";
import { comparableWindows, compareHoldout } from "./holdout.ts";

describe("compareHoldout", () => {
  it("calls a week below every comparable week below_all, with the spread of those weeks", () => {
    expect(compareHoldout(90, [{ value: 100 }, { value: 110 }, { value: 120 }])).toEqual({
      holdout: 90,
      average: 110,
      change: -20,
      changeRatio: -20 / 110,
      lowestRatio: -10 / 110,
      highestRatio: 10 / 110,
      verdict: "below_all",
    });
  });

  it("calls a week inside the comparable range within, and one above them above_all", () => {
    expect(compareHoldout(105, [{ value: 100 }, { value: 110 }])?.verdict).toBe("within");
    expect(compareHoldout(100, [{ value: 100 }, { value: 110 }])?.verdict).toBe("within");
    expect(compareHoldout(111, [{ value: 100 }, { value: 110 }])).toMatchObject({
      average: 105,
      change: 6,
      verdict: "above_all",
    });
  });

  it("has no ratios over a zero average and no comparison without comparable weeks", () => {
    expect(compareHoldout(0, [{ value: 0 }])).toEqual({
      holdout: 0,
      average: 0,
      change: 0,
      changeRatio: null,
      lowestRatio: null,
      highestRatio: null,
      verdict: "within",
    });
    expect(compareHoldout(5, [])).toBeUndefined();
  });
});

describe("comparableWindows", () => {
  it("steps back week by week, oldest first, skipping blocked weeks", () => {
    const blocked = (w: { from: string }) => w.from === "2026-06-08";
    expect(comparableWindows("2026-06-22", "2026-06-28", -1, 2, "2026-01-01", "2026-10-31", blocked)).toEqual(
      [
        { from: "2026-06-01", to: "2026-06-07" },
        { from: "2026-06-15", to: "2026-06-21" },
      ],
    );
  });

  it("steps forward and stops at the data's last day", () => {
    expect(
      comparableWindows("2026-10-05", "2026-10-11", 1, 3, "2026-01-01", "2026-10-25", () => false),
    ).toEqual([
      { from: "2026-10-12", to: "2026-10-18" },
      { from: "2026-10-19", to: "2026-10-25" },
    ]);
  });

  it("gives up two steps beyond the count", () => {
    const blocked = (w: { from: string }) => w.from < "2026-07-20";
    expect(comparableWindows("2026-06-22", "2026-06-28", 1, 1, "2026-01-01", "2026-10-31", blocked)).toEqual(
      [],
    );
    expect(comparableWindows("2026-06-22", "2026-06-28", 1, 2, "2026-01-01", "2026-10-31", blocked)).toEqual([
      { from: "2026-07-20", to: "2026-07-26" },
    ]);
  });

  it("finds nothing when every step is blocked", () => {
    expect(
      comparableWindows("2026-06-22", "2026-06-28", 1, 1, "2026-01-01", "2026-10-31", () => true),
    ).toEqual([]);
  });
});
