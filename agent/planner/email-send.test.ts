/** A named email send filters email metrics to that send, or asks which when the words fit several. */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import type { DimensionValue } from "./types.ts";

const send = (label: string): DimensionValue => ({
  dimension: "email_campaign",
  value: label,
  label,
  aliases: [],
});
const values: DimensionValue[] = [
  ...DEMO_DIMENSION_VALUES,
  send("Founders Letter 2026"),
  send("Trail Club Invite 2025"),
  send("Trail Club Invite 2026"),
  send("Spring Clearance Sale"),
  // An ad campaign sharing a send's words: named only through the send.
  { dimension: "campaign", value: "2001", label: "Spring26 - Clearance Sale - Video", aliases: [] },
];
const ctx = (clarificationId?: string) =>
  testContext({ dimensionValues: values, dataEnd: "2026-10-31", clarificationId });

describe("namedEmailSend", () => {
  it("filters to the send named, over the last twelve months when no period is named", () => {
    const plan = planQuestion("open rate of the founders letter email", ctx());
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args).toMatchObject({
      metrics: ["email_open_rate"],
      filters: [{ field: "email_campaign", op: "in", values: ["Founders Letter 2026"] }],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    });
  });

  it("asks which send when the words fit several, and answers the one picked", () => {
    const q = "unsubscribes from the trail club invite emails";
    const ask = planQuestion(q, ctx());
    expect(ask.kind).toBe("clarify");
    if (ask.kind !== "clarify") return;
    expect(ask.options.map((o) => o.label)).toEqual(["Trail Club Invite 2025", "Trail Club Invite 2026"]);
    const picked = planQuestion("", { ...ctx(ask.options[1]!.id), previous: ask });
    expect(picked.kind === "tool_calls" && picked.calls[0]?.args).toMatchObject({
      filters: [{ field: "email_campaign", op: "in", values: ["Trail Club Invite 2026"] }],
    });
  });

  it("leaves email questions that name no send alone", () => {
    const plan = planQuestion("email unsubscribes last month", ctx());
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args).toMatchObject({ filters: [] });
  });

  it("sets two named sends side by side on the email measures when the question names no measure", () => {
    const plan = planQuestion(
      "was the spring clearance sale email better or worse than the founders letter email",
      ctx(),
    );
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args).toMatchObject({
      metrics: ["email_sends", "email_opens", "email_clicks", "email_open_rate", "email_click_rate"],
      dimensions: ["email_campaign"],
      filters: [
        { field: "email_campaign", op: "in", values: ["Founders Letter 2026", "Spring Clearance Sale"] },
      ],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    });
  });

  it("reads dates written beside two named sends as when each went out, not two periods", () => {
    const plan = planQuestion(
      "Spring Clearance Sale Mar 14 v the founders letter email Feb 2, results?",
      ctx(),
    );
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args).toEqual({
      metrics: ["email_sends", "email_opens", "email_clicks", "email_open_rate", "email_click_rate"],
      dimensions: ["email_campaign"],
      filters: [
        { field: "email_campaign", op: "in", values: ["Founders Letter 2026", "Spring Clearance Sale"] },
      ],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    });
  });

  it("drops an ad campaign matched only from a named send's words", () => {
    const plan = planQuestion("clicks on the spring clearance sale email", ctx());
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args).toMatchObject({
      filters: [{ field: "email_campaign", op: "in", values: ["Spring Clearance Sale"] }],
    });
  });
});
