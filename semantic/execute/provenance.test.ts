import { describe, expect, it } from "vitest";
import { catalogWithCustom, standardCatalog } from "../catalog/index.ts";
import { isAdditiveMetric } from "./provenance.ts";

describe("isAdditiveMetric", () => {
  it("treats sums and counts as additive, ratios and distinct counts as not", () => {
    const additive = ["spend", "revenue", "orders", "clicks", "sessions", "impressions", "new_customers"];
    const ratios = ["cpa", "cac", "cpc", "ctr", "roas", "average_order_value", "conversion_rate"];
    for (const k of additive) expect([k, isAdditiveMetric(standardCatalog, k)]).toEqual([k, true]);
    for (const k of ratios) expect([k, isAdditiveMetric(standardCatalog, k)]).toEqual([k, false]);
    expect(isAdditiveMetric(standardCatalog, "customers")).toBe(false);
    expect(isAdditiveMetric(standardCatalog, "no_such_metric")).toBe(false);
  });

  it("treats a formula as additive only when it adds or scales additive metrics", () => {
    const custom = (key: string, formula: string) => ({
      key,
      label: key,
      description: "test metric",
      unit: "currency" as const,
      format: "currency" as const,
      definition: { type: "formula" as const, formula },
    });
    const catalog = catalogWithCustom([
      custom("loaded_cost", "spend * 1.2 + platform_revenue - spend"),
      custom("cost_per_order", "spend / orders"),
      custom("spend_plus_fee", "spend + 5"),
    ]);
    expect(isAdditiveMetric(catalog, "loaded_cost")).toBe(true);
    expect(isAdditiveMetric(catalog, "cost_per_order")).toBe(false);
    expect(isAdditiveMetric(catalog, "spend_plus_fee")).toBe(false);
  });
});
