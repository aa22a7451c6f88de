import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { rowPickVerdictText } from "./ranked-verdict.ts";

/** Two campaigns kept by spend, with the orders a follow-up asked of them (hand-made figures). */
const result = {
  columns: [
    { key: "campaign", label: "Campaign", kind: "dimension" },
    { key: "campaign_name", label: "Campaign name", kind: "dimension" },
    { key: "spend", label: "Ad spend", kind: "metric", unit: "currency", format: "currency", additive: true },
    { key: "orders", label: "Orders", kind: "metric", unit: "count", format: "decimal", additive: true },
  ],
  rows: [
    { campaign: "1", campaign_name: "Alpha", spend: 500, orders: 12 },
    { campaign: "2", campaign_name: "Beta", spend: 400, orders: 19 },
  ],
} as unknown as MetricResult;
const args = { orderBy: [{ field: "spend", direction: "desc" }], limit: 2 };

describe("a pick between the rows shown (fix16d)", () => {
  it("names the row with more of the figure asked, with both figures", () => {
    expect(rowPickVerdictText(result, args, "which of those two got more orders")).toBe(
      "Most orders: Beta (19), against 12 for Alpha.",
    );
    expect(rowPickVerdictText(result, args, "which one of them had fewer orders?")).toBe(
      "Fewest orders: Alpha (12), against 19 for Beta.",
    );
  });
  it("says nothing when the turn does not pick between the rows shown", () => {
    expect(rowPickVerdictText(result, args, "top campaigns by spend and orders")).toBe("");
    expect(rowPickVerdictText(result, {}, "which of those two got more orders")).toBe("");
  });
});
