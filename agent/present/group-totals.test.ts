import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { labelledResults, presentGroupTotals } from "./group-totals.ts";

/** A totals-only query_metrics result, as the executor returns it for one group's filter. */
function totals(revenue: number, orders: number): MetricResult {
  return {
    columns: [
      { key: "revenue", label: "Revenue", kind: "metric", unit: "currency", additive: true },
      { key: "orders", label: "Orders", kind: "metric", unit: "count", additive: true },
    ],
    rows: [{ revenue, orders }],
    totals: { revenue, orders },
    provenance: {
      definitions: [],
      timeRange: { from: "2026-09-01", to: "2026-09-30", timeZone: "America/New_York" },
      filters: [],
      rowCount: 1,
      dataFreshness: { adSpendThrough: "2026-10-31" },
      sql: { rows: "", params: [] },
    },
  } as MetricResult;
}

const call = (label: string | undefined, data: MetricResult) => ({
  name: "query_metrics",
  args: label ? { label } : {},
  result: { ok: true, data },
});

describe("group totals", () => {
  it("takes the labelled query results only when two or more groups were asked", () => {
    expect(labelledResults([call("East Coast", totals(1, 1))])).toEqual([]);
    expect(
      labelledResults([
        call("East Coast", totals(1, 1)),
        call(undefined, totals(2, 2)),
        call("West", totals(3, 3)),
      ]).map((g) => g.label),
    ).toEqual(["East Coast", "West"]);
  });

  it("gives each group's own totals in one table, in the order asked", () => {
    const p = presentGroupTotals(
      [
        { label: "East Coast", result: totals(5120.4, 48) },
        { label: "West Coast", result: totals(7860.15, 71) },
      ],
      { currency: "USD", timeZone: "America/New_York" },
    );
    expect(p.text).toBe(
      "For September 1–30, 2026:\n- East Coast: Revenue $5,120.40; Orders 48\n- West Coast: Revenue $7,860.15; Orders 71\nRevenue is higher for West Coast: $7,860.15 against $5,120.40 for East Coast.",
    );
    expect(p.data.rows).toEqual([
      { group: "East Coast", revenue: 5120.4, orders: 48 },
      { group: "West Coast", revenue: 7860.15, orders: 71 },
    ]);
    expect(p.chart).toBeDefined();
  });

  it("fix16c: says two sides are level when their figures show the same", () => {
    const p = presentGroupTotals(
      [
        { label: "Weekends (Sat–Sun)", result: totals(100.001, 3) },
        { label: "Weekdays (Mon–Fri)", result: totals(100.002, 5) },
      ],
      { currency: "USD", timeZone: "America/New_York" },
    );
    expect(p.text.split("\n").at(-1)).toBe(
      "Revenue is level: $100.00 for both Weekends (Sat–Sun) and Weekdays (Mon–Fri).",
    );
  });

  it("fix16c: names no winner for three groups", () => {
    const p = presentGroupTotals(
      [
        { label: "A", result: totals(1, 1) },
        { label: "B", result: totals(2, 2) },
        { label: "C", result: totals(3, 3) },
      ],
      { currency: "USD", timeZone: "America/New_York" },
    );
    expect(p.text).not.toContain("higher");
  });

  it("lead22: stretches over their own dates say each one's dates", () => {
    const over = (from: string, to: string, revenue: number) => {
      const r = totals(revenue, 1);
      return { ...r, provenance: { ...r.provenance, timeRange: { ...r.provenance.timeRange, from, to } } };
    };
    const p = presentGroupTotals(
      [
        { label: "Black Friday", result: over("2025-11-28", "2025-11-28", 2200.41) },
        { label: "Christmas", result: over("2025-12-25", "2025-12-25", 362.18) },
        { label: "Q1", result: over("2026-01-01", "2026-03-31", 50000) },
      ],
      { currency: "USD", timeZone: "America/New_York" },
    );
    expect((p.provenance as { groupRanges?: { from: string }[] }).groupRanges?.map((r) => r.from)).toEqual([
      "2025-11-28",
      "2025-12-25",
      "2026-01-01",
    ]);
    expect(p.text.split("\n").slice(0, 4)).toEqual([
      "Each over its own dates:",
      "- Black Friday (November 28, 2025): Revenue $2,200.41; Orders 1",
      "- Christmas (December 25, 2025): Revenue $362.18; Orders 1",
      "- Q1 (January 1 – March 31, 2026): Revenue $50,000; Orders 1",
    ]);
  });
});
