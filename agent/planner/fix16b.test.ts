/** fix16b: several periods as a series, a year-month, a misdated outage, a later member change, an unpaid pause, budget left, a side before the data. */
import { describe, expect, it } from "vitest";
import { readIncidentDays } from "./incident-days.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import { lastPlanOfThread } from "./testing-thread.ts";
import { extractTime } from "./time.ts";

const TODAY = "2026-11-01";
const ctx = testContext({ dataEnd: "2026-10-31", dataStart: "2025-11-01" });

describe("fix16b", () => {
  it("reads three or more months or quarters as that unit's series over their span", () => {
    expect(extractTime("revenue q1 vs q2 vs q3", TODAY)).toMatchObject({
      period: { from: "2026-01-01", to: "2026-09-30", label: "q1, q2, q3" },
      seriesGrain: "quarter",
    });
    expect(extractTime("spend jan vs apr vs jul vs oct", TODAY)).toMatchObject({
      period: { from: "2026-01-01", to: "2026-10-31" },
      seriesGrain: "month",
    });
    // Listed out of order, the span is still earliest to latest.
    expect(extractTime("cvr aug vs jul vs sep", TODAY).period).toMatchObject({
      from: "2026-07-01",
      to: "2026-09-30",
    });
    // A year around the others only says which year; the quarter to date is a quarter.
    expect(extractTime("roas in 2026 q1 vs q2 vs q3", TODAY).seriesGrain).toBe("quarter");
    expect(extractTime("orders q2 vs q3 vs q4", TODAY).period).toMatchObject({
      from: "2026-04-01",
      to: "2026-11-01",
    });
    // Two periods stay a comparison.
    expect(extractTime("revenue q2 vs q1", TODAY).compare?.period).toMatchObject({ from: "2026-01-01" });
  });

  it("keeps a list of months apart, never two spans of neighbours", () => {
    const plan = planQuestion("how did spend look in march, june and september?", ctx);
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args).toMatchObject({
      dimensions: ["date"],
      grain: "month",
      timeRange: { from: "2026-03-01", to: "2026-09-30" },
    });
  });

  it("reads a month written as year and month number, and a quoted range", () => {
    expect(extractTime("month = '2026-09'", TODAY).period).toMatchObject({
      from: "2026-09-01",
      to: "2026-09-30",
      unit: "month",
    });
    expect(extractTime("for 2026/9", TODAY).period).toMatchObject({ from: "2026-09-01", to: "2026-09-30" });
    expect(extractTime("2026-09-14", TODAY).period).toMatchObject({ from: "2026-09-14", to: "2026-09-14" });
    const range = extractTime("date between '2026-09-01' and '2026-09-30'", TODAY);
    expect(range.period).toMatchObject({ from: "2026-09-01", to: "2026-09-30" });
    expect(range.compare).toBeUndefined();
  });

  it("corrects an outage put in a month that holds none, and leaves a right month alone", () => {
    const misdated = readIncidentDays(
      "why did the tracking outage in april hit orders",
      ["2026-03-17"],
      TODAY,
    );
    expect(misdated.text).toBe("why did the tracking outage in march 2026 hit orders");
    expect(misdated.incident).toEqual({
      from: "2026-03-17",
      to: "2026-03-17",
      count: 1,
      misdated: "April 2026",
    });
    expect(readIncidentDays("the june outage cost", ["2026-03-17"], TODAY).text).toBe(
      "the march 2026 outage cost",
    );
    expect(
      readIncidentDays("the tracking outage in march cost", ["2026-03-17"], TODAY).incident,
    ).toBeUndefined();
    const plan = planQuestion(
      "how many orders did we lose in the june outage",
      testContext({ dataEnd: "2026-10-31", trackingLossDays: ["2026-03-17"] }),
    );
    expect(plan.kind === "tool_calls" && plan.calls[0]).toMatchObject({
      name: "detect_anomalies",
      args: { period: { from: "2026-02-17", to: "2026-04-14" }, focus: "loss" },
    });
    expect(plan.kind === "tool_calls" && plan.notes?.[0]).toMatch(
      /^Your data shows no tracking outage in June 2026/,
    );
  });

  it("compares a ranked member in a later period against the ranked one, the member found first", () => {
    const plan = lastPlanOfThread("worst campaign by roas in q3", "what happened to that one this quarter");
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls[0]).toMatchObject({
      name: "query_metrics",
      args: { timeRange: { from: "2026-07-01", to: "2026-09-30" }, limit: 1 },
    });
    expect(plan.then?.field).toBe("campaign");
    expect(plan.then?.calls[0]).toMatchObject({
      name: "compare_periods",
      args: {
        period: { from: "2026-10-01", to: "2026-11-01" },
        compareTo: { from: "2026-07-01", to: "2026-09-30" },
        filters: [
          { field: "campaign", op: "neq", value: null },
          { field: "campaign", op: "in", values: ["{{found}}"] },
        ],
      },
    });
    expect(plan.then?.calls[0]?.args.limit).toBeUndefined();
  });

  it("shows an unpaid channel's own activity for a pause, not its spend", () => {
    const email = planQuestion("when we paused email in july how much did revenue drop", ctx);
    expect(email.kind === "tool_calls" && email.calls.map((c) => c.args.metrics)).toEqual([
      ["email_sends"],
      ["revenue"],
    ]);
    const organic = planQuestion("how much did sales fall when we turned off organic search in june", ctx);
    expect(organic.kind === "tool_calls" && organic.calls[0]?.args).toMatchObject({
      metrics: ["sessions"],
      filters: [{ field: "channel", op: "in", values: ["organic_search"] }],
    });
    // A paid channel's pause is still its holdout (its spend), as before.
    const paid = planQuestion("when we paused paid search in july how much did revenue drop", ctx);
    expect(paid.kind === "tool_calls" && paid.calls[0]?.args).toMatchObject({ analysis: "holdout" });
  });

  it("reads the budget left this month as pacing of the latest complete month", () => {
    const plan = planQuestion("how much budget is left this month", ctx);
    expect(plan.kind === "tool_calls" && plan.calls[0]).toEqual({
      name: "campaigns",
      args: { analysis: "pacing", period: { from: "2026-10-01", to: "2026-10-31" } },
    });
  });
});
