import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { presentMetricResult } from "./query-metrics.ts";
import { labelResult, valueLabelsOf } from "./value-labels.ts";

const LABELS = valueLabelsOf([
  { dimension: "channel", value: "paid_search", label: "Paid Search" },
  { dimension: "platform", value: "meta_ads", label: "Meta Ads" },
  { dimension: "campaign", value: "1001", label: "BF24" },
]);

function result(rows: MetricResult["rows"]): MetricResult {
  return {
    columns: [
      { key: "channel", label: "Channel", kind: "dimension" },
      { key: "roas", label: "Return on ad spend", kind: "metric", unit: "ratio", format: "multiplier" },
    ],
    rows,
    totals: { roas: 2 },
    provenance: {
      definitions: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31", timeZone: "America/New_York" },
      filters: [],
      rowCount: rows.length,
      dataFreshness: { adSpendThrough: "2026-10-31" },
      attribution: { model: "last_touch", source: "table", lookbackDays: 30 },
    },
  } as unknown as MetricResult;
}

describe("channel and platform labels", () => {
  it("keeps labels of keyed dimensions only", () => {
    const { region, ...rest } = LABELS;
    expect(rest).toEqual({
      channel: { paid_search: "Paid Search" },
      platform: { meta_ads: "Meta Ads" },
      // The channel group's values are fixed, not the organization's (semantic/catalog/channel-groups.ts).
      channel_group: { paid: "Paid", organic: "Organic", owned: "Owned (email, SMS)", direct: "Direct" },
      // leftC: customer types are keys too ("returning" reads "Returning customers").
      customer_type: { new: "New customers", returning: "Returning customers" },
      // left16c: campaign names by id, kept apart from the campaign column, for exclusion notes.
      campaign_name: { "1001": "BF24" },
    });
    // Regions are US state codes, labelled from semantic/catalog/us-states.ts.
    expect(region?.CO).toBe("Colorado");
    expect(region?.other).toBe("Other states (combined)");
  });

  it("replaces stored keys by labels in rows, leaving unknown values as stored", () => {
    const r = labelResult(
      result([
        { channel: "paid_search", roas: 2 },
        { channel: "tv", roas: 1 },
      ]),
      LABELS,
    );
    expect(r.rows).toEqual([
      { channel: "Paid Search", roas: 2 },
      { channel: "tv", roas: 1 },
    ]);
  });

  it("answers with labels and says which ROAS it is", () => {
    const p = presentMetricResult(
      result([{ channel: "paid_search", roas: 2 }]),
      {},
      {
        currency: "USD",
        timeZone: "America/New_York",
        valueLabels: LABELS,
      },
    );
    expect(p.text).toContain("Paid Search");
    expect(p.text).not.toContain("paid_search");
    expect(p.text).toContain("ROAS is the revenue the last touch attribution model credits to paid channels");
    expect(p.data.rows[0]).toEqual({ channel: "Paid Search", roas: 2 });
  });
});
