/** Other tools' words read as ours, with the sentence that says so (fix9b). */
import { describe, expect, it } from "vitest";
import { readOtherToolWords } from "./other-tool-words.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

describe("readOtherToolWords", () => {
  it.each([
    ["bounces by session default channel group", "bounces by channel"],
    ["key events in q2", "orders in q2"],
    ["cost per result for meta", "cpa for meta"],
    ["sessions converted % in june", "conversion rate in june"],
    ["returning customer rate in june", "returning customer share in june"],
    ["fiscal q1 spend", "q1 spend"],
    ["fy25 revenue", "2025 revenue"],
    ["r we up on revenue", "are we up on revenue"],
    ["cpa by mnth, keep it simple", "cpa by month"],
    ["how do you calc aov", "how do you calculate aov"],
  ])("%s -> %s", (asked, read) => {
    expect(readOtherToolWords(asked).question).toBe(read);
  });

  it("leaves the planner's own words alone", () => {
    const asked = "revenue by channel group in september, calculated how?";
    expect(readOtherToolWords(asked)).toEqual({ question: asked, notes: [], definitionNotes: [] });
  });

  it("says each mapping once, with the words as typed", () => {
    expect(readOtherToolWords("Key Events by default channel group, key events by week").notes).toEqual([
      'Read GA4\'s "default channel group" as the channels in your data (paid search, paid social, display, affiliate, email, organic search, referral, direct).',
      'Read GA4\'s "Key Events" as orders (purchases): the conversion your data records by channel. Add-to-carts and checkouts are there too, if you meant those.',
      'Read GA4\'s "key events" as orders (purchases): the conversion your data records by channel. Add-to-carts and checkouts are there too, if you meant those.',
    ]);
  });
});

describe("planQuestion with another tool's words", () => {
  it("answers with the mapping said first", () => {
    const plan = planQuestion("cost per result by campaign in september", testContext());
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls[0]?.args).toMatchObject({ metrics: ["cpa"], dimensions: ["campaign"] });
    expect(plan.notes?.[0]).toBe(
      'Read Meta\'s "cost per result" as cost per acquisition: ad spend / orders (a "result" taken as an order).',
    );
  });

  it("never makes an unknown word of a GA4 grouping a breakdown", () => {
    const plan = planQuestion("engaged sessions by default channel group in q3", testContext());
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls[0]?.args).toMatchObject({ metrics: ["engaged_sessions"], dimensions: ["channel"] });
    expect(plan.notes).toHaveLength(2);
  });

  it("reads churn as customers who did not come back, and says so", () => {
    const plan = planQuestion("churn by first channel", testContext());
    expect(plan.kind === "tool_calls" && plan.calls[0]?.name).toBe("cohorts");
    expect(plan.kind === "tool_calls" && plan.notes?.[0]).toMatch(/^Your shop has no subscriptions/);
  });
});
