/**
 * fix15a: follow-ups that lean on the previous answer (answer-talk-intent.ts) and the nearest
 * breakdown after a "no such breakdown" clarification (clarify-typed-option.ts), each in several
 * wordings of our own (the blind sets are held out).
 */
import { describe, expect, it } from "vitest";
import { lastPlanOfThread } from "./testing-thread.ts";
import type { Plan } from "./types.ts";

const last = lastPlanOfThread;
const calls = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls : []);
const notes = (plan: Plan) => (plan.kind === "tool_calls" ? (plan.notes ?? []).join(" ") : "");
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const Q2 = { from: "2026-04-01", to: "2026-06-30" };

describe("plain words about the previous answer (fix15a)", () => {
  it("a holdout answer again, led by what the test means in plain words", () => {
    for (const q of [
      "eli5 pls",
      "can u say that in plain english",
      "dumb it down for me, im not a marketer",
      "put that simply",
    ]) {
      const plan = last("what did the paid search holdout show", q);
      expect(calls(plan)).toEqual([
        { name: "campaigns", args: { analysis: "holdout", channel: "paid_search" } },
      ]);
      expect(notes(plan)).toMatch(/^In plain words: we switched these ads off for a week/);
    }
  });

  it("median against mean, said simply", () => {
    for (const q of ["explain that to me like a kid", "in simple terms?", "ok now without the jargon"]) {
      const plan = last("what's the median order value last quarter", q);
      expect(calls(plan)[0]).toMatchObject({
        name: "cohorts",
        args: { period: Q3, show: "order_value", percentiles: [50] },
      });
      expect(notes(plan)).toContain("a few very big orders pull it up");
    }
  });
});

describe("how sure the previous answer is (fix15a)", () => {
  it("a budget change's before and after, with why it is not a controlled test", () => {
    for (const q of [
      "how confident should i be in this",
      "can we trust that",
      "is that statistically significant",
      "how reliable is this",
    ]) {
      const plan = last("did the budget increase on display prospecting in july pay off", q);
      expect(calls(plan)[0]).toMatchObject({ name: "campaigns", args: { analysis: "change" } });
      expect(notes(plan)).toMatch(/^How sure: moderately at best\. This is a before-and-after comparison/);
    }
  });

  it("a metric answer, with what its figures leave out", () => {
    const plan = last("revenue by channel in september", "how certain are you about these");
    expect(calls(plan)[0]).toMatchObject({ name: "query_metrics", args: { dimensions: ["channel"] } });
    expect(notes(plan)).toMatch(/^How sure: the figures below are counted exactly/);
  });
});

describe("the figure for the board (fix15a)", () => {
  it("MER beside revenue and spend, said as the one to lead with", () => {
    for (const q of [
      "what do i tell the investors",
      "which metric should i report to leadership",
      "what number goes to my boss",
    ]) {
      const plan = last("revenue and spend q3 vs q2", q);
      expect(calls(plan)).toEqual([
        {
          name: "compare_periods",
          args: {
            metrics: ["revenue", "spend", "mer"],
            period: Q3,
            compareTo: Q2,
            dimensions: [],
            filters: [],
          },
        },
      ]);
      // Two quarters are even: no word about unequal lengths.
      expect(notes(plan)).toMatch(/^For the board, lead with MER/);
      expect(notes(plan)).not.toContain("differ in length");
    }
  });

  it("periods of unequal length are given as monthly averages, the later one to date", () => {
    const plan = last("revenue and spend q3 vs first half of the year", "what figure should the board see");
    expect(notes(plan)).toContain("The two periods differ in length");
  });
});

describe("what to do about it (fix15a)", () => {
  it("the ranked actions for the channel the verdict was about", () => {
    for (const q of ["so what do we do", "any recommendations?", "how do we fix that", "what would you do"]) {
      const plan = last("should we be worried about display", q);
      expect(calls(plan)).toEqual([
        { name: "recommend", args: { focus: "all", channel: "display", limit: 3 } },
      ]);
    }
  });
});

describe("the next item of a list of actions (fix15a)", () => {
  it("one more action than were shown", () => {
    for (const q of ["what's next on the list", "and the 3rd?", "anything else?", "number three pls"]) {
      const plan = last("top 2 things to fix", q);
      expect(calls(plan)).toEqual([{ name: "recommend", args: { focus: "all", limit: 3 } }]);
      expect(notes(plan)).toBe(
        "The third thing to fix is the last one below; the ones above it were given already.",
      );
    }
  });
});

describe("what drove the day or week found (fix15a)", () => {
  it("a week: the ranking again, then that week against the one before", () => {
    for (const q of ["what caused that", "why was that week so bad", "what's behind it", "how come?"]) {
      const plan = last("worst roas week in q3", q);
      expect(plan.kind === "tool_calls" && plan.then).toEqual({
        field: "date",
        grain: "week",
        calls: [
          {
            name: "explain_change",
            args: {
              metric: "roas",
              period: { from: "{{found}}", to: "{{found:to}}" },
              compareTo: "previous_period",
              dimensions: ["channel", "campaign"],
              filters: [],
            },
          },
        ],
      });
    }
  });

  it("a day: against the same weekday a week before", () => {
    for (const q of ["what happened that day", "why that one?", "what drove it?"]) {
      const plan = last("what was our top order day last month", q);
      expect(plan.kind === "tool_calls" && plan.then?.calls[0]?.args.compareTo).toEqual({
        from: "{{found:week_before}}",
        to: "{{found:week_before}}",
      });
      expect(notes(plan)).toContain("against the same weekday a week before");
    }
  });
});

describe("the nearest breakdown after one the data lacks (fix15a)", () => {
  it("ad creative: its campaigns, said as not single ads", () => {
    for (const q of ["closest you've got?", "what can you show me instead", "ok the nearest thing then"]) {
      const plan = last("roas by ad creative for paid search in september", q);
      expect(calls(plan)[0]).toMatchObject({
        name: "query_metrics",
        args: {
          metrics: ["roas"],
          dimensions: ["campaign"],
          timeRange: { from: "2026-09-01", to: "2026-09-30" },
        },
      });
      expect(notes(plan)).toMatch(
        /^The data has no ad creative breakdown, so the nearest thing it has is campaigns/,
      );
    }
  });
});
