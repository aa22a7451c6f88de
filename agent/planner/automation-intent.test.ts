import { describe, expect, it } from "vitest";
import { CANCEL_ID, CONFIRM_ID } from "./automation-intent.ts";
import { AUTOMATION_PHRASINGS } from "./phrasings/automation.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const requester = { role: "analyst", slackChannel: "C0MARKETING", email: "jo@acme.example" };
const previous = planQuestion("revenue by channel last week", testContext());
const ctx = testContext({ previous, previousQuestion: "revenue by channel last week", requester });

describe("scheduling and alert requests", () => {
  it.each(AUTOMATION_PHRASINGS)("%s", (question, expected) => {
    const plan = planQuestion(question, ctx);
    expect(plan.kind).toBe("clarify");
    if (plan.kind !== "clarify") return;
    expect(plan.options.map((o) => o.id)).toEqual([CONFIRM_ID, CANCEL_ID]);
    expect(plan.automation).toMatchObject(expected);
  });

  it("confirms into exactly one create_automation call carrying the draft, and cancels into nothing", () => {
    const proposal = planQuestion("alert me if CPA goes above $50", ctx);
    const confirmed = planQuestion("", { ...ctx, previous: proposal, clarificationId: CONFIRM_ID });
    expect(confirmed).toMatchObject({
      kind: "tool_calls",
      calls: [{ name: "create_automation", args: { draft: { kind: "alert", metric: "cpa" } } }],
    });
    const cancelled = planQuestion("", { ...ctx, previous: proposal, clarificationId: CANCEL_ID });
    expect(cancelled).toEqual({ kind: "decline", message: "Cancelled: nothing was created." });
  });

  it("delivers in the Slack channel asked from, by e-mail when asked, and to a named webhook", () => {
    const slack = planQuestion("post the weekly brief to Slack every Monday morning", ctx);
    expect(
      slack.kind === "clarify" && slack.automation?.kind !== "manage" && slack.automation?.destination,
    ).toEqual({
      type: "slack",
      channel: "C0MARKETING",
    });
    const mail = planQuestion("email me a weekly report every Monday", ctx);
    expect(
      mail.kind === "clarify" && mail.automation?.kind !== "manage" && mail.automation?.destination,
    ).toEqual({
      type: "email",
      to: ["jo@acme.example"],
    });
    const hook = planQuestion("send the weekly brief to https://hooks.example.com/b every monday", {
      ...ctx,
      requester: { role: "analyst" },
    });
    expect(
      hook.kind === "clarify" && hook.automation?.kind !== "manage" && hook.automation?.destination,
    ).toEqual({
      type: "webhook",
      url: "https://hooks.example.com/b",
    });
  });

  it("says what is needed: a destination, the question for 'this', or a manager's key", () => {
    const none = planQuestion(
      "post the weekly brief every Monday",
      testContext({ requester: { role: "analyst" } }),
    );
    expect(none).toMatchObject({ kind: "decline", message: expect.stringMatching(/^Where should it go\?/) });
    const noThis = planQuestion("send me this every Monday at 9", testContext({ requester }));
    expect(noThis).toMatchObject({ kind: "decline", message: expect.stringMatching(/^Send which answer\?/) });
    const viewer = planQuestion(
      "alert me if CPA goes above $50",
      testContext({ requester: { role: "viewer" } }),
    );
    expect(viewer).toMatchObject({
      kind: "decline",
      message: expect.stringMatching(/needs an analyst or admin key/),
    });
  });

  it("leaves one-off questions alone", () => {
    expect(planQuestion("can I get the weekly report", ctx).kind).toBe("tool_calls");
    expect(planQuestion("send me revenue by channel last month", ctx).kind).toBe("tool_calls");
    expect(planQuestion("what was CPA last week", ctx).kind).toBe("tool_calls");
  });
});
