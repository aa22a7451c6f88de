import { describe, expect, it } from "vitest";
import { extractTime } from "./time.ts";

const TODAY = "2026-11-01";
const range = (text: string) => {
  const t = extractTime(text, TODAY);
  return {
    period: t.period && [t.period.from, t.period.to],
    compare: t.compare?.period && [t.compare.period.from, t.compare.period.to],
  };
};

describe("windows beside a named day", () => {
  it("reads weeks after and before as calendar weeks beside the day's own week", () => {
    // Black Friday 2025 is Friday November 28: its week is Monday November 24 to Sunday November 30.
    expect(range("revenue the week after black friday").period).toEqual(["2025-12-01", "2025-12-07"]);
    expect(range("orders the 2 weeks leading up to black friday").period).toEqual([
      "2025-11-10",
      "2025-11-23",
    ]);
    expect(range("bf week revenue").period).toEqual(["2025-11-24", "2025-11-30"]);
  });

  it("counts days from the day itself", () => {
    // Labor Day 2026 is Monday September 7.
    expect(range("revenue 10 days after labor day").period).toEqual(["2026-09-08", "2026-09-17"]);
    expect(range("spend the 3 days before cyber monday 2025").period).toEqual(["2025-11-28", "2025-11-30"]);
  });

  it("sets a named day's week against the week after, in either order", () => {
    expect(range("the week after black friday vs bf week")).toEqual({
      period: ["2025-12-01", "2025-12-07"],
      compare: ["2025-11-24", "2025-11-30"],
    });
    expect(range("bf week vs the week after")).toEqual({
      period: ["2025-11-24", "2025-11-30"],
      compare: ["2025-12-01", "2025-12-07"],
    });
    expect(range("september vs the month after it").compare).toEqual(["2026-10-01", "2026-10-31"]);
  });
});
