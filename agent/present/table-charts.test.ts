import { describe, expect, it } from "vitest";
import { tableChart, withTableCharts } from "./table-charts.ts";
import type { Presentation } from "./types.ts";

const budget: Presentation = {
  text: "split",
  data: {
    columns: [
      { key: "channel", label: "Channel" },
      { key: "currentSpend", label: "Current spend", unit: "currency" },
      { key: "recommendedSpend", label: "Recommended spend", unit: "currency" },
    ],
    rows: [
      { channel: "Paid Search", currentSpend: 100, recommendedSpend: 70 },
      { channel: "Display", currentSpend: 50, recommendedSpend: null },
    ],
  },
  provenance: {},
};

describe("tableChart", () => {
  it("draws current and recommended spend side by side from the table's own figures", () => {
    const chart = tableChart("recommend_budget", budget)!;
    expect(chart.data).toEqual({
      values: [
        { category: "Paid Search", measure: "Current spend", value: 100 },
        { category: "Paid Search", measure: "Recommended spend", value: 70 },
        { category: "Display", measure: "Current spend", value: 50 },
      ],
    });
    expect(chart.title).toBe("Current and recommended spend");
    expect(chart.encoding).toMatchObject({ yOffset: { field: "measure" }, color: { field: "measure" } });
  });

  it("draws one measure by its category, titled from the columns", () => {
    const explain: Presentation = {
      text: "why",
      data: {
        columns: [
          { key: "member", label: "Member" },
          { key: "contribution", label: "Contribution to change" },
        ],
        rows: [
          { member: "Email", contribution: -12.5 },
          { member: "Direct", contribution: 4 },
        ],
      },
      provenance: {},
    };
    const chart = tableChart("explain_change", explain)!;
    expect(chart.title).toBe("Contribution to change by member");
    expect((chart.data as { values: unknown[] }).values).toEqual([
      { category: "Email", measure: "Contribution to change", value: -12.5 },
      { category: "Direct", measure: "Contribution to change", value: 4 },
    ]);
  });

  it("draws nothing for an empty table, a tool it does not know, or no numeric column", () => {
    expect(tableChart("recommend_budget", { ...budget, data: { ...budget.data, rows: [] } })).toBeUndefined();
    expect(tableChart("describe_metric", budget)).toBeUndefined();
    const text = { ...budget, data: { columns: budget.data.columns, rows: [{ channel: "Email" }] } };
    expect(tableChart("recommend_budget", text)).toBeUndefined();
  });

  it("keeps a presenter's own chart and adds one only where it drew none", () => {
    const own = { mark: "line" };
    const presenters = withTableCharts({
      recommend_budget: () => budget,
      explain_change: () => ({ ...budget, chart: own }),
      query_metrics: () => budget,
    });
    const ctx = { currency: "USD", timeZone: "UTC" };
    expect(presenters.recommend_budget!({}, {}, ctx).chart).toBeDefined();
    expect(presenters.explain_change!({}, {}, ctx).chart).toBe(own);
    expect(presenters.query_metrics!({}, {}, ctx).chart).toBeUndefined();
  });
});
