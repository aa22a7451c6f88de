/**
 * The merge's tests for session 26's new readers that came without their own (fix21c's budget cut,
 * planning aside, comparison basis and one-sentence pick; fix21f's direction against a named
 * comparison and how a credited figure is computed): exact plans and readings.
 */
import { describe, expect, it } from "vitest";
import { asksBudgetPick } from "../answer/budget-pick.ts";
import { readBudgetCut } from "./budget-cut.ts";
import { creditedMetric } from "./metric-method-intent.ts";
import { planQuestion } from "./plan.ts";
import { dropPlanningContext } from "./planning-context.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

const calls = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls : []);
const notes = (plan: Plan) => (plan.kind === "tool_calls" ? (plan.notes ?? []).join(" ") : "");

describe("a saving asked of the whole budget (fix21c)", () => {
  it("reads an amount a month and a share", () => {
    expect(readBudgetCut("we need to free up 8k per month from ads")).toEqual({ extraBudget: -8000 });
    expect(readBudgetCut("cut 10% of spend where from")).toEqual({ totalBudgetChangePercent: -10 });
    expect(readBudgetCut("roas by channel last month")).toBeUndefined();
  });
});

describe("a planning aside beside a question about the past (fix21c)", () => {
  it.each([
    ["What won over bf25? We're prepping next year's calendar.", "What won over bf25?"],
    ["what worked in q3? I'm planning q1.", "what worked in q3?"],
    ["what is roas", "what is roas"],
  ])("%s -> %s", (q, kept) => expect(dropPlanningContext(q)).toBe(kept));
});

describe("one sentence asked of a budget pick (fix21c)", () => {
  it("is asked by 'which channel should get more ... one sentence', not by a split", () => {
    expect(asksBudgetPick("which channel should get more budget next year, one sentence")).toBe(true);
    expect(asksBudgetPick("split 50k across channels")).toBe(false);
  });
});

describe("compared to what, after a comparison (fix21c)", () => {
  it("repeats the comparison and names both periods", () => {
    const first = planQuestion("are we more efficient than last quarter", testContext());
    const plan = planQuestion(
      "compared to what exactly?",
      testContext({ previous: first, previousQuestion: "are we more efficient than last quarter" }),
    );
    expect(calls(plan)).toEqual(calls(first));
    expect(notes(plan)).toBe(
      "That comparison set October 1 – November 1, 2026 against July 1 – September 30, 2026: the same figures over each, with the change between them.",
    );
  });
});

describe("a direction against a named comparison (fix21f)", () => {
  it("organic traffic, the last 3 months against the 3 before: its sessions over both", () => {
    expect(
      calls(planQuestion("is organic traffic growing? last 3 months vs the 3 before", testContext())),
    ).toEqual([
      {
        name: "compare_periods",
        args: {
          metrics: ["sessions"],
          period: { from: "2026-08-01", to: "2026-10-31" },
          compareTo: { from: "2026-05-01", to: "2026-07-31" },
          dimensions: [],
          filters: [{ field: "channel", op: "in", values: ["organic_search"] }],
        },
      },
    ]);
  });
});

describe("how a credited figure is computed (fix21f)", () => {
  it("only metrics read from the attribution results rest on the model", () => {
    const { catalog } = testContext();
    expect(["roas", "paid_cpa", "attributed_revenue"].map((m) => creditedMetric([m], catalog))).toEqual([
      "roas",
      "paid_cpa",
      "attributed_revenue",
    ]);
    expect(["mer", "cpa", "orders", "new_customers"].map((m) => creditedMetric([m], catalog))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("ROAS's definition, then the default model's run", () => {
    expect(calls(planQuestion("how exactly is roas computed and on which model", testContext()))).toEqual([
      { name: "describe_metric", args: { metric: "roas" } },
      {
        name: "attribution",
        args: {
          models: ["last_touch"],
          level: "channel",
          metric: "revenue",
          period: { from: "2026-10-02", to: "2026-10-31" },
        },
      },
    ]);
  });
});
