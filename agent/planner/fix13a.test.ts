/** fix13a: newcomers' words and questions about the assistant. */
import { describe, expect, it } from "vitest";
import { assistantAsk } from "./assistant-asks.ts";
import { normalize } from "./normalize.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

const plan = (q: string, previous?: Plan) => planQuestion(q, testContext(previous ? { previous } : {}));
const notes = (p: Plan) => (p.kind === "tool_calls" ? (p.notes ?? []).join(" ") : "");

describe("questions about the assistant", () => {
  it.each([
    ["what kind of questions could we ask you", "capabilities"],
    ["how can you help us", "capabilities"],
    ["which data sources are you using", "sources"],
    ["how were these numbers worked out", "sources"],
    ["are you linked to shopify", "connection"],
    ["can you read our hubspot", "connection"],
  ])("%s -> %s", (q, kind) => {
    expect(assistantAsk(normalize(q))?.kind).toBe(kind);
  });

  it.each([
    "what should I do with my ad budget",
    "what should we report to the client about last month",
    "how do you calculate roas",
    "revenue in ga last month",
  ])("leaves a data question alone: %s", (q) => {
    expect(assistantAsk(normalize(q))?.kind ?? "none").not.toBe("capabilities");
    const p = plan(q);
    expect(notes(p)).not.toMatch(/I answer questions about your own marketing data|no live connection/);
  });

  it("a capability summary names analyses and what the data lacks, with no count to ground", () => {
    const text = notes(plan("what are you capable of"));
    expect(text).toMatch(/^I answer questions about your own marketing data/);
    expect(text).toContain("attribution by model");
    expect(text).toContain("Not in the data: no device");
    expect(text.replace(/November 1, 2025|October 31, 2026|2025|2026/g, "")).not.toMatch(/\d/);
  });

  it("where the numbers come from names each source with its measures", () => {
    const text = notes(plan("what systems do you pull from"));
    expect(text).toContain("come from the ad platforms' daily reports (Google Ads, Meta Ads and TikTok Ads)");
    expect(text).toContain("come from the email platform (Klaviyo)");
    expect(text).toContain("the language model never computes a figure");
  });

  it("after an answer, how it was calculated is left to that answer's follow-up", () => {
    const p = plan("how did you get that", plan("cac by channel in september"));
    expect(notes(p)).not.toContain("Every number comes from the data loaded");
  });

  it("another tool: no live connection, what we have of its kind, then those figures", () => {
    const p = plan("is our shopify plugged in");
    expect(notes(p)).toMatch(/^I have no live connection to Shopify/);
    expect(notes(p)).toContain("its products, inventory, refunds, shipping and tax are not here");
    expect(p.kind === "tool_calls" && p.calls[0]?.name).toBe("query_metrics");
  });
});

describe("newcomers' words", () => {
  it("best of something unnamed asks best by what, over channels", () => {
    const p = plan("what is our top stuff");
    expect(p.kind).toBe("clarify");
    expect(p.kind === "clarify" && p.question).toMatch(/^Best by what\?/);
  });

  it("the best thing to do is advice, not a ranking of channels", () => {
    expect(plan("what is the best thing to do with our budget").kind).toBe("tool_calls");
    expect(notes(plan("what is the best thing to do with our budget"))).not.toContain("as your channels");
  });

  it("a platform's ad revenue stays that platform's", () => {
    const p = plan("tiktok ads revenue in september");
    expect(notes(p)).not.toContain("paid channels");
  });

  it("money the ads made says how it was read", () => {
    expect(notes(plan("how much money have the adverts generated this year"))).toMatch(
      /^Read "how much money have the adverts generated" as the revenue your paid channels/,
    );
  });
});
