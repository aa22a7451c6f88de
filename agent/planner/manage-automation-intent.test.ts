import { describe, expect, it } from "vitest";
import { CANCEL_ID, CONFIRM_ID } from "./automation-intent.ts";
import { isManageRequest } from "./manage-automation-intent.ts";
import { normalize } from "./normalize.ts";
import { MANAGE_CHANGES, MANAGE_KNOWN } from "./phrasings/manage.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const ctx = { ...testContext(), requester: { role: "analyst" }, automations: MANAGE_KNOWN };

describe("managing schedules and alerts in chat", () => {
  it.each(MANAGE_CHANGES)("%s -> %s %s %i after a confirmation", (question, change, what, id) => {
    const plan = planQuestion(question, ctx);
    expect(plan.kind).toBe("clarify");
    if (plan.kind !== "clarify") return;
    expect(plan.automation).toMatchObject({ kind: "manage", change, what, id });
    expect(plan.options.map((o) => o.id)).toEqual([CONFIRM_ID, CANCEL_ID]);
    const confirmed = planQuestion("", { ...ctx, previous: plan, clarificationId: CONFIRM_ID });
    expect(confirmed).toMatchObject({
      kind: "tool_calls",
      calls: [{ name: "manage_automation", args: { change, what, id } }],
    });
    expect(planQuestion("", { ...ctx, previous: plan, clarificationId: CANCEL_ID })).toEqual({
      kind: "decline",
      message: "Cancelled: nothing was changed.",
    });
  });

  it("says exactly which one in the confirmation", () => {
    const plan = planQuestion("pause the CPA alert", ctx);
    expect(plan.kind === "clarify" && plan.question).toBe(
      'I\'ll pause alert rule 2 ("Cost per acquisition above 50"): nothing is sent until it is resumed ("resume alert 2"). Shall I pause it?',
    );
    const del = planQuestion("delete schedule 3", ctx);
    expect(del.kind === "clarify" && del.question).toBe(
      'I\'ll delete schedule 3 ("Weekly brief"); it will not be sent again and this cannot be undone. Shall I delete it?',
    );
  });

  it("refuses viewers, unknown numbers and ambiguous words, and lists for anyone", () => {
    const viewer = { ...ctx, requester: { role: "viewer" } };
    expect(planQuestion("delete schedule 3", viewer)).toMatchObject({ kind: "decline" });
    expect(planQuestion("list my schedules", viewer)).toMatchObject({
      kind: "tool_calls",
      calls: [{ name: "list_automations", args: {} }],
    });
    expect(planQuestion("delete schedule 9", ctx)).toEqual({
      kind: "decline",
      message:
        'There is no schedule 9 in your organization. "List my schedules" shows them with their numbers.',
    });
    const vague = planQuestion("delete the schedule", ctx);
    expect(vague.kind).toBe("decline");
    expect(vague.kind === "decline" && vague.message).toContain('schedule 3 ("Weekly brief"), schedule 4');
    expect(planQuestion("pause the spend alert", ctx)).toEqual({
      kind: "decline",
      message:
        'alert rule 5 ("Ad spend unusual") is already paused. Say "resume alert 5" to turn it back on.',
    });
  });

  it("leaves questions that are not about schedules or alerts alone", () => {
    for (const q of [
      "which campaigns should I pause",
      "should we stop spending on display",
      "email me a weekly report every Monday",
      "show anomalies in spend last week",
      "what alerts fired last week",
    ])
      expect(isManageRequest(normalize(q))).toBe(false);
  });
});
