import { describe, expect, it } from "vitest";
import { adLevelPart } from "./ad-level-nearest.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const AD_NOTE =
  "There is no ad or creative-level data here (no single ads, images, videos or ad copy), so I can't rank ads or creatives. The nearest is campaign level: here are the campaigns' figures.";

describe("adLevelPart (fix16f)", () => {
  it("reads ads as campaigns and a money measure as the campaigns' ranking", () => {
    expect(adLevelPart("which ads are making us money", new Set())).toEqual({
      rest: "best campaigns",
      note: AD_NOTE,
    });
  });

  it("keeps the period and the place of a keyword ask, ranked by orders for 'converting'", () => {
    expect(adLevelPart("top converting keywords on brand search last month", new Set())?.rest).toBe(
      "top campaigns by orders on brand search last month",
    );
  });

  it("leaves ad spend and a campaign whose own name has 'ads' alone", () => {
    expect(adLevelPart("how much did we spend on google ads", new Set())).toBeUndefined();
    expect(adLevelPart("which ads platforms do we use", new Set())).toBeUndefined();
  });
});

describe("planning an ad-level ask (fix16f)", () => {
  it("ranks the campaigns by ROAS with revenue, spend and orders, led by the note", () => {
    const plan = planQuestion("what creatives work best on tiktok in q3", testContext());
    expect(plan.kind === "tool_calls" && plan.calls).toEqual([
      {
        name: "query_metrics",
        args: {
          metrics: ["roas", "revenue", "spend", "orders"],
          dimensions: ["campaign"],
          filters: [
            { field: "platform", op: "in", values: ["tiktok_ads"] },
            { field: "campaign", op: "neq", value: null },
          ],
          timeRange: { from: "2026-07-01", to: "2026-09-30" },
          orderBy: [{ field: "roas", direction: "desc" }],
        },
      },
    ]);
    expect(plan.kind === "tool_calls" && plan.notes).toEqual([AD_NOTE]);
  });

  it("gives the one campaign named its own figures, not a ranking of one row", () => {
    const plan = planQuestion(
      "top converting keywords in the brand search always on campaign",
      testContext(),
    );
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args).toEqual({
      metrics: ["orders", "revenue", "spend", "roas"],
      dimensions: [],
      filters: [{ field: "campaign", op: "in", values: [1004] }],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    });
    expect(plan.kind === "tool_calls" && plan.notes).toEqual([
      "There is no keyword data here (no search keywords or search terms), so I can't rank keywords. The nearest is campaign level: here are Brand - Search - Always On's own figures.",
    ]);
  });
});
