import { describe, expect, it } from "vitest";
import { stackChart, stackedKind } from "./stacked-chart.ts";

const columns = [
  { key: "date", label: "Date" },
  { key: "customer_type", label: "New vs returning customer" },
  { key: "orders", label: "Orders", unit: "count" },
];
const line = {
  title: "Orders by date and new vs returning customer",
  description: "Orders by date and new vs returning customer",
  mark: { type: "line", point: true, tooltip: true },
  encoding: {
    x: { field: "date", type: "temporal", title: "Date" },
    y: { field: "orders", type: "quantitative", title: "Orders", axis: { format: ",.0f" } },
    color: { field: "customer_type", type: "nominal", title: "New vs returning customer" },
  },
};

describe("stackedKind", () => {
  it.each([
    ["stacked chart of first-time vs repeat orders per month", "stacked"],
    ["show that stacked", "stacked"],
    ["100% stacked bars of spend by channel", "stacked_percent"],
    ["percentage stacked chart of revenue by platform", "stacked_percent"],
    ["bars stacked to 100% by channel", "stacked_percent"],
    ["area chart of weekly sessions by channel", "area"],
    ["how does our roas stack up against last year", undefined],
    ["revenue by channel", undefined],
  ])("%s -> %s", (q, kind) => expect(stackedKind(q)).toBe(kind));
});

describe("stackChart", () => {
  it("piles a series over time into stacked bars without changing the data", () => {
    const r = stackChart("stacked", line, columns);
    expect(r.note).toBeUndefined();
    expect(r.chart).toEqual({
      ...line,
      mark: { type: "bar", tooltip: true },
      encoding: { ...line.encoding, y: { ...line.encoding.y, stack: "zero" } },
    });
  });

  it("stacks to 100% as shares of each bar, and draws an area over time", () => {
    const pct = stackChart("stacked_percent", line, columns).chart as {
      title: string;
      encoding: { y: unknown };
    };
    expect(pct.title).toBe("Share of orders by date and new vs returning customer");
    expect(pct.encoding.y).toEqual({
      field: "orders",
      type: "quantitative",
      title: "Share of Orders",
      axis: { format: ".0%" },
      stack: "normalize",
    });
    expect((stackChart("area", line, columns).chart as { mark: unknown }).mark).toEqual({
      type: "area",
      tooltip: true,
    });
  });

  it("keeps the default chart and says why for one series, a ratio, or an area with no time axis", () => {
    const single = { ...line, encoding: { x: line.encoding.x, y: line.encoding.y } };
    expect(stackChart("stacked", single, columns)).toEqual({
      chart: single,
      note: "A stacked chart needs a split to pile up (such as by channel, or new vs returning), and this answer has one series, so it keeps its default chart.",
    });
    // An area of one series over time is an area, filled under its line.
    expect(stackChart("area", single, columns)).toEqual({
      chart: { ...single, mark: { type: "area", line: true, tooltip: true } },
    });
    const roasColumns = [
      ...columns.slice(0, 2),
      { key: "orders", label: "Return on ad spend", unit: "ratio" },
    ];
    expect(stackChart("stacked", line, roasColumns).note).toBe(
      "Return on ad spend is a ratio that does not add up across New vs returning customer, so a stack would mislead; it keeps its default chart.",
    );
    const bars = {
      ...line,
      mark: { type: "bar" },
      encoding: {
        x: { field: "orders", type: "quantitative" },
        y: { field: "channel", type: "nominal" },
        color: { field: "customer_type", type: "nominal" },
      },
    };
    expect(stackChart("area", bars, columns).note).toMatch(/needs a time axis/);
    expect((stackChart("stacked", bars, columns).chart as { encoding: { x: unknown } }).encoding.x).toEqual({
      field: "orders",
      type: "quantitative",
      stack: "zero",
    });
  });
});
