import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import { untrackedData } from "./untracked-data-intent.ts";

const TODAY = "2026-11-01";
const BOOTS = { dimension: "campaign" as const, value: "7", label: "Search - NonBrand - Boots", aliases: [] };

describe("untrackedData", () => {
  it("says refunds are not tracked and offers orders and revenue over the named period", () => {
    const part = untrackedData("how much did we refund last month", TODAY, []);
    expect(part?.rest).toBe("orders and revenue last month");
    expect(part?.note).toMatch(/^Returns and refunds are not tracked in your data/);
  });

  it("keeps a comparison and a series grain", () => {
    expect(untrackedData("returned orders in july vs june", TODAY, [])?.rest).toBe(
      "orders and revenue in july vs june",
    );
    expect(untrackedData("chargebacks by month this year", TODAY, [])?.rest).toBe(
      "orders and revenue this year by month",
    );
  });

  it("names a paid campaign on the searched term beside organic search", () => {
    const part = untrackedData("what's our google ranking for boots?", TODAY, [BOOTS]);
    expect(part?.rest).toBe("organic search sessions and revenue");
    expect(part?.note).toContain("You also run paid search on it: Search - NonBrand - Boots");
    expect(untrackedData("what's our google ranking for tents?", TODAY, [BOOTS])?.note).not.toContain(
      "You also",
    );
  });

  it("leaves metrics the data has alone", () => {
    for (const q of [
      "return on ad spend last month",
      "returning customers in october",
      "seo traffic last week",
    ])
      expect(untrackedData(q, TODAY, [])).toBeUndefined();
  });
});

describe("the untracked-data intent", () => {
  it("leads the nearest answer with the note, never a catalog search", () => {
    const ctx = testContext({ dimensionValues: [...DEMO_DIMENSION_VALUES, BOOTS] });
    const plan = planQuestion("where does our store show up on google for boots", ctx);
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls[0]?.name).toBe("query_metrics");
    expect(plan.calls[0]?.args).toMatchObject({
      metrics: ["sessions", "revenue"],
      filters: [{ field: "channel", op: "in", values: ["organic_search"] }],
    });
    expect(plan.notes?.[0]).toMatch(/^Search rankings .* are not tracked/);
  });
});
