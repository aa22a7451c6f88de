import { describe, expect, it } from "vitest";
import { chooseChart } from "./choose-chart.ts";
import type { ChartInput } from "./types.ts";

const week = { key: "date", label: "Date", kind: "time" as const };
const spend = { key: "spend", label: "Ad spend", unit: "currency" as const };
const revenue = { key: "revenue", label: "Revenue", unit: "currency" as const };
const roas = { key: "roas", label: "ROAS", unit: "ratio" as const };
const rows = [
  { date: "2026-07-06", spend: 100, revenue: 350, roas: 3.5 },
  { date: "2026-07-13", spend: 120, revenue: 300, roas: 2.5 },
];

describe("several measures in one unit over time (fix9e)", () => {
  it("draws spend and revenue as two lines on one axis", () => {
    const input: ChartInput = { columns: [week, spend, revenue], rows, currency: "USD" };
    const chart = chooseChart(input)!;
    expect(chart.title).toBe("Ad spend and revenue by date");
    expect(chart.data.values).toEqual([
      { date: "2026-07-06", measure: "Ad spend", value: 100 },
      { date: "2026-07-06", measure: "Revenue", value: 350 },
      { date: "2026-07-13", measure: "Ad spend", value: 120 },
      { date: "2026-07-13", measure: "Revenue", value: 300 },
    ]);
    expect(chart.encoding.y.field).toBe("value");
    expect(chart.encoding.y.title).toBe("Value (USD)");
    expect(chart.encoding.color).toEqual({
      field: "measure",
      type: "nominal",
      title: null,
      sort: ["Ad spend", "Revenue"],
    });
  });

  it("keeps one line when the measures are in different units", () => {
    const chart = chooseChart({ columns: [week, spend, roas], rows, currency: "USD" })!;
    expect(chart.encoding.y.field).toBe("spend");
    expect(chart.encoding.color).toBeUndefined();
  });
});
