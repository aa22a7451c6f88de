import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { chooseChart } from "../chart/choose-chart.ts";
import { chartInputFromResult } from "../chart/from-metric-result.ts";
import { collectGroundNumbers } from "../verify/ground-numbers.ts";
import { verifyAnswer } from "../verify/verify-answer.ts";
import { metricTableInputFromResult } from "./from-metric-result.ts";
import { metricTableAnswer } from "./metric-table.ts";

const change = (current: number, previous: number) => ({
  previous,
  change: current - previous,
  percentChange: (current - previous) / Math.abs(previous),
});

/** Shaped like semantic/execute's MetricResult (typed, so a shape change breaks this test). */
const result: MetricResult = {
  columns: [
    { key: "channel", label: "Channel", kind: "dimension" },
    { key: "spend", label: "Spend", kind: "metric", unit: "currency", format: "currency", additive: true },
    { key: "ctr", label: "CTR", kind: "metric", unit: "percent", format: "percent", additive: false },
  ],
  rows: [
    { channel: "Paid Search", spend: 51_234.77, ctr: 0.03817 },
    { channel: "Email", spend: 4_120.1, ctr: 0.1214 },
  ],
  totals: { spend: 55_354.87, ctr: 0.04102 },
  comparison: {
    range: { from: "2026-09-01", to: "2026-09-30" },
    rows: [
      { spend: change(51_234.77, 47_001.5), ctr: change(0.03817, 0.0402) },
      { spend: change(4_120.1, 4_500), ctr: change(0.1214, 0.1188) },
    ],
    totals: { spend: change(55_354.87, 51_501.5), ctr: change(0.04102, 0.0431) },
  },
  provenance: {
    definitions: [],
    timeRange: { from: "2026-10-01", to: "2026-10-31", timeZone: "Europe/Berlin" },
    filters: [],
    rowCount: 2,
    dataFreshness: { adSpendThrough: "2026-10-31", adSpendFrom: "2025-11-01" },
    sql: { rows: "select ...", totals: "select ...", params: [] },
  },
};

describe("metricTableInputFromResult", () => {
  it("maps columns, totals and the per-row comparison", () => {
    const input = metricTableInputFromResult(result, { currency: "EUR" });
    expect(input.metrics.map((m) => [m.key, m.unit, m.format, m.additive])).toEqual([
      ["spend", "currency", "currency", true],
      ["ctr", "percent", "percent", false],
    ]);
    expect(input.dataStart).toBe("2025-11-01");
    expect(input.dimensions).toEqual([{ key: "channel", label: "Channel" }]);
    expect(input.comparison?.totals).toEqual({ spend: 51_501.5, ctr: 0.0431 });
    expect(input.comparison?.rows?.[1]).toEqual({ channel: "Email", spend: 4_500, ctr: 0.1188 });
    expect(input.period).toEqual({ from: "2026-10-01", to: "2026-10-31", timeZone: "Europe/Berlin" });
  });

  it("writes an answer that verifies against the raw tool result, not just the mapped input", () => {
    const text = metricTableAnswer(metricTableInputFromResult(result, { currency: "EUR" }));
    expect(text).toContain("- Paid Search: €51,235 (92.6% of the total, up 9.0% from €47,002, CTR 3.8%)");
    expect(verifyAnswer(text, collectGroundNumbers([result]))).toEqual({ ok: true, ungrounded: [] });
  });

  it("feeds the chart: a grouped bar of current vs previous", () => {
    const chart = chooseChart(chartInputFromResult(result, { currency: "EUR" }));
    expect(chart?.mark.type).toBe("bar");
    expect(chart?.encoding.yOffset?.field).toBe("series");
    expect(chart?.data.values.filter((r) => r.series === "Previous").map((r) => r.spend)).toEqual([
      47_001.5, 4_500,
    ]);
    expect(chart?.title).toBe("Spend (EUR) by channel: current vs previous, October 1–31, 2026");
  });

  it("charts campaigns by name: no axis of ids, no legend of names", () => {
    const byCampaign: MetricResult = {
      ...result,
      comparison: undefined,
      columns: [
        { key: "campaign", label: "Campaign", kind: "dimension" },
        { key: "campaign_name", label: "Campaign name", kind: "dimension" },
        {
          key: "spend",
          label: "Spend",
          kind: "metric",
          unit: "currency",
          format: "currency",
          additive: true,
        },
      ],
      rows: [
        { campaign: 1004, campaign_name: "Shopping - PMax", spend: 120 },
        { campaign: 1002, campaign_name: "Search - Tents", spend: 80 },
      ],
      totals: { spend: 200 },
    };
    const chart = chooseChart(chartInputFromResult(byCampaign, { currency: "USD" }));
    expect(chart?.title).toBe("Spend (USD) by campaign, October 1–31, 2026");
    expect(chart?.encoding.y).toMatchObject({ field: "campaign_name", title: "Campaign" });
    expect(chart?.encoding.color).toBeUndefined();
  });

  it("gives no share of the total to a ratio in currency (CPA), by the column's additive flag", () => {
    const cpa: MetricResult = {
      ...result,
      comparison: undefined,
      columns: [
        { key: "channel", label: "Channel", kind: "dimension" },
        { key: "cpa", label: "Cost per acquisition", kind: "metric", unit: "currency", additive: false },
      ],
      rows: [
        { channel: "paid_search", cpa: 130.04 },
        { channel: "display", cpa: 84.84 },
      ],
      totals: { cpa: 27.92 },
    };
    expect(metricTableAnswer(metricTableInputFromResult(cpa, { currency: "USD" }))).toBe(
      [
        "For October 1–31, 2026:",
        "Blended, for reference (all ad spend over every order, organic and direct included, so not comparable with the rows): Cost per acquisition $27.92.",
        "Cost per acquisition by channel:",
        "- paid_search: $130.04",
        "- display: $84.84",
      ].join("\n"),
    );
  });
});
