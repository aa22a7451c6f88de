import { describe, expect, it } from "vitest";
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { ratioKey, withRatios } from "./ratios.ts";

describe("ratios of two metrics for one query", () => {
  it("adds each ratio as a formula metric, first, with its parts after it", () => {
    const { catalog, metrics } = withRatios(
      standardCatalog,
      ["engaged_sessions"],
      [
        { numerator: "spend", denominator: "engaged_sessions" },
        { numerator: "orders", denominator: "impressions", per: 1000 },
      ],
    );
    expect(metrics).toEqual([
      "spend_per_engaged_sessions",
      "orders_per_1000_impressions",
      "engaged_sessions",
      "spend",
      "orders",
      "impressions",
    ]);
    const cost = catalog.metrics.get("spend_per_engaged_sessions")!;
    expect(cost).toMatchObject({
      label: "Ad spend per engaged session",
      unit: "currency",
      higherIsBetter: false,
      definition: { type: "formula", formula: "spend / engaged_sessions" },
    });
    // It breaks down by what both parts do (channel), like a catalog ratio.
    expect(cost.supportedDimensions).toContain("channel");
    expect(catalog.metrics.get("orders_per_1000_impressions")).toMatchObject({
      label: "Orders per 1,000 impressions",
      unit: "ratio",
      definition: { formula: "1000 * orders / impressions" },
    });
    expect(ratioKey({ numerator: "revenue", denominator: "sessions" })).toBe("revenue_per_sessions");
  });

  it("refuses a part that is not a catalog metric, naming it", () => {
    expect(() =>
      withRatios(standardCatalog, ["spend"], [{ numerator: "spend", denominator: "widgets" }]),
    ).toThrow(/widgets/);
  });
});
