import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { withRestRow } from "./rest-row.ts";
import type { Presentation } from "./types.ts";

// Top 2 of four campaigns: the rows listed, the totals over all four (the limit does not cut them).
const result = {
  columns: [
    { key: "campaign", label: "Campaign", kind: "dimension" },
    { key: "campaign_name", label: "Campaign name", kind: "dimension" },
    { key: "revenue", label: "Revenue", kind: "metric", unit: "currency", additive: true },
    { key: "roas", label: "ROAS", kind: "metric", unit: "ratio", additive: false },
  ],
  rows: [
    { campaign: 1, campaign_name: "A", revenue: 500, roas: 2 },
    { campaign: 2, campaign_name: "B", revenue: 300, roas: 1.5 },
  ],
  totals: { revenue: 1000, roas: 1.8 },
} as unknown as MetricResult;
const p: Presentation = {
  text: "Top 2 by revenue:\n- A: $500\n- B: $300\nData runs through October 31, 2026.",
  data: { columns: [], rows: result.rows },
  provenance: {},
};
const ctx = { currency: "USD", timeZone: "UTC" };

describe("withRestRow", () => {
  it("adds the total less the rows listed, under the ranked rows", () => {
    const out = withRestRow(
      p,
      result,
      { limit: 2 },
      { ...ctx, question: "top 2 campaigns and the rest together" },
    );
    expect(out?.data.rows.at(-1)).toEqual({
      campaign: "All other campaigns",
      campaign_name: "All other campaigns",
      revenue: 200,
      roas: null,
    });
    expect(out?.text.split("\n")[3]).toBe(
      "All other campaigns together (every one below the top 2, computed as the total less the top 2): Revenue: $200.00 (20.0% of the $1,000.00 total).",
    );
  });

  it("leaves a ranking alone when the rest is not asked for, or without a limit", () => {
    expect(withRestRow(p, result, { limit: 2 }, { ...ctx, question: "top 2 campaigns" })).toBeUndefined();
    expect(withRestRow(p, result, {}, { ...ctx, question: "campaigns and the rest" })).toBeUndefined();
  });
});
