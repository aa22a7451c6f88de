import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { collectGroundNumbers } from "../verify/ground-numbers.ts";
import { verifyAnswer } from "../verify/verify-answer.ts";
import { presentMetricResult } from "./query-metrics.ts";

const money = { unit: "currency", format: "currency" } as const;
// Three months of paid CPA with the blended cost per order beside it (agent/planner/honest-cpa.ts).
const result: MetricResult = {
  columns: [
    { key: "date", label: "Date", kind: "dimension" },
    { key: "paid_cpa", label: "Paid CPA", kind: "metric", ...money },
    { key: "cpa", label: "Cost per acquisition", kind: "metric", ...money },
  ],
  rows: [
    { date: "2024-01-01", paid_cpa: 100, cpa: 30 },
    { date: "2024-02-01", paid_cpa: 120, cpa: 33 },
    { date: "2024-03-01", paid_cpa: 90, cpa: 27 },
  ],
  totals: { paid_cpa: 103, cpa: 30 },
  provenance: {
    definitions: [],
    timeRange: { from: "2024-01-01", to: "2024-03-31", timeZone: "America/New_York" },
    filters: [],
    rowCount: 3,
    dataFreshness: { adSpendThrough: "2024-03-31" },
    attribution: { model: "last_touch", source: "table", lookbackDays: 30 },
    sql: { rows: "select ...", params: [] },
  },
} as unknown as MetricResult;

describe("paid CPA and blended cost per order by period (leftC)", () => {
  it("gives a trend sentence for each, paid first, the blended one named as blended", () => {
    const p = presentMetricResult(
      result,
      { grain: "month" },
      { currency: "USD", timeZone: "America/New_York" },
    );
    const lines = p.text.split("\n");
    expect(lines[0]).toMatch(/^Paid CPA by month/);
    expect(lines[1]).toMatch(/^Blended cost per order by month/);
    expect(p.text).toContain("Paid CPA is ad spend over the orders the last touch attribution model credits");
    expect(p.data.columns.find((c) => c.key === "cpa")?.label).toBe("Blended cost per order");
    expect(verifyAnswer(p.text, collectGroundNumbers([result])).ungrounded).toEqual([]);
  });
});
