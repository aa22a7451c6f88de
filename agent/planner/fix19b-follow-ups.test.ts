import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

/** Plans a thread; returns the last turn's plan. */
function thread(...questions: string[]): Plan {
  let previous: Plan | undefined;
  let previousQuestion: string | undefined;
  let plan: Plan | undefined;
  for (const q of questions) {
    plan = planQuestion(q, testContext({ previous, previousQuestion }));
    if (plan.kind !== "decline") previous = plan;
    previousQuestion = q;
  }
  return plan!;
}

const argsOf = (plan: Plan, i = 0) => (plan.kind === "tool_calls" ? plan.calls[i] : undefined);
const TARGETS = ["revenue", "spend", "roas", "orders", "cpa", "cac"];

describe("targets asked again (fix19b)", () => {
  it("reads 'which are behind' without a pronoun as the targets over the answer's period", () => {
    for (const q of ["which ones are behind", "anything lagging?", "what did we miss"])
      expect(argsOf(thread("how are we doing vs our goals in september", q))).toMatchObject({
        name: "query_metrics",
        args: { metrics: TARGETS, dimensions: [], timeRange: { from: "2026-09-01", to: "2026-09-30" } },
      });
  });

  it("reads a miss per channel as the targets' metrics by channel, every row", () => {
    const call = argsOf(thread("did we hit our targets last quarter", "which channel missed by the most"));
    expect(call).toMatchObject({
      args: {
        metrics: TARGETS,
        dimensions: ["channel"],
        timeRange: { from: "2026-07-01", to: "2026-09-30" },
      },
    });
    expect(call?.args.limit).toBeUndefined();
  });
});

describe("a part of the US after an answer (fix19b)", () => {
  it("filters the state breakdown to the part's states", () => {
    expect(argsOf(thread("revenue by state, top 5", "only the pacific northwest"))?.args.filters).toEqual([
      { field: "region", op: "in", values: ["WA", "OR", "ID"] },
    ]);
    expect(argsOf(thread("orders by channel last month", "pnw only pls"))?.args).toMatchObject({
      dimensions: ["channel"],
      filters: [{ field: "region", op: "in", values: ["WA", "OR", "ID"] }],
    });
  });

  it("keeps a monthly series' shape, filtered to the part", () => {
    expect(argsOf(thread("revenue by month this year", "new england only"))?.args).toMatchObject({
      dimensions: ["date"],
      grain: "month",
      filters: [{ field: "region", op: "in", values: ["CT", "ME", "MA", "NH", "RI", "VT"] }],
    });
  });
});

describe("a series' step asked again (fix19b)", () => {
  it("says the answer is already at that step and offers the others", () => {
    const plan = thread("cpc trend on meta", "weekly instead");
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind === "tool_calls") {
      expect(plan.calls[0]?.args.grain).toBe("week");
      expect(plan.notes).toContain(
        "The answer before is already by week, so here it is again; I can show it by day or by month instead.",
      );
    }
  });

  it("switches the step when another is asked", () => {
    expect(argsOf(thread("cpc trend on meta", "monthly instead"))?.args.grain).toBe("month");
  });
});

describe("the things to flag (fix19b)", () => {
  it("compares the previous answer's period with the one before, by channel", () => {
    expect(argsOf(thread("how did we do last month", "what are 3 things i should flag"))).toEqual({
      name: "compare_periods",
      args: {
        metrics: ["revenue", "spend", "orders"],
        dimensions: ["channel"],
        filters: [],
        period: { from: "2026-10-01", to: "2026-10-31" },
        compareTo: { from: "2026-09-01", to: "2026-09-30" },
      },
    });
  });

  it("keeps the split and measure of a breakdown shown before", () => {
    expect(argsOf(thread("roas by platform in september", "anything stand out?"))?.args).toMatchObject({
      metrics: ["roas"],
      dimensions: ["platform"],
      compareTo: { from: "2026-08-01", to: "2026-08-31" },
    });
  });
});

describe("an email answer asked per send (fix19b)", () => {
  it("gives the program's revenue per send and each email's rates", () => {
    const plan = thread("email clicks by email campaign in october", "how about per send");
    expect(plan.kind === "tool_calls" && plan.calls.map((c) => c.args.metrics)).toEqual([
      ["email_revenue", "email_sends", "email_revenue_per_send"],
      ["email_sends", "email_open_rate", "email_click_rate", "email_clicks"],
    ]);
    expect(argsOf(plan, 1)?.args.dimensions).toEqual(["email_campaign"]);
  });
});
