import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { ComparePeriodsData } from "../../tools/compare-periods/execute.ts";
import { presentComparison } from "./analysis.ts";

const provenance: MetricResult["provenance"] = {
  definitions: [],
  timeRange: { from: "2024-11-01", to: "2024-11-30", timeZone: "America/New_York" },
  filters: [],
  rowCount: 1,
  dataFreshness: { adSpendThrough: "2026-10-31", adSpendFrom: "2025-11-01" },
  sql: { rows: "select ...", totals: "select ...", params: [] },
};

// Hand-made: "compare revenue november 2024 to november 2025" typed in that order, so the period
// asked about (November 2024) is the one before the data starts; November 2025 holds $1,200.
const data: ComparePeriodsData = {
  period: { from: "2024-11-01", to: "2024-11-30", timeZone: "America/New_York" },
  comparisonPeriod: { from: "2025-11-01", to: "2025-11-30" },
  totals: [
    {
      metric: "revenue",
      label: "Revenue",
      unit: "currency",
      additive: true,
      current: 0,
      previous: 1200,
      change: -1200,
      percentChange: -1,
      assessment: null,
    },
  ],
  rows: [],
  provenance,
};

describe("a comparison whose own period is before the data starts", () => {
  it("says there is no data for it beside the other period's figure, not 'down 100%'", () => {
    const text = presentComparison(data, { currency: "USD", timeZone: "America/New_York" }).text;
    expect(text).toBe(
      [
        "November 1–30, 2024 compared with November 1–30, 2025:",
        "Revenue: no data in November 1–30, 2024; $1,200.00 in November 1–30, 2025.",
        "There is no data for November 1–30, 2024: data starts November 1, 2025.",
      ].join("\n"),
    );
  });
});
