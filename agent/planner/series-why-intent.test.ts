/** fix20d: a why asked of one point of a series; a bare why after a platform's claim beside ours. */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

const plan = (q: string, previous?: Plan) =>
  planQuestion(q, { ...testContext(), ...(previous ? { previous } : {}) });
const calls = (p: Plan) => (p.kind === "tool_calls" ? p : undefined);

const YEAR = { from: "2025-11-01", to: "2026-10-31" };

describe("seriesWhyPlan", () => {
  const aovByMonth = plan("aov by month");
  it("ranks the series for its peak, then explains that month against the one before", () => {
    const p = calls(plan("why was it highest in that month?", aovByMonth));
    expect(p?.calls).toEqual([
      {
        name: "query_metrics",
        args: {
          metrics: ["average_order_value"],
          dimensions: ["date"],
          filters: [],
          timeRange: YEAR,
          grain: "month",
          orderBy: [{ field: "average_order_value", direction: "desc" }],
          limit: 1,
        },
      },
    ]);
    expect(p?.then?.calls).toEqual([
      {
        name: "explain_change",
        args: {
          metric: "average_order_value",
          period: { from: "{{found}}", to: "{{found:to}}" },
          compareTo: "previous_period",
          dimensions: ["channel", "campaign"],
          filters: [],
        },
      },
    ]);
  });
  it("ranks for the low point when the dip is asked", () => {
    const p = calls(plan("what caused the dip", plan("sessions monthly")));
    expect(p?.calls[0]?.args.orderBy).toEqual([{ field: "sessions", direction: "asc" }]);
    expect(p?.then?.calls[0]?.name).toBe("explain_change");
  });
  it("reads 'worst' against the metric's good direction (a higher CPA is worse)", () => {
    const p = calls(plan("why was that the worst month", plan("paid cpa by month")));
    expect(p?.calls[0]?.args.orderBy).toEqual([{ field: "paid_cpa", direction: "desc" }]);
  });
  it("explains a month named in the series against the month before", () => {
    const p = calls(plan("how come it jumped in may?", plan("revenue by month")));
    expect(p?.calls).toEqual([
      {
        name: "explain_change",
        args: {
          metric: "revenue",
          period: { from: "2026-05-01", to: "2026-05-31" },
          compareTo: { from: "2026-04-01", to: "2026-04-30" },
          dimensions: ["channel", "campaign"],
          filters: [],
        },
      },
    ]);
    expect(p?.notes?.[0]).toMatch(/^What drove May 2026: that month against the month before/);
  });
  it("keeps the series' filters", () => {
    const p = calls(plan("whats behind the spike", plan("email revenue by week last quarter")));
    expect(p?.then?.calls[0]?.args.filters).toEqual(p?.calls[0]?.args.filters);
    expect(p?.calls[0]?.args.grain).toBe("week");
  });
  it("leaves a why after rows that are no series", () => {
    const p = plan("why was it highest", plan("roas by channel last month"));
    expect(calls(p)?.then).toBeUndefined();
  });
});

describe("a bare why after a platform's claim beside ours", () => {
  const gap = plan("meta reported conversions vs our orders by campaign last month");
  for (const q of [
    "why would that be",
    "whats causing that",
    "how come?",
    "how come the platform number is higher",
  ])
    it(`"${q}" gives the same rows, led by why they differ`, () => {
      const p = calls(plan(q, gap));
      expect(p?.calls).toEqual(calls(gap)?.calls);
      expect(p?.notes?.[0]).toMatch(/^Why they differ: the platform-reported figure/);
      expect(p?.notes?.[0]).toMatch(/ordered by the gap, widest first\.$/);
    });
  it("reads a platform's conversions against bare 'tracked' as the gap", () => {
    expect(calls(plan("google ads conversions vs tracked by campaign"))?.calls[0]?.args.metrics).toContain(
      "platform_conversions_minus_tracked",
    );
  });
});
