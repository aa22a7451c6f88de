/** fix11a: follow-ups about the previous answer, each kind in several wordings. */
import { describe, expect, it } from "vitest";
import { lastPlanOfThread } from "./testing-thread.ts";
import type { Plan } from "./types.ts";

const last = lastPlanOfThread;
const call = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls[0] : undefined);
const notes = (plan: Plan) => (plan.kind === "tool_calls" ? (plan.notes ?? []).join(" ") : "");
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const AUG = { from: "2026-08-01", to: "2026-08-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const Q2 = { from: "2026-04-01", to: "2026-06-30" };

describe("follow-ups about the previous answer (fix11a)", () => {
  it("how a ratio was worked out: its inputs beside it, the division said", () => {
    for (const q of [
      "how did you work that out",
      "walk me through that calculation",
      "where does that number come from?",
      "show me your math",
    ]) {
      const plan = last("return on ad spend in september", q);
      expect(call(plan)?.args).toMatchObject({ timeRange: SEPT });
      expect(call(plan)?.args.metrics).toEqual(
        expect.arrayContaining(["roas", "paid_attributed_revenue", "spend"]),
      );
      expect(notes(plan)).toContain("Return on ad spend = Paid-channel attributed revenue / ");
    }
  });

  it("a cost per order by channel shows spend and orders per row", () => {
    for (const q of ["how was that calculated", "how did you get those numbers", "what went into that"]) {
      const args = call(last("cost per acquisition by platform in august", q))?.args;
      expect(args).toMatchObject({ dimensions: ["platform"], timeRange: AUG });
      expect(args?.metrics).toEqual(expect.arrayContaining(["cpa", "spend", "orders"]));
    }
  });

  it("another tool's different figure: the same answer with the possible causes, said as such", () => {
    for (const q of [
      "our store admin shows 1500, why doesn't that match",
      "finance says we had more than that, what gives",
      "ga4 has a different number, which one is right",
    ]) {
      const plan = last("orders in september", q);
      expect(call(plan)?.args).toMatchObject({ metrics: ["orders"], timeRange: SEPT });
      expect(notes(plan)).toMatch(/I can't see .*usual causes, not findings/);
      expect(notes(plan)).toContain("America/New_York");
    }
  });

  it("a different figure for a metric not shown is a new ask, not this answer", () => {
    const plan = last("orders in september", "ga4 shows more sessions, what gives");
    expect(notes(plan)).not.toContain("usual causes");
  });

  it("what changed for the worst of a ranking: that member against the period before", () => {
    for (const q of [
      "what changed for the weakest one?",
      "and what happened with the bottom one",
      "how did the worst one change",
    ]) {
      const args = call(last("the 3 lowest roas campaigns in q3", q))?.args;
      expect(call(last("the 3 lowest roas campaigns in q3", q))?.name).toBe("compare_periods");
      expect(args).toMatchObject({
        period: Q3,
        compareTo: Q2,
        dimensions: ["campaign"],
        limit: 1,
        direction: "asc",
      });
      expect(args?.metrics).toEqual(expect.arrayContaining(["roas", "spend", "ctr", "cpa"]));
      expect(args?.metrics).not.toContain("sessions");
    }
  });

  it("the best of a ranking asked after the worst is not read as the worst", () => {
    const plan = last("the 3 lowest roas campaigns in q3", "what changed for the best one");
    expect(call(plan)?.args.direction).toBeUndefined();
  });

  it("what an incident shown cost: the day against a normal day, the stretch against the one before", () => {
    for (const q of [
      "how much did that cost us",
      "how much spend did we waste there",
      "what was the excess spend",
    ]) {
      const day = last("what happened on june 3", q);
      expect(call(day)).toMatchObject({
        name: "compare_periods",
        args: {
          period: { from: "2026-06-03", to: "2026-06-03" },
          compareTo: { from: "2026-05-27", to: "2026-05-27" },
        },
      });
      expect(call(day)?.args.metrics).toEqual(expect.arrayContaining(["spend", "paid_attributed_revenue"]));
      const month = last("anything odd in august", q);
      expect(call(month)?.args).toMatchObject({
        period: AUG,
        compareTo: { from: "2026-07-01", to: "2026-07-31" },
      });
    }
  });

  it("orders lost that day after a scan stay the scan's own loss reading", () => {
    expect(call(last("what happened on june 3", "how many orders did we lose that day"))?.name).toBe(
      "detect_anomalies",
    );
  });

  it("a second part with its own figure is one question, read whole", () => {
    expect(call(last("top 3 revenue days in q3 and what cpa was on each"))?.args).toMatchObject({
      dimensions: ["date"],
      limit: 3,
    });
  });

  it("more money asked of two named platforms or channels: what 10% more on each returns", () => {
    for (const q of [
      "which of the two deserves more money?",
      "should either of them get extra budget",
      "which one would you scale",
    ]) {
      const plan = last("google vs meta roas in september", q);
      expect(call(plan)).toMatchObject({
        name: "recommend_budget",
        args: {
          level: "platform",
          changes: [
            { dimension: "platform", value: "google_ads", changePercent: 10 },
            { dimension: "platform", value: "meta_ads", changePercent: 10 },
          ],
        },
      });
      expect(notes(plan)).toContain("break-even");
    }
    const channels = last("affiliate and display cpa last month", "which of these should get more spend");
    expect(call(channels)?.args).toMatchObject({ level: "channel" });
  });

  it("a table or a percent gap after two models: the same two-model answer again", () => {
    for (const q of [
      "can you lay that out as a table",
      "give me the % difference for each",
      "show the gap in percent per channel",
    ])
      expect(call(last("linear vs markov revenue by channel in august", q))).toMatchObject({
        name: "attribution",
        args: { models: ["linear", "markov"], level: "channel", period: AUG },
      });
  });

  it("two asks in one: the ranking found, then that member against the period named", () => {
    for (const q of [
      "identify our weakest campaign by roas in september, then how did it change vs august",
      "pick out the campaign with the worst roas in september and then what changed against august",
      "which campaign had the lowest roas in september, then what's different vs august",
    ]) {
      const plan = last(q);
      expect(call(plan)).toMatchObject({
        name: "compare_periods",
        args: { period: SEPT, compareTo: AUG, dimensions: ["campaign"], limit: 1, direction: "asc" },
      });
      expect(notes(plan)).toContain("The worst by Return on ad spend in september");
    }
  });

  it("fix15a: the top day and what caused it: that day against the same weekday a week before", () => {
    const plan = last("what was our top revenue day in q3 and what caused it");
    expect(call(plan)?.args).toMatchObject({ dimensions: ["date"], limit: 1 });
    expect(plan.kind === "tool_calls" && plan.then?.calls[0]?.args.compareTo).toEqual({
      from: "{{found:week_before}}",
      to: "{{found:week_before}}",
    });
    expect(notes(plan)).toMatch(/^First the top day by revenue, then what drove it/);
  });

  it("fix13e: the top week or month and what drove it: its movers follow once the rows say which", () => {
    for (const q of [
      "which month had the most orders and why",
      "find the best week for revenue in q2, then what drove it",
    ]) {
      const plan = last(q);
      expect(call(plan)?.args).toMatchObject({ dimensions: ["date"], limit: 1 });
      expect(plan.kind === "tool_calls" && plan.then?.calls[0]?.name).toBe("explain_change");
      expect(notes(plan)).toMatch(/^First the top (?:week|month) by .*, then what drove it/);
    }
  });

  it("a question with 'then' whose first part is no ranking is read whole", () => {
    const plan = last("show revenue by channel and then by platform");
    expect(notes(plan)).not.toContain("first part");
  });
});
