import { describe, expect, it } from "vitest";
import { honourChartRequest, requestedChart } from "./requested-chart.ts";

const byChannel = {
  columns: [
    { key: "channel", label: "Channel" },
    { key: "spend", label: "Ad spend", unit: "currency", format: "currency" },
  ],
  rows: [
    { channel: "Paid search", spend: 300 },
    { channel: "Display", spend: 100 },
  ],
};
const defaultBar = { title: "Ad spend (USD) by channel", mark: { type: "bar" }, encoding: {} };

describe("requestedChart", () => {
  it.each([
    ["Pie chart of spend by channel", "pie"],
    ["show revenue by platform as a donut", "pie"],
    ["doughnut graph of orders per channel", "pie"],
    ["bar chart of revenue by week", "bar"],
    ["column graph of spend in Q3", "bar"],
    ["line chart of spend by channel", "line"],
    ["weekly orders by platform, stacked columns", "stacked"],
    ["spend per channel per month as a stacked bar", "stacked"],
    ["orders split new and returning each month, stacked please", "stacked"],
    ["100% stacked bars of spend by channel per month", "stacked_percent"],
    ["monthly revenue by channel as a percent stacked chart", "stacked_percent"],
    ["area chart of weekly sessions by channel", "area"],
    ["stacked area of revenue by platform", "area"],
    ["now as a trend line", "line"],
    ["show that as a line", "line"],
    ["trendline of cpa", "line"],
    ["sales by product line", undefined],
    ["revenue by channel last month", undefined],
    ["chart revenue", undefined],
  ])("%s -> %s", (q, kind) => expect(requestedChart(q)).toBe(kind));
});

describe("honourChartRequest", () => {
  it("draws a pie of shares for one breakdown of an additive metric", () => {
    const r = honourChartRequest("pie", byChannel, defaultBar, "USD");
    expect(r.note).toBeUndefined();
    expect(r.chart).toMatchObject({
      title: "Share of ad spend (USD) by channel",
      mark: { type: "arc", tooltip: true },
      data: { values: byChannel.rows },
      encoding: {
        theta: { field: "spend", type: "quantitative" },
        color: { field: "channel", type: "nominal" },
      },
      transform: [
        { joinaggregate: [{ op: "sum", field: "spend", as: "total_value" }] },
        { calculate: "datum['spend'] / datum.total_value", as: "share_of_total" },
      ],
    });
  });

  it("keeps bars and says why for a ratio, a series over time, too many slices or negatives", () => {
    const roas = {
      columns: [
        { key: "channel", label: "Channel" },
        { key: "roas", label: "Return on ad spend", unit: "ratio" },
      ],
      rows: [{ channel: "Display", roas: 1.2 }],
    };
    expect(honourChartRequest("pie", roas, defaultBar, "USD")).toEqual({
      chart: defaultBar,
      note: "A pie chart shows parts of a whole, and Return on ad spend is a ratio that does not add up across rows, so it is drawn as bars instead.",
    });
    const daily = {
      columns: [
        { key: "date", label: "Date" },
        { key: "spend", label: "Ad spend", unit: "currency" },
      ],
      rows: [
        { date: "2026-10-01", spend: 1 },
        { date: "2026-10-02", spend: 2 },
      ],
    };
    expect(honourChartRequest("pie", daily, defaultBar, "USD").note).toMatch(/series over time/);
    const negative = { ...byChannel, rows: [{ channel: "A", spend: -1 }] };
    expect(honourChartRequest("pie", negative, defaultBar, "USD").note).toMatch(/negative/);
  });

  it("keeps the 11 largest slices of a long breakdown and lumps the rest into one Other slice", () => {
    const many = {
      ...byChannel,
      rows: Array.from({ length: 14 }, (_, i) => ({ channel: `C${i}`, spend: i + 1 })),
    };
    const r = honourChartRequest("pie", many, defaultBar, "USD");
    const values = (r.chart as { data: { values: Array<Record<string, unknown>> } }).data.values;
    expect(values).toHaveLength(12);
    expect(values[0]).toEqual({ channel: "C13", spend: 14 });
    // C0..C2 (1 + 2 + 3) are the three smallest.
    expect(values[11]).toEqual({ channel: "Other (3 more)", spend: 6 });
    expect(r.note).toBe('The pie shows the 11 largest by channel; the other 3 share one slice, "Other".');
  });

  it("draws campaigns by name, not by id", () => {
    const campaigns = {
      columns: [
        { key: "campaign", label: "Campaign" },
        { key: "campaign_name", label: "Campaign name" },
        { key: "spend", label: "Ad spend", unit: "currency" },
      ],
      rows: [
        { campaign: 1001, campaign_name: "Brand", spend: 30 },
        { campaign: 1002, campaign_name: "Gifts", spend: 10 },
        { campaign: 1003, campaign_name: "Gifts", spend: 5 },
      ],
    };
    const r = honourChartRequest("pie", campaigns, defaultBar, "USD");
    expect(r.note).toBeUndefined();
    expect(
      (r.chart as { encoding: { color: { field: string; title: string } } }).encoding.color,
    ).toMatchObject({
      field: "campaign_name",
      title: "Campaign",
    });
    expect((r.chart as { data: { values: unknown[] } }).data.values).toEqual([
      { campaign: 1001, campaign_name: "Brand", spend: 30 },
      { campaign: 1002, campaign_name: "Gifts (id 1002)", spend: 10 },
      { campaign: 1003, campaign_name: "Gifts (id 1003)", spend: 5 },
    ]);
  });

  it("turns a line over time into bars, and explains a line without a time axis", () => {
    const line = {
      title: "Revenue by week",
      mark: { type: "line", point: true },
      encoding: { x: { field: "date", type: "temporal" } },
    };
    expect(honourChartRequest("bar", byChannel, line, "USD")).toEqual({
      chart: { ...line, mark: { type: "bar", tooltip: true } },
    });
    expect(honourChartRequest("line", byChannel, defaultBar, "USD").note).toMatch(/needs a time axis/);
    expect(honourChartRequest("bar", byChannel, defaultBar, "USD")).toEqual({ chart: defaultBar });
  });
});
