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

const callsOf = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls : []);
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

describe("a chart asked of a top-1 ranking (fix20a)", () => {
  it("draws every row the top one was ranked among", () => {
    expect(callsOf(thread("which platform had the highest spend last month", "pie chart pls"))).toEqual([
      {
        name: "query_metrics",
        args: {
          metrics: ["spend"],
          dimensions: ["platform"],
          filters: [],
          timeRange: OCT,
          orderBy: [{ field: "spend", direction: "desc" }],
        },
      },
    ]);
    for (const q of ["can u do a donut of that", "as a bar chart"])
      expect(
        callsOf(thread("what channel drove the most orders last quarter", q))[0]?.args.limit,
      ).toBeUndefined();
  });
});

describe("'its', 'the top one' after a ranking (fix20a)", () => {
  it("asks the top row the figure, beside the one it was ranked by", () => {
    expect(callsOf(thread("best campaign by roas last month", "how much did the top one spend"))).toEqual([
      {
        name: "query_metrics",
        args: {
          metrics: ["roas", "spend"],
          dimensions: ["campaign"],
          filters: [{ field: "campaign", op: "neq", value: null }],
          timeRange: OCT,
          orderBy: [{ field: "roas", direction: "desc" }],
          limit: 1,
        },
      },
    ]);
  });

  it("reads 'its click rate' of ad rows as their click-through rate", () => {
    expect(
      callsOf(thread("which campaign had the highest spend last month", "what was its click rate"))[0]?.args,
    ).toMatchObject({ metrics: ["spend", "ctr"], dimensions: ["campaign"], limit: 1, timeRange: OCT });
  });

  it("reads a rate of an email's rows as its email rate", () => {
    expect(
      callsOf(thread("which newsletter got the most opens in q3", "and its unsub rate?"))[0]?.args,
    ).toEqual({
      metrics: ["email_opens", "email_unsubscribe_rate"],
      dimensions: ["email_campaign"],
      filters: [],
      timeRange: Q3,
      orderBy: [{ field: "email_opens", direction: "desc" }],
      limit: 1,
    });
    expect(
      callsOf(
        thread("which email had the best open rate last month", "what was the click rate for the top one"),
      )[0]?.args,
    ).toMatchObject({ metrics: ["email_open_rate", "email_click_rate"], limit: 1, timeRange: OCT });
  });
});

describe("'it' after one campaign, platform or channel, with a period (fix20a)", () => {
  it("keeps the subject and scans the month named", () => {
    expect(callsOf(thread("how is meta doing", "anything weird happen to it in august?"))).toEqual([
      {
        name: "detect_anomalies",
        args: {
          metrics: ["revenue", "orders", "spend", "roas"],
          period: { from: "2026-08-01", to: "2026-08-31" },
          filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
        },
      },
    ]);
    expect(callsOf(thread("how's affiliate doing", "wat happend in july with it"))[0]?.args.filters).toEqual([
      { field: "channel", op: "in", values: ["affiliate"] },
    ]);
    expect(
      callsOf(
        thread("how's the brand search campaign performing", "what went on with that campaign in june"),
      )[0],
    ).toMatchObject({
      name: "detect_anomalies",
      args: { filters: [{ field: "campaign", op: "in", values: [1004] }] },
    });
  });

  it("reads 'how did it do' in a month as the subject's figures then", () => {
    expect(
      callsOf(thread("how's the brand search campaign performing", "how did it do in march"))[0]?.args,
    ).toEqual({
      metrics: ["revenue", "spend", "roas", "orders"],
      dimensions: [],
      filters: [{ field: "campaign", op: "in", values: [1004] }],
      timeRange: { from: "2026-03-01", to: "2026-03-31" },
    });
  });
});

describe("more budget weighed for one channel or platform, then a multiple (fix20a)", () => {
  const budget = (change: Record<string, unknown>, level = "channel") => [
    {
      name: "recommend_budget",
      args: {
        period: { from: "2026-11-01", to: "2026-11-30" },
        level,
        lockedChannels: [],
        changes: [change],
        objective: "profit",
      },
    },
  ];
  it("is that channel's next dollar", () => {
    expect(callsOf(thread("should we spend more on affiliate"))).toEqual(
      budget({ dimension: "channel", value: "affiliate", changePercent: 10 }),
    );
  });
  it("doubles or raises that channel in the follow-up", () => {
    expect(callsOf(thread("should we spend more on affiliate", "what if we doubled it"))).toEqual(
      budget({ dimension: "channel", value: "affiliate", changePercent: 100 }),
    );
    expect(callsOf(thread("do we need more budget on google ads", "what if we add 30%"))).toEqual(
      budget({ dimension: "platform", value: "google_ads", changePercent: 30 }, "platform"),
    );
  });
});

describe("a bound on the previous rows with no metric named (fix20a)", () => {
  it("keeps the rows past it, on the metric whose unit fits", () => {
    expect(callsOf(thread("roas by campaign last month", "just those over 2x"))[0]?.args.filters).toEqual([
      { field: "campaign", op: "neq", value: null },
      { field: "roas", op: "gt", value: 2 },
    ]);
    expect(callsOf(thread("email open rate by campaign", "only those under 30%"))[0]?.args.filters).toEqual([
      { field: "email_open_rate", op: "lt", value: 0.3 },
    ]);
    expect(callsOf(thread("revenue by state in october", "only states with more than $5k"))[0]?.args).toEqual(
      {
        metrics: ["revenue"],
        dimensions: ["region"],
        filters: [{ field: "revenue", op: "gt", value: 5000 }],
        timeRange: OCT,
        orderBy: [{ field: "revenue", direction: "desc" }],
      },
    );
    expect(
      callsOf(thread("spend by campaign last month", "which ones were under $500"))[0]?.args,
    ).toMatchObject({
      filters: [{ field: "spend", op: "lt", value: 500 }],
      orderBy: [{ field: "spend", direction: "asc" }],
    });
  });
});
