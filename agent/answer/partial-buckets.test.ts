import { describe, expect, it } from "vitest";
import { bucketEnd, partialBuckets } from "./partial-buckets.ts";

describe("partial buckets", () => {
  it("ends weeks, months, quarters and years on their last day, leap years included", () => {
    expect(bucketEnd("2026-09-28", "week")).toBe("2026-10-04");
    expect(bucketEnd("2028-02-01", "month")).toBe("2028-02-29");
    expect(bucketEnd("2026-10-01", "quarter")).toBe("2026-12-31");
    expect(bucketEnd("2026-01-01", "year")).toBe("2026-12-31");
    expect(bucketEnd("2026-10-07", "day")).toBe("2026-10-07");
  });

  it("finds the buckets reaching outside the period or the data, with the days they cover", () => {
    const october = { from: "2026-10-01", to: "2026-10-31" };
    const weeks = ["2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26"];
    expect(partialBuckets(weeks, "week", october)).toEqual([
      { date: "2026-09-28", covered: { from: "2026-10-01", to: "2026-10-04" } },
      { date: "2026-10-26", covered: { from: "2026-10-26", to: "2026-10-31" } },
    ]);
    // Data ending on Wednesday October 21 cuts that week short too.
    expect(partialBuckets(weeks.slice(1, 4), "week", october, undefined, "2026-10-21")).toEqual([
      { date: "2026-10-19", covered: { from: "2026-10-19", to: "2026-10-21" } },
    ]);
    const year = { from: "2026-01-01", to: "2026-12-31" };
    expect(partialBuckets(["2026-01-01", "2026-10-01"], "quarter", year, "2026-01-05")).toEqual([
      { date: "2026-01-01", covered: { from: "2026-01-05", to: "2026-03-31" } },
    ]);
    expect(partialBuckets(["2026-10-01"], "day", october)).toEqual([]);
  });
});
