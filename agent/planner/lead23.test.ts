/**
 * lead23: a sceptic's "how did you calculate X" asked first, a finance voice's waste words with
 * "anywhere" / "on ads", growth over a unit to date, and ad-product names as buyers say them.
 */
import { describe, expect, it } from "vitest";
import { rewriteAdProductNames } from "./ad-product-names.ts";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import type { DimensionValue, Plan } from "./types.ts";

const ctx = () => testContext({ dataEnd: "2026-10-31", dataStart: "2025-11-01" });
const calls = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls : []);
const campaign = (value: number, label: string): DimensionValue => ({
  dimension: "campaign",
  value: String(value),
  label,
  aliases: [],
});

describe("how a figure was worked out, asked first", () => {
  it("gives the definition, then the ratio with its inputs", () => {
    const plan = planQuestion("how did you calculate cac", ctx());
    expect(calls(plan).map((c) => c.name)).toEqual(["describe_metric", "query_metrics"]);
    expect(calls(plan)[1]!.args).toMatchObject({ metrics: ["cac", "spend", "new_customers"] });
    expect(plan.kind === "tool_calls" && plan.notes?.[0]).toBe(
      "How the figure is worked out: Customer acquisition cost = Ad spend / New customers, each over the same period, with the inputs shown beside it.",
    );
  });

  it.each([
    [
      "that can't be right, show me how you got roas",
      ["roas", "mer", "paid_attributed_revenue", "spend", "revenue"],
    ],
    ["where does the aov number come from", ["average_order_value", "revenue", "orders"]],
    ["break down how you got mer for last month", ["mer", "revenue", "spend"]],
  ])("%s", (question, metrics) => {
    const query = calls(planQuestion(question, ctx())).find((c) => c.name === "query_metrics");
    expect(query?.args).toMatchObject({ metrics });
  });

  // fix21f: ROAS rests on the attribution model, so its definition comes with the default model's run.
  it("leaves 'how is roas calculated' a definition, with the model it rests on", () => {
    expect(calls(planQuestion("how is roas calculated", ctx())).map((c) => c.name)).toEqual([
      "describe_metric",
      "attribution",
    ]);
  });
});

describe("waste words with where it is wasted", () => {
  it.each([
    "are we wasting money anywhere",
    "where are we burning cash on ads",
    "are we losing money anywhere",
  ])("%s ranks campaigns from the lowest return", (question) => {
    const [call] = calls(planQuestion(question, ctx()));
    expect(call?.name).toBe("query_metrics");
    expect(call?.args).toMatchObject({
      dimensions: ["campaign"],
      orderBy: [{ field: "roas", direction: "asc" }],
    });
  });
});

describe("growth over a unit to date", () => {
  it("sets this quarter's days with data against the same days of the quarter before", () => {
    const [call] = calls(planQuestion("revenue growth this quarter", ctx()));
    expect(call?.args).toMatchObject({
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-07-01", to: "2026-07-31" },
    });
  });

  it("shows this year month by month when the same days a year earlier are before the data", () => {
    const plan = planQuestion("how has revenue grown this year", ctx());
    expect(calls(plan)[0]).toMatchObject({
      name: "query_metrics",
      args: { dimensions: ["date"], grain: "month", timeRange: { from: "2026-01-01", to: "2026-10-31" } },
    });
  });
});

describe("ad-product names", () => {
  it.each([
    ["how is advantage plus doing", "how is advantage doing"],
    ["asc roas last month", "advantage roas last month"],
    ["advantage shopping campaign cpa", "advantage campaign cpa"],
    ["performance max roas", "pmax roas"],
    ["p-max vs brand search", "pmax vs brand search"],
    ["sort campaigns by roas asc", "sort campaigns by roas asc"],
  ])("%s -> %s", (text, out) => {
    expect(rewriteAdProductNames(text)).toBe(out);
  });

  it("finds the campaign a product name stands for", () => {
    const values = [
      ...DEMO_DIMENSION_VALUES,
      campaign(2001, "Prospecting - Broad - Advantage+"),
      campaign(2002, "Shopping - PMax - All Products"),
    ];
    const c = testContext({ dimensionValues: values });
    for (const [question, id] of [
      ["how did ASC do in october", 2001],
      ["performance max roas last month", 2002],
    ] as const) {
      const [call] = calls(planQuestion(question, c));
      expect(call?.args).toMatchObject({ filters: [{ field: "campaign", op: "in", values: [id] }] });
    }
  });
});

describe("a tone asked for is how to say it, not what", () => {
  it.each([
    ["be brutally honest: is display paying off", "is display paying off"],
    ["where is our spend leaking, no sugarcoating", "where is our spend leaking"],
    ["how did october go? give it to me straight", "how did october go?"],
  ])("%s", (withTone, plain) => {
    expect(planQuestion(withTone, ctx())).toEqual(planQuestion(plain, ctx()));
  });
});
