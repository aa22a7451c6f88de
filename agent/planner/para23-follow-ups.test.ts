/** para23: set 17's follow-ups said another way (para23-phrasings.ts and the readers it names). */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import { callsOf, expectSameFollowUp, lastPlanOfThread } from "./testing-thread.ts";

const last = lastPlanOfThread;

describe("follow-ups said another way (para23)", () => {
  it("'the one before that' after a month shown: the month before it, not the same month again", () => {
    expectSameFollowUp("how'd we do last month", "and the month before?", [
      "how about the one before that",
      "and the one before",
    ]);
  });

  it("'switch to monthly bars' after a weekly line: the monthly series", () => {
    expectSameFollowUp(
      "weekly revenue for the past 3 months as a line chart",
      "make it a bar chart by month",
      ["switch to monthly bars", "switch to a bar chart by month"],
    );
  });

  it("'limit to 3', 'cap it at three' after a breakdown: the top rows only", () => {
    expectSameFollowUp("aov by channel this quarter", "top 3 only", [
      "limit to 3",
      "cap it at three",
      "trim the list to the top 3 please",
    ]);
  });

  it("'what if we go by number of orders' after a ranking: ranked by orders", () => {
    expectSameFollowUp("which channel drove the most revenue ytd", "what about by orders instead", [
      "what if we go by number of orders",
      "go by orders",
    ]);
  });

  it("'are you sure it's tracking?' after a day's drop: how sure, of the same answer", () => {
    expectSameFollowUp(
      "what caused the revenue drop on 3/17",
      "how sure are you that's tracking and not real?",
      ["are you sure it's tracking and not a real drop?", "could it be real and not tracking?"],
    );
  });
});

describe("asks said another way (para23)", () => {
  it("'a weekly report on monday mornings': a schedule to confirm, not this week's brief", () => {
    for (const q of [
      "can i get a weekly report on monday mornings",
      "could i get a weekly report on fridays",
    ]) {
      const plan = planQuestion(
        q,
        testContext({ requester: { role: "analyst", surface: "api", email: "ana@example.com" } }),
      );
      expect(plan.kind, q).toBe("clarify");
      if (plan.kind === "clarify") expect(plan.automation?.kind, q).toBe("schedule");
    }
  });

  it("'exact vs broad match': the breakdown the data lacks", () => {
    // fix21b: pages asked of organic traffic are said untracked, with organic search by month.
    for (const [q, words] of [["how do exact vs broad match compare", "keyword"]] as const) {
      const plan = planQuestion(q, testContext());
      expect(plan.kind, q).toBe("clarify");
      if (plan.kind === "clarify") expect(plan.question, q).toContain(words);
    }
  });

  it("'a deck for monday': a deadline, not the period", () => {
    const plan = last("putting together a deck for monday, chart of monthly revenue vs spend this year");
    expect(callsOf(plan)).toMatchObject([
      { name: "query_metrics", args: { timeRange: { from: "2026-01-01" }, grain: "month" } },
    ]);
  });
});
