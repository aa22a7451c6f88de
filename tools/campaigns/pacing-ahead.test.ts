import { describe, expect, it } from "vitest";
import { latestCompleteMonth } from "./pacing-ahead.ts";

describe("latestCompleteMonth", () => {
  it("is the data's last month when the data ends on its last day, else the month before", () => {
    expect(latestCompleteMonth("2026-10-31")).toEqual({ from: "2026-10-01", to: "2026-10-31" });
    expect(latestCompleteMonth("2026-10-20")).toEqual({ from: "2026-09-01", to: "2026-09-30" });
    expect(latestCompleteMonth("2026-03-01")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
  });
});
