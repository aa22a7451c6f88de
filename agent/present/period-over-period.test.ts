import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { periodOverPeriodText } from "./period-over-period.ts";

/** Orders by month and channel for Q3: Search 40, 50, 45; Social 20, 10, 10. */
const result = {
  columns: [
    { key: "date", label: "Date", kind: "dimension" },
    { key: "channel", label: "Channel", kind: "dimension" },
    { key: "orders", label: "Orders", kind: "metric", unit: "count", additive: true },
  ],
  rows: [
    { date: "2026-07-01", channel: "Search", orders: 40 },
    { date: "2026-07-01", channel: "Social", orders: 20 },
    { date: "2026-08-01", channel: "Search", orders: 50 },
    { date: "2026-08-01", channel: "Social", orders: 10 },
    { date: "2026-09-01", channel: "Search", orders: 45 },
    { date: "2026-09-01", channel: "Social", orders: 10 },
  ],
  totals: {},
  provenance: {
    timeRange: { from: "2026-07-01", to: "2026-09-30", timeZone: "UTC" },
    dataFreshness: { adSpendThrough: "2026-10-31" },
  },
} as unknown as MetricResult;

describe("periodOverPeriodText", () => {
  it("gives each month with its change on the month before, one line per channel", () => {
    expect(periodOverPeriodText(result, { grain: "month" }, "mom orders by channel for q3", "USD")).toBe(
      [
        "Orders month over month for July 1 – September 30, 2026, each month's change on the month before:",
        "- Search: July 2026 40; August 2026 50 (+25.0%); September 2026 45 (-10.0%)",
        "- Social: July 2026 20; August 2026 10 (-50.0%); September 2026 10 (+0.0%)",
      ].join("\n"),
    );
  });

  it("sets no change against a bucket the period or the data cuts short", () => {
    const weekly = {
      ...result,
      columns: [result.columns[0], result.columns[2]],
      rows: [
        { date: "2026-09-28", orders: 8 },
        { date: "2026-10-05", orders: 20 },
        { date: "2026-10-12", orders: 30 },
      ],
      provenance: {
        ...result.provenance,
        timeRange: { from: "2026-10-01", to: "2026-10-18", timeZone: "UTC" },
      },
    } as unknown as MetricResult;
    expect(
      periodOverPeriodText(weekly, { grain: "week" }, "week over week orders", "USD").split("\n")[1],
    ).toBe(
      "- week of September 28, 2026 8 (part of the week only); week of October 5, 2026 20; week of October 12, 2026 30 (+50.0%)",
    );
  });

  it("adds nothing unless the question asks period over period", () => {
    expect(periodOverPeriodText(result, { grain: "month" }, "orders by channel by month for q3", "USD")).toBe(
      "",
    );
  });
});
