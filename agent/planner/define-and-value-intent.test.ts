import { describe, expect, it } from "vitest";
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { asksDefinitionAndValue, shorthandNotes } from "./define-and-value-intent.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

describe("definition and value in one question", () => {
  it.each([
    ["what does roas mean and what was it last month", "roas"],
    ["define cpa, and show me its value for q3", "cpa"],
    ["what's conversion rate and how high was it in august", "conversion_rate"],
  ])("%s: the definition, then the value", (q, metric) => {
    const plan = planQuestion(q, testContext());
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls.map((c) => c.name)).toEqual(["describe_metric", "query_metrics"]);
    expect(plan.calls[0]?.args).toEqual({ metric });
    expect(plan.calls[1]?.args.metrics).toContain(metric);
  });

  it("leaves a definition alone and a value alone", () => {
    expect(asksDefinitionAndValue("what is roas")).toBe(false);
    expect(asksDefinitionAndValue("what was roas and cpa last month")).toBe(false);
  });
});

describe("shorthandNotes", () => {
  it("names the metric behind a shorthand its label does not spell out, with its formula", () => {
    expect(shorthandNotes("whats nCAC in q3", ["cac"], standardCatalog)).toEqual([
      'Read "nCAC" as customer acquisition cost: ad spend / new customers.',
    ]);
    expect(shorthandNotes("CAC in q3", ["cac"], standardCatalog)).toEqual([]);
    expect(shorthandNotes("Blended ROAS last week", ["mer"], standardCatalog)[0]).toMatch(
      /^Read "Blended ROAS" as MER/,
    );
  });
});
