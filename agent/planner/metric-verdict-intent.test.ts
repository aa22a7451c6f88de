/** lead19: a judgement asked of a figure ("is that good?", "is our cac ok"). */
import { describe, expect, it } from "vitest";
import { METRIC_VERDICT_NOTE } from "../present/metric-verdict.ts";
import { asksVerdict } from "./metric-verdict-intent.ts";
import { normalize } from "./normalize.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

const plan = (q: string, previous?: Plan) => planQuestion(q, testContext(previous ? { previous } : {}));
const calls = (p: Plan) => (p.kind === "tool_calls" ? p.calls : []);

describe("asksVerdict", () => {
  it.each([
    "is that good?",
    "is that bad",
    "is this ok or not",
    "are those numbers any good",
    "is our cac ok",
    "is the roas on meta healthy",
    "is our conversion rate healthy this month",
    "should we be worried about display",
    "how worried should I be",
    "good or bad?",
    "how's the click rate, is it any good",
  ])("asks a verdict: %s", (q) => expect(asksVerdict(normalize(q))).toBe(true));

  it.each([
    "is our cpa on track for the target",
    "is 1.5 roas good enough for us",
    "what is a good roas for our business",
    "is it normal that revenue dropped last week",
    "is it a good time to scale tiktok",
    "how do our cpcs compare to the industry",
    "revenue by channel last month",
    "should we pause display",
  ])("leaves other asks alone: %s", (q) => expect(asksVerdict(normalize(q))).toBe(false));
});

describe("the verdict plan", () => {
  it("judges the previous answer's ratio against the period before and break-even", () => {
    const first = plan("roas by channel last month");
    const p = plan("is that good?", first);
    expect(p.kind === "tool_calls" && p.frame.note).toBe(METRIC_VERDICT_NOTE);
    expect(calls(p).map((c) => c.name)).toEqual(["compare_periods", "profitability"]);
    const [compare, profit] = calls(p);
    expect(compare!.args).toMatchObject({
      metrics: ["roas"],
      dimensions: ["channel"],
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-09-01", to: "2026-09-30" },
    });
    expect(profit!.args).toEqual({
      analysis: "break_even",
      period: { from: "2026-10-01", to: "2026-10-31" },
    });
  });

  it("judges a named metric in its own scope; a rate without a break-even is judged on its history", () => {
    const p = plan("is the cpc on paid search too high");
    expect(calls(p).map((c) => c.name)).toEqual(["compare_periods"]);
    expect(calls(p)[0]!.args).toMatchObject({
      metrics: ["cpc"],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
    });
  });

  it("judges a paid channel named alone by its ROAS, an unpaid one by its revenue, spend by what it bought", () => {
    expect(calls(plan("should we be worried about paid social"))[0]!.args).toMatchObject({
      metrics: ["roas"],
    });
    expect(calls(plan("is email doing ok"))[0]!.args).toMatchObject({ metrics: ["revenue"] });
    const spend = plan("spend by channel last month");
    expect(calls(plan("is that bad?", spend))[0]!.args).toMatchObject({ metrics: ["roas"] });
  });

  it("names nothing to judge: not this intent", () => {
    expect(calls(plan("is that good?")).map((c) => c.name)).not.toContain("compare_periods");
  });
});
