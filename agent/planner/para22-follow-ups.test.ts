/** para22: set 16's follow-ups said another way (para22-phrasings.ts and the readers it names). */
import { describe, expect, it } from "vitest";
import { callsOf, expectSameFollowUp, lastPlanOfThread } from "./testing-thread.ts";
import type { Plan } from "./types.ts";

const last = lastPlanOfThread;

describe("follow-ups said another way (para22)", () => {
  it("'the previous month' after a month shown: the month before it, not last month again", () => {
    expectSameFollowUp("how did we do last month?", "what about the month before", [
      "how about the previous month",
      "and the prior month?",
    ]);
    expectSameFollowUp("What was total revenue in Q3?", "what about the quarter before", [
      "what about the prior quarter",
    ]);
  });

  it("'compare with the previous quarter' after Q3: Q3 against Q2", () => {
    const plan = last("What was total revenue in Q3?", "compare with the previous quarter");
    expect(callsOf(plan)).toMatchObject([
      {
        name: "compare_periods",
        args: {
          period: { from: "2026-07-01", to: "2026-09-30" },
          compareTo: { from: "2026-04-01", to: "2026-06-30" },
        },
      },
    ]);
  });

  it("'filter those to paid social': only those rows", () => {
    expectSameFollowUp(
      "show me campaigns with a CTR under 1% in the last 30 days",
      "only the paid social ones",
      ["filter those to paid social", "narrow it down to paid social"],
    );
  });

  it("'why is it the best?', 'what makes it perform best': why", () => {
    expectSameFollowUp("which tiktok campaign is performing best", "why?", [
      "why is it the best?",
      "what makes it perform best",
      "how come it's on top",
    ]);
  });

  it("'by acquisition channel' after time to buy: the journeys split by first channel", () => {
    expectSameFollowUp(
      "how long from first visit to first purchase usually?",
      "split that by the channel they came in on",
      ["break that down by acquisition channel", "split by the channel they first came from"],
    );
  });

  it("'for monday mornings' after a summary: a weekly schedule, as 'every monday morning'", () => {
    const first = "write me a weekly summary for last week";
    const cron = (plan: Plan) =>
      plan.kind === "clarify" && plan.automation?.kind === "schedule" ? plan.automation.cron : plan.kind;
    const expected = cron(last(first, "great, send me this every monday morning at jo@example.com"));
    expect(expected).toMatch(/ 1$/);
    expect(cron(last(first, "schedule this for monday mornings at jo@example.com"))).toBe(expected);
  });
});
