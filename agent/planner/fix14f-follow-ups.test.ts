/**
 * fix14f: follow-ups that change the previous answer's period ("vs the same number of days before
 * <day>", "add august too", "all channels combined"), and the what-if notes, each in several wordings.
 */
import { describe, expect, it } from "vitest";
import { perDayText } from "./budget-per-day.ts";
import { readCostMultiple } from "./cost-multiple-intent.ts";
import { lastPlanOfThread } from "./testing-thread.ts";
import type { Plan } from "./types.ts";

const last = lastPlanOfThread;
const call = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls[0] : undefined);
const notes = (plan: Plan) => (plan.kind === "tool_calls" ? (plan.notes ?? []).join(" ") : "");
const SINCE_LABOR_DAY = { from: "2026-09-07", to: "2026-11-01" };
const BEFORE_LABOR_DAY = { from: "2026-07-13", to: "2026-09-06" };

describe("period-changing follow-ups (fix14f)", () => {
  it("the same number of days before a named day keeps the answer's period, summed when asked", () => {
    for (const q of [
      "and for every channel combined vs the same number of days before labor day",
      "now in total, against an equal stretch before labor day",
      "all channels together compared with the same length of time before labor day",
    ]) {
      const plan = last("cpa and spend by channel since labor day", q);
      expect(call(plan)?.name).toBe("compare_periods");
      expect(call(plan)?.args).toMatchObject({
        period: SINCE_LABOR_DAY,
        compareTo: BEFORE_LABOR_DAY,
        dimensions: [],
      });
    }
  });

  it("a named day after the phrase is where the period starts when no other period is named", () => {
    const plan = last("orders vs the same number of days before labor day");
    expect(call(plan)?.args).toMatchObject({ period: SINCE_LABOR_DAY, compareTo: BEFORE_LABOR_DAY });
  });

  it("a period added to the last answer is shown beside it", () => {
    for (const [q, base] of [
      ["add august too", { from: "2026-08-01", to: "2026-08-31" }],
      ["can you include august as well", { from: "2026-08-01", to: "2026-08-31" }],
      ["show q2 too", { from: "2026-04-01", to: "2026-06-30" }],
    ] as const) {
      const start = base.from === "2026-04-01" ? "spend by channel in q3" : "roas by channel in september";
      const plan = last(start, q);
      expect(call(plan)?.name).toBe("compare_periods");
      expect(call(plan)?.args.compareTo).toEqual(base);
    }
  });

  it("a period inside the last one or a new period alone is not added beside it", () => {
    expect(call(last("revenue last month", "show last week"))?.name).toBe("query_metrics");
  });
});

describe("what-ifs with numbers (fix14f)", () => {
  it("a cost per result k times as high says the share of results lost, in words", () => {
    expect(readCostMultiple("if cpa doubles at the same spend how many orders go")).toMatchObject({
      cost: "cpa",
      lost: "half",
    });
    expect(readCostMultiple("cpc 3x with budgets unchanged, how many fewer clicks")).toMatchObject({
      cost: "cpc",
      lost: "two thirds",
    });
    expect(readCostMultiple("what is our cpa")).toBeUndefined();
    const plan = last("say tiktok cpa goes 3x next month at the same spend, how many orders go");
    expect(notes(plan)).toContain("you would lose two thirds of the orders below");
  });

  it("an amount per day is blanked to the same length and read over the period", () => {
    expect(perDayText("add $100/day to search")).toEqual({ text: "add $100     to search", perDay: true });
    expect(perDayText("add $100 to search").perDay).toBe(false);
    const plan = last("if we add 60 dollars a day to paid search in december does it pay back");
    expect(call(plan)?.args.changes).toEqual([
      { dimension: "channel", value: "paid_search", changeAmount: 1860 },
    ]);
    expect(notes(plan)).toContain("over the 31 days");
  });
});
