import { describe, expect, it } from "vitest";
import { honourChartRequest, requestedChart } from "./requested-chart.ts";
import { scatterAsked } from "./scatter-chart.ts";

const byCampaign = {
  columns: [
    { key: "campaign", label: "Campaign" },
    { key: "campaign_name", label: "Campaign name" },
    { key: "spend", label: "Ad spend", unit: "currency" },
    { key: "revenue", label: "Revenue", unit: "currency" },
  ],
  rows: [
    { campaign: 1, campaign_name: "Brand", spend: 100, revenue: 400 },
    { campaign: 2, campaign_name: "Gifts", spend: 300, revenue: 150 },
    { campaign: 3, campaign_name: "Paused", spend: null, revenue: 20 },
  ],
};
const defaultBar = { title: "Ad spend (USD) by campaign", mark: { type: "bar" }, encoding: {} };

describe("scatterAsked", () => {
  it.each([
    ["scatter of spend vs revenue by campaign", true],
    ["scatterplot cpc and ctr per channel", true],
    ["plot cpa against roas by campaign", true],
    ["x-y plot of spend and orders", true],
    ["plot revenue by month", false],
    ["spend vs revenue by campaign", false],
  ])("%s -> %s", (q, yes) => expect(scatterAsked(q)).toBe(yes));

  it("is the chart the question names, before bars and lines", () => {
    expect(requestedChart("scatter chart of spend vs revenue by campaign")).toBe("scatter");
  });
});

describe("a scatter", () => {
  it("puts one point per campaign, by name, the first measure across and the second up", () => {
    const r = honourChartRequest("scatter", byCampaign, defaultBar, "USD");
    expect(r.note).toBeUndefined();
    expect(r.chart).toMatchObject({
      title: "Revenue vs ad spend by campaign",
      mark: { type: "point", tooltip: true },
      encoding: {
        x: { field: "spend", type: "quantitative", title: "Ad spend (USD)" },
        y: { field: "revenue", type: "quantitative", title: "Revenue (USD)" },
        color: { field: "campaign_name", type: "nominal", title: "Campaign" },
      },
    });
    // A campaign without one of the two measures has no place on the plot.
    expect((r.chart as { data: { values: unknown[] } }).data.values).toHaveLength(2);
  });

  it("keeps the default chart and says why with one measure or a time axis", () => {
    const one = { columns: byCampaign.columns.slice(0, 3), rows: byCampaign.rows };
    expect(honourChartRequest("scatter", one, defaultBar, "USD")).toEqual({
      chart: defaultBar,
      note: "A scatter needs two measures (such as spend and revenue), and this answer has one, so it keeps its default chart.",
    });
    const overTime = {
      columns: [{ key: "date", label: "Date" }, ...byCampaign.columns.slice(2)],
      rows: [{ date: "2026-10-01", spend: 1, revenue: 2 }],
    };
    expect(honourChartRequest("scatter", overTime, defaultBar, "USD").note).toMatch(/series over time/);
  });
});
