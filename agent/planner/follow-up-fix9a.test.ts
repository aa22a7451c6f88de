/** fix9a: follow-up turns that ask something of the previous answer, each in several wordings. */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import type { DimensionValue, Plan } from "./types.ts";

/** Two promos and a flow beside the test newsletter, and the traffic objective. */
const EXTRA: DimensionValue[] = [
  { dimension: "email_campaign", value: "promo_1", label: "Labor Day Sale", aliases: [] },
  { dimension: "email_campaign", value: "promo_2", label: "Fall Camping Collection", aliases: [] },
  { dimension: "email_campaign", value: "flow_1", label: "Welcome Series", aliases: [] },
  { dimension: "objective", value: "traffic", label: "Traffic", aliases: [] },
];

/** Plan a thread; the last turn's plan. */
function last(...questions: string[]): Plan {
  let plan: Plan | undefined;
  let previousQuestion: string | undefined;
  const dimensionValues = [...DEMO_DIMENSION_VALUES, ...EXTRA];
  for (const q of questions) {
    plan = planQuestion(q, testContext({ previous: plan, previousQuestion, dimensionValues }));
    previousQuestion = q;
  }
  return plan!;
}
const call = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls[0] : undefined);
const frame = (plan: Plan) => (plan.kind === "tool_calls" ? plan.frame : undefined);
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

describe("follow-ups (fix9a)", () => {
  it("leaving a member out keeps the breakdown and excludes it", () => {
    for (const q of ["get rid of the newsletter", "remove the newsletter please", "take the newsletter out"])
      expect(call(last("email open rate and click rate per email campaign in q3", q))).toMatchObject({
        name: "query_metrics",
        args: {
          metrics: ["email_open_rate", "email_click_rate"],
          dimensions: ["email_campaign"],
          filters: [{ field: "email_campaign", op: "not_in", values: ["weekly_newsletter"] }],
          timeRange: Q3,
        },
      });
    for (const q of ["drop display", "exclude paid search and display", "can you take affiliate out"]) {
      const c = call(last("spend by channel in september", q));
      expect(c?.name).toBe("query_metrics");
      expect(c?.args.dimensions).toEqual(["channel"]);
      expect(c?.args.filters).toEqual([expect.objectContaining({ field: "channel", op: "not_in" })]);
    }
  });

  it("only the rows with an objective narrows the campaigns, even one named like a metric", () => {
    for (const q of [
      "just the ones whose objective is conversions",
      "filter to conversion objective campaigns only",
      "only keep the traffic-goal ones",
    ]) {
      const c = call(last("cpa by campaign last quarter", q));
      expect(c?.args).toMatchObject({ metrics: ["cpa"], dimensions: ["campaign"], timeRange: Q3 });
      expect(c?.args.filters).toContainEqual({
        field: "campaign_objective",
        op: "in",
        values: [q.includes("traffic") ? "traffic" : "conversions"],
      });
    }
  });

  it("a breakdown typed after a breakdown clarification answers the first question that way", () => {
    for (const q of ["fine, per campaign then", "ok by campaign", "campaign level works"]) {
      const c = call(last("which landing page had the highest click-through rate in september", q));
      expect(c?.name).toBe("query_metrics");
      expect(c?.args).toMatchObject({ metrics: ["ctr"], dimensions: ["campaign"] });
    }
  });

  it("a bare why after an overview explains revenue against the overview's baseline", () => {
    for (const q of ["how come?", "what drove that", "why did that happen"]) {
      const plan = last("how did we do last week", q);
      expect(call(plan)).toMatchObject({
        name: "explain_change",
        args: {
          metric: "revenue",
          period: { from: "2026-10-19", to: "2026-10-25" },
          compareTo: { from: "2026-10-12", to: "2026-10-18" },
        },
      });
      expect(frame(plan)?.note).toMatch(/^Why revenue moved/);
    }
  });

  it("which model to trust after two models side by side keeps the comparison", () => {
    for (const q of [
      "so which of the two do we go with",
      "which one is closer to the truth",
      "which should i believe when setting budgets",
    ])
      expect(call(last("compare linear and markov credit for paid social in september", q))).toMatchObject({
        name: "attribution",
        args: { models: ["linear", "markov"] },
      });
  });

  it("a split asked of a cohort answer regroups the cohorts", () => {
    for (const q of ["now break it out by acquisition channel", "split by first touch", "per channel"])
      expect(call(last("how many first-time buyers order again within 60 days", q))).toMatchObject({
        name: "cohorts",
        args: { groupBy: "first_touch_channel", ltvDays: 60, show: "repeat" },
      });
    expect(call(last("ltv by channel", "now by first order month"))?.args).toMatchObject({
      groupBy: "first_order_month",
    });
  });

  it("the money a cut frees, moved to another member", () => {
    for (const q of [
      "what if that money went to affiliate instead",
      "and if we shift the savings into affiliate?",
      "put it into affiliate",
    ])
      expect(call(last("what if we cut display by 30% next month", q))?.args).toMatchObject({
        changes: [
          { dimension: "channel", value: "display", changePercent: -30 },
          { dimension: "channel", value: "affiliate", receives: true },
        ],
      });
  });

  it("a chart of a repeat-rate answer charts the repeat rate", () => {
    for (const q of [
      "share of customers who come back by channel",
      "repurchase rate by first touch",
      "repeat rate",
    ])
      expect(call(last(q, "chart it"))?.args).toMatchObject({ show: "repeat" });
    expect(call(last("90 day ltv by channel", "chart it"))?.args).not.toHaveProperty("show");
  });
});

describe("sorted by (fix9a)", () => {
  it("sorts the whole table by the metric named after the sort word", () => {
    for (const [q, field, direction] of [
      ["spend and cpa by campaign in september, sorted by cpa", "cpa", "desc"],
      ["roas and revenue per channel last month ranked by revenue", "revenue", "desc"],
      ["ctr and cpc by platform in q3 ordered by cpc lowest first", "cpc", "asc"],
    ] as const) {
      const c = call(last(q));
      expect(c?.args.orderBy).toEqual([{ field, direction }]);
      expect(c?.args).not.toHaveProperty("limit");
    }
  });
});
