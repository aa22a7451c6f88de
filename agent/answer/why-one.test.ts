import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { whyOneExplanation } from "./why-one.ts";

const col = (key: string, label: string, unit: string, format: string) => ({
  key,
  label,
  kind: "metric" as const,
  unit,
  format,
});

/** Two campaigns, hand-made: equal CPA; B's lower ROAS comes from its lower order value. */
function result(rows: Array<Record<string, unknown>>): MetricResult {
  return {
    columns: [
      { key: "campaign", label: "Campaign", kind: "dimension" },
      col("cpa", "Cost per acquisition", "currency", "currency"),
      col("roas", "Return on ad spend", "ratio", "multiplier"),
      col("cpc", "Cost per click", "currency", "currency"),
      col("clicks", "Ad clicks", "count", "integer"),
      col("orders", "Orders", "count", "integer"),
      col("average_order_value", "Average order value", "currency", "currency"),
    ],
    rows,
  } as unknown as MetricResult;
}

describe("whyOneExplanation (fix7s)", () => {
  it("says which figure differs and names the part behind the gap, with the rows' values", () => {
    // A: spend 1,000, 1,000 clicks (cpc 1), 10 orders (cpa 100), aov 120 -> roas 1.2.
    // B: spend 2,000, 2,000 clicks (cpc 1), 20 orders (cpa 100), aov 90 -> roas 0.9.
    const r = result([
      {
        campaign: 1,
        campaign_name: "Alpha",
        cpa: 100,
        roas: 1.2,
        cpc: 1,
        clicks: 1000,
        orders: 10,
        average_order_value: 120,
      },
      {
        campaign: 2,
        campaign_name: "Beta",
        cpa: 100,
        roas: 0.9,
        cpc: 1,
        clicks: 2000,
        orders: 20,
        average_order_value: 90,
      },
    ]);
    expect(whyOneExplanation(r, ["cpa", "roas"], "USD")).toBe(
      "Cost per acquisition is about the same ($100.00 vs $100.00). Return on ad spend is lower for Beta (0.90x vs 1.20x) because its average order value is lower ($90.00 vs $120.00); cost per click ($1.00 vs $1.00) and the share of clicks that turn into orders are about the same.",
    );
  });

  it("blames cost per click and conversion for a higher cost per order", () => {
    // A: cpc 1, 100 orders of 1,000 clicks (cpa 10). B: cpc 2, 50 of 1,000 clicks (cpa 40).
    const r = result([
      { campaign: 1, campaign_name: "Alpha", cpa: 10, cpc: 1, clicks: 1000, orders: 100 },
      { campaign: 2, campaign_name: "Beta", cpa: 40, cpc: 2, clicks: 1000, orders: 50 },
    ]);
    expect(whyOneExplanation(r, ["cpa"], "USD")).toBe(
      "Cost per acquisition is higher for Beta ($40.00 vs $10.00) because its cost per click is higher ($2.00 vs $1.00) and fewer of its clicks turn into orders.",
    );
  });

  it("gives nothing for fewer than two comparable rows", () => {
    expect(whyOneExplanation(result([{ campaign: 1, cpa: 10 }]), ["cpa"], "USD")).toBeUndefined();
  });
});
