import { describe, expect, it } from "vitest";
import { applicableTarget, checkTarget, type MetricTarget, periodMismatch } from "./compare.ts";

const cpa: MetricTarget = {
  id: 1,
  metric: "cpa",
  filterDimension: null,
  filterValue: null,
  target: 50,
  direction: "at_most",
  period: "none",
};
const socialRoas: MetricTarget = {
  id: 2,
  metric: "roas",
  filterDimension: "channel",
  filterValue: "paid_social",
  target: 2,
  direction: "at_least",
  period: "none",
};
const monthlySpend: MetricTarget = {
  id: 3,
  metric: "spend",
  filterDimension: null,
  filterValue: null,
  target: 40000,
  direction: "at_most",
  period: "month",
};

describe("checkTarget", () => {
  it("meets a ceiling when the actual is at or below it, with the gap", () => {
    expect(checkTarget(cpa, 47.1, "2026-10-01", "2026-10-31")).toMatchObject({ met: true, gap: 2.9 });
    expect(checkTarget(cpa, 50, "2026-10-01", "2026-10-31")).toMatchObject({ met: true, gap: 0 });
  });
  it("misses a ceiling when the actual is above it", () => {
    expect(checkTarget(cpa, 61.25, "2026-10-01", "2026-10-07")).toMatchObject({ met: false, gap: 11.25 });
  });
  it("meets a floor at or above it and misses below", () => {
    expect(checkTarget(socialRoas, 1.44, "2026-10-01", "2026-10-31")).toMatchObject({
      met: false,
      gap: 0.56,
    });
    expect(checkTarget(socialRoas, 2.5, "2026-10-01", "2026-10-31")).toMatchObject({ met: true, gap: 0.5 });
  });
  it("does not judge a monthly target over a period that is not a calendar month", () => {
    expect(checkTarget(monthlySpend, 9000, "2026-10-01", "2026-10-14")).toMatchObject({
      met: null,
      gap: null,
      notComparable: "the target is per month, and this period is not one month",
    });
    expect(checkTarget(monthlySpend, 41000, "2026-10-01", "2026-10-31")).toMatchObject({
      met: false,
      gap: 1000,
    });
  });
  it("does not judge a period without a value", () => {
    expect(checkTarget(cpa, null, "2026-10-01", "2026-10-31").met).toBeNull();
  });
});

describe("periodMismatch", () => {
  it("accepts exact days, weeks, months and quarters", () => {
    expect(periodMismatch("day", "2026-10-05", "2026-10-05")).toBeUndefined();
    expect(periodMismatch("week", "2026-10-05", "2026-10-11")).toBeUndefined();
    expect(periodMismatch("month", "2026-02-01", "2026-02-28")).toBeUndefined();
    expect(periodMismatch("quarter", "2026-07-01", "2026-09-30")).toBeUndefined();
    expect(periodMismatch("quarter", "2026-08-01", "2026-10-31")).toBe(
      "the target is per quarter, and this period is not one quarter",
    );
  });
});

describe("applicableTarget", () => {
  const all = [cpa, socialRoas, monthlySpend];
  it("uses the overall target only when the query has no filter", () => {
    expect(applicableTarget(all, "cpa", [])?.id).toBe(1);
    expect(applicableTarget(all, "cpa", [{ field: "channel", values: ["paid_search"] }])).toBeUndefined();
  });
  it("uses a filtered target when the query filters on exactly that value", () => {
    expect(applicableTarget(all, "roas", [{ field: "channel", values: ["paid_social"] }])?.id).toBe(2);
    expect(applicableTarget(all, "roas", [{ field: "channel", values: ["paid_social", "display"] }])).toBe(
      undefined,
    );
    expect(applicableTarget(all, "roas", [])).toBeUndefined();
  });
});
