import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import type { DimensionValue } from "./types.ts";

/** An email send whose name holds "camping", one edit from a misspelt "campigns". */
const CAMPING_SEND: DimensionValue = {
  dimension: "email_campaign",
  value: "fall_camping",
  label: "Fall Camping Collection",
  aliases: [],
};

function callsOf(question: string, values = DEMO_DIMENSION_VALUES) {
  const plan = planQuestion(question, testContext({ dimensionValues: values }));
  if (plan.kind !== "tool_calls") throw new Error(`expected tool calls, got ${plan.kind}`);
  return plan.calls;
}

describe("fix9e splits the data has", () => {
  it("reads a misspelt 'campaigns' as the breakdown even when a send's name is one edit away", () => {
    const [call] = callsOf("cpc and ctr for all tiktok campigns last month", [
      ...DEMO_DIMENSION_VALUES,
      CAMPING_SEND,
    ]);
    expect(call?.args).toMatchObject({ dimensions: ["campaign"] });
  });

  it("gives revenue and orders by source beside Meta's ROAS when Instagram is set against Facebook", () => {
    const calls = callsOf("instagram against facebook roas last quarter");
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual({
      name: "query_metrics",
      args: {
        metrics: ["revenue", "orders"],
        dimensions: ["source"],
        filters: [{ field: "source", op: "in", values: ["instagram", "facebook"] }],
        timeRange: { from: "2026-07-01", to: "2026-09-30" },
        attributionModel: "last_touch",
      },
    });
  });

  it("keeps one call for a spend question about Instagram (spend has no source)", () => {
    expect(callsOf("instagram spend last month")).toHaveLength(1);
  });
});

describe("fix9e lists of asks", () => {
  it("answers every numbered part, a bare 'mom change' as the change of the part before", () => {
    const calls = callsOf(
      "couple of things: 1) orders last month 2) mom change 3) best campaign by roas last month",
    );
    expect(calls.map((c) => c.name)).toEqual(["query_metrics", "compare_periods", "query_metrics"]);
    expect(calls[1]?.args).toMatchObject({
      metrics: ["orders"],
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-09-01", to: "2026-09-30" },
    });
    expect(calls[2]?.args).toMatchObject({ metrics: ["roas"], dimensions: ["campaign"], limit: 1 });
  });

  it("answers a comma list whose parts one reading dropped", () => {
    const calls = callsOf(
      "quick ones for the sync - new customers in september, repeat rate, and email open rate in september",
    );
    expect(calls.map((c) => c.name)).toEqual(["query_metrics", "cohorts", "query_metrics"]);
    expect(calls[2]?.args).toMatchObject({ metrics: ["email_open_rate"] });
  });

  it("keeps a list of headline figures for an update as one overview", () => {
    const calls = callsOf(
      "writing the client report for october: spend, revenue, roas plus a couple of standouts",
    );
    expect(calls.map((c) => c.name)).toEqual(["overview"]);
  });

  it("keeps a metric list one reading answers as one call", () => {
    expect(callsOf("for the review: spend, revenue, roas by channel last month")).toHaveLength(1);
  });
});
