import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { collectGroundNumbers } from "../verify/ground-numbers.ts";
import { verifyAnswer } from "../verify/verify-answer.ts";
import { presentMetricResult } from "./query-metrics.ts";
import { weekdayAverageText } from "./weekday-average.ts";

// March 1-8, 2024: two Fridays, one of every other day (semantic/execute/cyclic-dimensions.test.ts).
const result: MetricResult = {
  columns: [
    { key: "day_of_week", label: "Day of week", kind: "dimension" },
    {
      key: "revenue",
      label: "Revenue",
      kind: "metric",
      unit: "currency",
      format: "currency",
      additive: true,
    },
  ],
  rows: [
    { day_of_week: "Sunday", revenue: 1000 },
    { day_of_week: "Friday", revenue: 320 },
    { day_of_week: "Saturday", revenue: 80 },
  ],
  totals: { revenue: 1400 },
  dailyAverage: {
    days: 8,
    from: "2024-03-01",
    to: "2024-03-08",
    totals: { revenue: 175 },
    rows: [{ revenue: 1000 }, { revenue: 160 }, { revenue: 80 }],
    weekdays: { Sunday: 1, Monday: 1, Tuesday: 1, Wednesday: 1, Thursday: 1, Friday: 2, Saturday: 1 },
  },
  provenance: {
    definitions: [],
    timeRange: { from: "2024-03-01", to: "2024-03-08", timeZone: "America/New_York" },
    filters: [],
    rowCount: 3,
    dataFreshness: { adSpendThrough: "2024-03-08" },
    sql: { rows: "select ...", params: [] },
  },
};

describe("weekdayAverageText", () => {
  it("ranks weekdays by the figure per day and says how many of each the period holds", () => {
    expect(weekdayAverageText(result, "USD")).toBe(
      "Revenue per day by day of week, March 1–8, 2024 (8 days: 2 Fridays, 1 of each other day): Sunday $1,000.00, Friday $160.00 and Saturday $80.00. Highest revenue per day: Sunday; lowest: Saturday.",
    );
  });

  it("leads the answer, with every figure grounded in the tool result", () => {
    const p = presentMetricResult(result, {}, { currency: "USD", timeZone: "America/New_York" });
    expect(p.text.startsWith("Revenue per day by day of week")).toBe(true);
    expect(verifyAnswer(p.text, collectGroundNumbers([result])).ungrounded).toEqual([]);
    expect(p.data.columns.map((c) => c.key)).toEqual(["day_of_week", "revenue", "revenue_per_day"]);
  });
});
