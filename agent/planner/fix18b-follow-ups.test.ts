/**
 * fix18b: follow-ups read against the previous answer first: a split by new vs returning of touch
 * counts, the next funnel step, why two readings of one figure differ, where a defined metric's
 * inputs come from, another length or form of the answer, and "compared to what".
 */
import { describe, expect, it } from "vitest";
import { callsOf, lastPlanOfThread } from "./testing-thread.ts";

const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const AUG = { from: "2026-08-01", to: "2026-08-31" };
const notesOf = (first: string, next: string) => {
  const plan = lastPlanOfThread(first, next);
  return plan.kind === "tool_calls" ? (plan.notes ?? []).join(" ") : plan.kind;
};

describe("touch counts split by new vs returning (fix18b)", () => {
  it.each([
    ["avg touchpoints per order last quarter", "split that by new and returning"],
    ["avg touchpoints per order last quarter", "and for first-time buyers vs repeat?"],
    ["how many touchpoints does a typical buyer have in q3", "do returning customers differ from new ones"],
  ])("'%s' then '%s' splits the touch counts by customer type", (first, next) => {
    expect(callsOf(lastPlanOfThread(first, next))).toEqual([
      { name: "journeys", args: { analysis: "path_length", period: Q3, byCustomerType: true } },
    ]);
  });
});

describe("the next funnel step after traffic (fix18b)", () => {
  const organic = [{ field: "channel", op: "in", values: ["organic_search"] }];
  it.each([
    "how many of them bought?",
    "what % converted",
    "how many turned into orders",
    "conversions from those?",
    "and how many purchased",
  ])("'%s' after organic sessions in august adds orders and the conversion rate", (next) => {
    expect(callsOf(lastPlanOfThread("how many sessions did organic search get in august", next))).toEqual([
      {
        name: "query_metrics",
        args: {
          metrics: ["sessions", "orders", "conversion_rate"],
          dimensions: [],
          filters: organic,
          timeRange: AUG,
        },
      },
    ]);
  });

  it("after ad clicks adds the conversions claimed and attributed", () => {
    const calls = callsOf(
      lastPlanOfThread("paid search clicks in august", "how many of those clicks converted"),
    );
    expect(calls).toEqual([
      {
        name: "query_metrics",
        args: {
          metrics: [
            "clicks",
            "platform_conversions",
            "platform_conversion_rate",
            "paid_attributed_conversions",
          ],
          dimensions: [],
          filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
          timeRange: AUG,
        },
      },
    ]);
  });
});

describe("why two readings of one figure differ (fix18b)", () => {
  it.each(["why do they differ?", "how come those two numbers don't match", "whats the reason for the gap"])(
    "'%s' after a platform's claim beside ours explains the gap on the same figures",
    (next) => {
      const first = "platform reported vs tracked revenue for meta in september";
      expect(notesOf(first, next)).toMatch(/^Why they differ: the platform-reported figure/);
      expect(callsOf(lastPlanOfThread(first, next))).toEqual(callsOf(lastPlanOfThread(first)));
    },
  );

  it("after two models, explains how the models share out the same orders", () => {
    expect(
      notesOf(
        "compare first touch and last touch revenue for paid social last month",
        "why r they so different",
      ),
    ).toMatch(/^Why they differ: both models share out the same orders/);
  });
});

describe("where a defined metric's figures come from (fix18b)", () => {
  it("the revenue of ROAS is the paid channels' attributed revenue, with its sources", () => {
    const plan = lastPlanOfThread("what is roas", "where does revenue come from?");
    expect(callsOf(plan)).toEqual([
      {
        name: "query_metrics",
        args: {
          metrics: ["paid_attributed_revenue", "revenue"],
          dimensions: [],
          filters: [],
          timeRange: { from: "2026-10-02", to: "2026-10-31" },
        },
      },
    ]);
    expect(plan.kind === "tool_calls" && plan.notes).toEqual([
      "Where these figures come from (read from the answer's results).",
    ]);
  });

  it("'where do you get the spend figure from' after a definition shows spend with its source", () => {
    const plan = lastPlanOfThread("explain mer to me", "where do you get the spend figure from");
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args.metrics).toEqual(["spend"]);
    expect(plan.kind === "tool_calls" && plan.notes?.[0]).toMatch(/^Where these figures come from/);
  });

  it("'what's in that number' after a figure is where it comes from, not a decline", () => {
    expect(notesOf("what was revenue last month", "what's in that number?")).toMatch(
      /Where these figures come from/,
    );
  });
});

describe("another length or form of the previous answer (fix18b)", () => {
  it.each([
    ["how much did we spend on paid social last month", "in 2 sentences pls"],
    ["revenue and orders by channel in september", "can you put that in three bullets for the board"],
    ["what was our cac ytd", "as bullets for my boss"],
    ["ROAS by platform last quarter", "make that a one-liner"],
    ["spend by channel this year", "rewrite that as bullet points"],
    ["what's our mer last month", "write that up in two sentences for the ceo"],
  ])("'%s' then '%s' asks the same calls again", (first, next) => {
    expect(callsOf(lastPlanOfThread(first, next))).toEqual(callsOf(lastPlanOfThread(first)));
  });
});

describe("compared to what (fix18b)", () => {
  it.each(["compared to what?", "vs what?", "relative to what", "whats the baseline"])(
    "'%s' after a figure compares it with the period before",
    (next) => {
      expect(callsOf(lastPlanOfThread("paid search spend in september", next))).toEqual([
        {
          name: "compare_periods",
          args: {
            metrics: ["spend"],
            period: { from: "2026-09-01", to: "2026-09-30" },
            compareTo: AUG,
            dimensions: [],
            filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
          },
        },
      ]);
    },
  );
});
