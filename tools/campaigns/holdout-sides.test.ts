import { describe, expect, it } from "vitest";
import { sideWindows } from "./holdout-sides.ts";

describe("sideWindows", () => {
  const HOLDOUT = { from: "2026-09-28", to: "2026-10-04" };

  it("takes equal spans before the first day and after the last", () => {
    expect(sideWindows(HOLDOUT, 14, "2025-11-01", "2026-10-31")).toEqual({
      days: 14,
      before: { from: "2026-09-14", to: "2026-09-27" },
      after: { from: "2026-10-05", to: "2026-10-18" },
    });
  });

  it("cuts both sides to the days the data has after the holdout", () => {
    expect(sideWindows(HOLDOUT, 30, "2025-11-01", "2026-10-31")).toEqual({
      days: 27,
      before: { from: "2026-09-01", to: "2026-09-27" },
      after: { from: "2026-10-05", to: "2026-10-31" },
    });
  });

  it("has no sides when the data ends with the holdout", () => {
    expect(sideWindows(HOLDOUT, 14, "2025-11-01", "2026-10-04")).toBeUndefined();
  });
});
