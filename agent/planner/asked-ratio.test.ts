import { describe, expect, it } from "vitest";
import { askedRatios } from "./asked-ratio.ts";
import { parseQuestion } from "./parse.ts";
import { testContext } from "./testing.ts";

const ratios = (q: string) => {
  const ctx = testContext();
  return askedRatios(parseQuestion(q, ctx).text, q, ctx.catalog, ctx.dimensionValues);
};

describe("askedRatios", () => {
  it("reads two metrics with per between them, and a scale", () => {
    expect(ratios("orders per 1k impressions by channel")).toEqual([
      { numerator: "orders", denominator: "impressions", per: 1000 },
    ]);
    expect(ratios("how many clicks do we get per 100 impressions")).toEqual([
      { numerator: "clicks", denominator: "impressions", per: 100 },
    ]);
  });

  it("reads a verb of paying as ad spend", () => {
    expect(ratios("what are we paying per engaged session by channel")).toEqual([
      { numerator: "spend", denominator: "engaged_sessions" },
    ]);
  });

  it("names the catalog metric that already is the ratio", () => {
    expect(ratios("rev/session by channel")).toEqual([
      { numerator: "revenue", denominator: "sessions", metric: "revenue_per_session" },
    ]);
  });

  it("reads nothing from two metrics side by side", () => {
    expect(ratios("spend and revenue by channel")).toEqual([]);
    expect(ratios("roas by channel last month")).toEqual([]);
  });
});
