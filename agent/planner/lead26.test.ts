/**
 * lead26: the period the data covers asked plainly (each month's totals, led by the span), a
 * newcomer's terms led by their meaning, and the margin the profit figures assume led by break-even.
 */
import { describe, expect, it } from "vitest";
import { asksModelInUse } from "../present/attribution-direction.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

const ctx = () => testContext({ dataEnd: "2026-10-31", dataStart: "2025-11-01" });
const calls = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls : []);
const notes = (plan: Plan) => (plan.kind === "tool_calls" ? (plan.notes ?? []).join(" ") : "");

describe("the period the data covers", () => {
  it.each([
    "how far back does the data go",
    "when does our data start",
    "whats the date range of the data",
    "how much history do we have",
    "what period does the data cover",
    "when does your data end",
    "how far back can I look",
  ])("%s: each month's spend, revenue and orders over the whole span, the span said first", (q) => {
    const plan = planQuestion(q, ctx());
    expect(calls(plan)).toEqual([
      {
        name: "query_metrics",
        args: expect.objectContaining({
          metrics: ["spend", "revenue", "orders"],
          dimensions: ["date"],
          grain: "month",
          timeRange: { from: "2025-11-01", to: "2026-10-31" },
        }),
      },
    ]);
    expect(notes(plan)).toMatch(/^Your data covers November 1, 2025 to October 31, 2026, day by day/);
  });

  it("without known bounds it gives the capability summary", () => {
    const plan = planQuestion("how far back does the data go", testContext());
    expect(calls(plan)[0]?.name).toBe("search_catalog");
  });

  it("leaves the freshness check alone", () => {
    const plan = planQuestion("how fresh is the data", ctx());
    expect(calls(plan)[0]?.name).not.toBe("search_catalog");
    expect(notes(plan)).not.toMatch(/Your data covers/);
  });
});

describe("a newcomer's terms", () => {
  it.each([
    ["what's a touchpoint here", /^A touchpoint is one recorded marketing contact/, "journeys"],
    ["what is a conversion path", /^A conversion path \(customer journey\)/, "journeys"],
    ["what does assisted conversion mean", /^An assisted conversion is an order/, "journeys"],
    ["what is a cohort", /^A cohort is a group of customers/, "cohorts"],
    ["what is a funnel step", /^The funnel is the chain of steps/, "funnel"],
  ])("%s: the meaning first, then the data's example", (q, lead, tool) => {
    const plan = planQuestion(q, ctx());
    expect(calls(plan)[0]?.name).toBe(tool);
    expect(notes(plan)).toMatch(lead);
  });

  it("what is the top path stays a ranking, with no definition", () => {
    expect(notes(planQuestion("what is the top path to purchase", ctx()))).not.toMatch(/A conversion path/);
  });
});

describe("the lookback asked plainly", () => {
  it.each(["whats the lookback window", "what's the lookback", "what lookback do you use"])(
    "%s asks the model in use",
    (q) => expect(asksModelInUse(q)).toBe(true),
  );
});
