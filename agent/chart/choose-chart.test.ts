import { describe, expect, it } from "vitest";
import { axisFormat, chooseChart, columnKind, unitTitle } from "./choose-chart.ts";
import type { ChartColumn, ChartInput } from "./types.ts";

const channel: ChartColumn = { key: "channel", label: "Channel" };
const campaign: ChartColumn = { key: "campaign", label: "Campaign" };
const date: ChartColumn = { key: "date", label: "Date" };
const spend: ChartColumn = { key: "spend", label: "Spend", unit: "currency", format: "currency" };
const ctr: ChartColumn = { key: "ctr", label: "CTR", unit: "percent", format: "percent" };
const roas: ChartColumn = { key: "roas", label: "ROAS", unit: "ratio", format: "multiplier" };

const byChannel = [
  { channel: "Search", spend: 1200.5, ctr: 0.042 },
  { channel: "Social", spend: 800.25, ctr: 0.011 },
];
const daily = [
  { date: "2026-10-01", channel: "Search", spend: 40 },
  { date: "2026-10-01", channel: "Social", spend: 25 },
  { date: "2026-10-02", channel: "Search", spend: 42 },
];

describe("chooseChart", () => {
  it.each<
    [
      string,
      ChartInput,
      { mark?: string; x?: string; y?: string; color?: string; yOffset?: string } | undefined,
    ]
  >([
    ["a single number", { columns: [spend], rows: [{ spend: 1234 }], currency: "USD" }, undefined],
    ["no rows", { columns: [channel, spend], rows: [] }, undefined],
    ["no metric", { columns: [channel], rows: [{ channel: "Search" }] }, undefined],
    [
      "time only -> line",
      { columns: [date, spend], rows: daily.filter((r) => r.channel === "Search"), currency: "USD" },
      { mark: "line", x: "date", y: "spend" },
    ],
    [
      "time and a category -> one line per category",
      { columns: [date, channel, spend], rows: daily, currency: "USD" },
      { mark: "line", x: "date", y: "spend", color: "channel" },
    ],
    [
      "one category -> bar",
      { columns: [channel, spend, ctr], rows: byChannel, currency: "USD" },
      { mark: "bar", x: "spend", y: "channel" },
    ],
    [
      "a chosen metric",
      { columns: [channel, spend, ctr], rows: byChannel, metricKey: "ctr" },
      { mark: "bar", x: "ctr", y: "channel" },
    ],
    [
      "two categories -> bar coloured by the second",
      { columns: [channel, campaign, spend], rows: [{ channel: "Search", campaign: "Brand", spend: 5 }] },
      { mark: "bar", x: "spend", y: "channel", color: "campaign" },
    ],
    [
      "comparison -> grouped bar",
      {
        columns: [channel, spend],
        rows: byChannel,
        comparison: { rows: [{ channel: "Search", spend: 1000 }], label: "September" },
      },
      { mark: "bar", x: "spend", y: "channel", color: "series", yOffset: "series" },
    ],
    [
      "comparison of a single number -> two bars",
      { columns: [spend], rows: [{ spend: 1234 }], comparison: { rows: [{ spend: 1000 }] } },
      { mark: "bar", x: "spend", y: "series", color: "series" },
    ],
    [
      "share -> bar of shares",
      { columns: [channel, spend], rows: byChannel, share: true },
      { mark: "bar", x: "share_of_total", y: "channel" },
    ],
  ])("%s", (_name, input, expected) => {
    const chart = chooseChart(input);
    if (expected === undefined) {
      expect(chart).toBeUndefined();
      return;
    }
    expect(chart?.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    expect({
      mark: chart?.mark.type,
      x: chart?.encoding.x.field,
      y: chart?.encoding.y.field,
      ...(chart?.encoding.color ? { color: chart.encoding.color.field } : {}),
      ...(chart?.encoding.yOffset ? { yOffset: chart.encoding.yOffset.field } : {}),
    }).toEqual(expected);
  });

  it("sorts category bars by value and titles them with units", () => {
    const chart = chooseChart({
      columns: [channel, spend],
      rows: byChannel,
      currency: "EUR",
      periodLabel: "October 2026",
    });
    expect(chart).toEqual({
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title: "Spend (EUR) by channel, October 2026",
      description: "Spend (EUR) by channel, October 2026",
      width: "container",
      data: { values: byChannel },
      mark: { type: "bar", tooltip: true },
      encoding: {
        x: { field: "spend", type: "quantitative", title: "Spend (EUR)", axis: { format: ",.0f" } },
        y: { field: "channel", type: "nominal", title: "Channel", sort: "-x", axis: { labelLimit: 200 } },
        tooltip: [
          { field: "channel", type: "nominal", title: "Channel" },
          { field: "spend", type: "quantitative", title: "Spend (EUR)", format: ",.0f" },
        ],
      },
    });
  });

  it("tags comparison rows with their period and keeps the query order", () => {
    const chart = chooseChart({
      columns: [channel, spend],
      rows: byChannel,
      comparison: { rows: [{ channel: "Search", spend: 1000 }] },
    });
    expect(chart?.data.values.map((r) => [r.channel, r.series])).toEqual([
      ["Search", "Current"],
      ["Social", "Current"],
      ["Search", "Previous"],
    ]);
    expect(chart?.encoding.y.sort).toBeNull();
  });

  it("computes shares in the spec, not in the data", () => {
    const chart = chooseChart({ columns: [channel, spend], rows: byChannel, share: true });
    expect(chart?.data.values).toEqual(byChannel);
    expect(chart?.transform).toEqual([
      { joinaggregate: [{ op: "sum", field: "spend", as: "total_value" }] },
      { calculate: "datum['spend'] / datum.total_value", as: "share_of_total" },
    ]);
    expect(chart?.encoding.x.axis).toEqual({ format: ".1%" });
    expect(chart?.title).toBe("Share of spend by channel");
  });
});

describe("chart helpers", () => {
  it.each([
    [spend, ",.0f", "Spend (USD)"],
    [ctr, ".1%", "CTR (%)"],
    [roas, ".2f", "ROAS (x)"],
    [{ key: "orders", label: "Orders", unit: "count" } as ChartColumn, ",.0f", "Orders"],
  ])("formats %o", (column, format, title) => {
    expect(axisFormat(column)).toBe(format);
    expect(unitTitle(column, "USD")).toBe(title);
  });

  it("infers column kinds from units and values", () => {
    expect(columnKind(date, daily)).toBe("time");
    expect(columnKind(channel, daily)).toBe("category");
    expect(columnKind(spend, daily)).toBe("metric");
    expect(columnKind({ key: "spend", label: "Spend" }, daily)).toBe("metric");
    expect(columnKind({ key: "date", label: "Date", kind: "category" }, daily)).toBe("category");
  });
});
