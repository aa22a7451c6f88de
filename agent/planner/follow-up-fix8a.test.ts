/** fix8a: follow-up turns that change one part of the previous answer and keep the rest. */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { DimensionValue, Plan } from "./types.ts";

/** The demo's email campaigns beside the test newsletter: two promos. */
const PROMOS: DimensionValue[] = ["Labor Day Sale", "Fall Camping Collection"].map((label, i) => ({
  dimension: "email_campaign",
  value: `promo_${i}`,
  label,
  aliases: [],
}));

/** Plan a thread; the last turn's plan. */
function last(...questions: string[]): Plan {
  let plan: Plan | undefined;
  let previousQuestion: string | undefined;
  const base = testContext();
  const dimensionValues = [...base.dimensionValues, ...PROMOS];
  for (const q of questions) {
    plan = planQuestion(q, testContext({ previous: plan, previousQuestion, dimensionValues }));
    previousQuestion = q;
  }
  return plan!;
}
const firstCall = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls[0] : undefined);
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

describe("follow-ups (fix8a)", () => {
  it("another model after ROAS by channel keeps the metric, breakdown and period", () => {
    for (const q of ["switch to last click", "now under first touch", "and with linear?"])
      expect(firstCall(last("roas by channel in q3 with the markov model", q))).toMatchObject({
        name: "query_metrics",
        args: { metrics: ["roas"], dimensions: ["channel"], timeRange: Q3 },
      });
    expect(firstCall(last("roas per channel last quarter", "same with last click"))?.args).toMatchObject({
      attributionModel: "last_touch",
      timeRange: Q3,
    });
  });

  it("a new amount after a move between channels moves that amount", () => {
    for (const [q, amount] of [
      ["and 15k?", 15000],
      ["what about $8,000", 8000],
      ["try 20k", 20000],
    ] as const)
      expect(
        firstCall(last("what if i shift 5k from affiliate to paid social in december, profit impact", q))
          ?.args,
      ).toMatchObject({
        changes: [
          { value: "affiliate", changeAmount: -amount },
          { value: "paid_social", changeAmount: amount },
        ],
      });
  });

  it("'vs the promos' after the newsletter's rates sets both groups side by side, same period", () => {
    for (const q of ["vs the promos", "against the promo emails", "compared with the promotional sends"]) {
      const args = firstCall(last("open and click rates for the newsletter in september", q))?.args;
      expect(args).toMatchObject({
        metrics: ["email_open_rate", "email_click_rate"],
        dimensions: ["email_campaign"],
        timeRange: { from: "2026-09-01", to: "2026-09-30" },
      });
      expect(args).not.toHaveProperty("compareTo");
    }
  });

  it("named states by month after the top states: those states' monthly series, no top-N cut", () => {
    for (const q of ["just CA and NY by month", "only texas and florida, monthly", "WA and AZ per month"]) {
      const args = firstCall(last("top 10 states by revenue", q))?.args;
      expect(args).toMatchObject({
        dimensions: ["date", "region"],
        grain: "month",
        timeRange: { from: "2025-11-01", to: "2026-10-31" },
      });
      expect(args).not.toHaveProperty("limit");
      expect(((args?.filters ?? []) as { op: string }[]).some((f) => f.op === "in")).toBe(true);
    }
  });

  it("a bare 'why?' after a ranking shows the ranked rows' parts, ranked first, the others after", () => {
    for (const q of ["why?", "how come", "what's behind that?"]) {
      const args = firstCall(last("worst 3 campaigns by roas last month", q))?.args;
      expect(args).toMatchObject({
        metrics: expect.arrayContaining(["roas", "cpc", "orders", "average_order_value"]),
        dimensions: ["campaign"],
        orderBy: [{ field: "roas", direction: "asc" }],
      });
      expect(args).not.toHaveProperty("limit");
    }
  });

  it("'as a chart' after two periods' totals keeps the comparison; a line spans both periods", () => {
    expect(firstCall(last("revenue october vs september", "as a chart"))).toMatchObject({
      name: "compare_periods",
      args: { period: { from: "2026-10-01" }, compareTo: { from: "2026-09-01" } },
    });
    expect(firstCall(last("revenue october vs september", "as a line chart"))?.args).toMatchObject({
      dimensions: ["date"],
      timeRange: { from: "2026-09-01", to: "2026-10-31" },
    });
  });

  it("'make it shorter' after an overview asks the overview again", () => {
    for (const q of ["make it shorter", "tl;dr", "trim it down please"])
      expect(firstCall(last("client report for q3 with revenue, roas and the main movers", q))).toMatchObject(
        {
          name: "overview",
          args: { period: Q3 },
        },
      );
  });
});
