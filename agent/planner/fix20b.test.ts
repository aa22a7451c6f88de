/**
 * fix20b: a window counted in months, "non-brand" joined to a campaign word, ad spend as a share
 * of revenue, and a stretch set against the rest of its month or week.
 */
import { describe, expect, it } from "vitest";
import { withShareParts } from "./asked-ratio.ts";
import { campaignTokenFilter } from "./groups.ts";
import { countedMonthsGrain } from "./modifiers.ts";
import { rewritePhrases } from "./paraphrase.ts";
import { planQuestion } from "./plan.ts";
import { readRestOfPeriod } from "./rest-of-period-intent.ts";
import { testContext } from "./testing.ts";
import { rewritePeriodPhrases } from "./time-windows.ts";
import type { DimensionValue, Frame } from "./types.ts";

describe("rewritePeriodPhrases: windows of months", () => {
  it.each([
    ["cac trend 6 months", "cac trend last 6 months"],
    ["aov trend 6m", "aov trend last 6 months"],
    ["spend trend last six mo", "spend trend last 6 months"],
    ["orders past half year", "orders past 6 months"],
    ["cyber monday revenue vs a normal monday", "cyber monday revenue vs a normal day"],
  ])("%s -> %s", (q, want) => expect(rewritePeriodPhrases(q)).toBe(want));

  it.each(["6 month ltv", "customers in the first 6 months", "revenue target 6m", "hit $6m in revenue"])(
    "leaves %s alone",
    (q) => expect(rewritePeriodPhrases(q)).toBe(q),
  );
});

describe("countedMonthsGrain", () => {
  it.each([
    ["last 6 months", "month"],
    ["past 2 quarters", "month"],
    ["last 12 full months", "month"],
    ["last 3 months", undefined],
    ["since july", undefined],
  ])("%s -> %s", (label, want) => expect(countedMonthsGrain(label)).toBe(want));
});

describe("ad spend as a share of revenue", () => {
  it.each([
    ["marketing cost as share of sales in q3", "spend as % of revenue in q3"],
    ["what % of revenue do we spend on ads", "spend as % of revenue"],
    ["cost to revenue % last quarter", "spend to revenue ratio last quarter"],
  ])("%s -> %s", (q, want) => expect(rewritePhrases(q)).toBe(want));

  it("leaves a cost the data lacks alone", () => {
    expect(rewritePhrases("shipping cost as % of revenue")).not.toContain("spend as");
  });

  it("puts the spend and revenue after the share", () => {
    const frame = {
      intent: "query",
      metrics: ["spend_to_revenue"],
      dimensions: [],
      filters: [],
    } as unknown as Frame;
    expect(withShareParts(frame, testContext().catalog).metrics).toEqual([
      "spend_to_revenue",
      "spend",
      "revenue",
    ]);
  });
});

describe("campaignTokenFilter: non-brand and a campaign word", () => {
  const campaign = (value: number, label: string): DimensionValue => ({
    dimension: "campaign",
    value: String(value),
    label,
    aliases: [],
  });
  const values = [
    campaign(1, "Search - Brand - Exact"),
    campaign(2, "Search - NonBrand - Tents & Shelters"),
    campaign(3, "Search - NonBrand - Hiking Boots"),
  ];

  it("reads 'non brand tents' as the NonBrand tents campaign", () => {
    expect(campaignTokenFilter("non brand tents cpc", values, new Set(["cpc", "brand"])).filter).toEqual({
      field: "campaign",
      op: "in",
      values: [2],
    });
  });
});

describe("readRestOfPeriod", () => {
  it("splits the stretch from the month around it", () => {
    expect(readRestOfPeriod("how did black friday do vs the rest of november")).toEqual({
      stretch: "how did black friday do",
      container: { month: 10, year: undefined },
    });
    expect(readRestOfPeriod("was cyber monday better than the remainder of the week")).toEqual({
      stretch: "was cyber monday",
      container: "week",
    });
    expect(readRestOfPeriod("revenue for the rest of the month")).toBeUndefined();
  });

  it("plans the stretch and the rest of its month, per day, the stretch left out", () => {
    const plan = planQuestion("black friday vs the rest of november orders", testContext());
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls).toEqual([
      {
        name: "query_metrics",
        args: {
          metrics: ["orders"],
          dimensions: [],
          filters: [],
          timeRange: { from: "2025-11-28", to: "2025-11-28" },
          average: "per_day",
          label: "Black Friday",
        },
      },
      {
        name: "query_metrics",
        args: {
          metrics: ["orders"],
          dimensions: [],
          filters: [],
          timeRange: { from: "2025-11-01", to: "2025-11-30" },
          average: "per_day",
          days: { exclude: [{ from: "2025-11-28", to: "2025-11-28" }] },
          label: "Rest of November 2025",
        },
      },
    ]);
  });
});
