import { describe, expect, it } from "vitest";
import type { TotalComparison } from "../../tools/compare-periods/execute.ts";
import { comparisonTotalsChart } from "./comparison-chart.ts";

const total = (
  metric: string,
  unit: string,
  current: number | null,
  previous: number | null,
): TotalComparison => ({
  metric,
  label: metric === "revenue" ? "Revenue" : metric.toUpperCase(),
  unit,
  additive: unit === "currency",
  current,
  previous,
  change: null,
  percentChange: null,
  assessment: "flat" as TotalComparison["assessment"],
});
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };

describe("comparisonTotalsChart (fix8a)", () => {
  it("draws the earlier period's bar, then the later one's, for each metric of the first unit", () => {
    const chart = comparisonTotalsChart(
      [total("revenue", "currency", 31101.07, 36678.19), total("roas", "ratio", 1.2, 1.1)],
      OCT,
      SEP,
    );
    expect((chart!.data as { values: unknown[] }).values).toEqual([
      { metric: "Revenue", period: "September 1–30, 2026", value: 36678.19 },
      { metric: "Revenue", period: "October 1–31, 2026", value: 31101.07 },
    ]);
    expect(chart?.mark).toEqual({ type: "bar", tooltip: true });
  });

  it("draws nothing when no metric has both values", () => {
    expect(comparisonTotalsChart([total("revenue", "currency", 5, null)], OCT, SEP)).toBeUndefined();
  });
});
