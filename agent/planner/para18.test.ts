/**
 * para18: other wordings read as the planner's own (para18-phrasings.ts). The table rows are in
 * phrasings/para18.ts; here, what a table row can't hold: one platform's ad asked about (no ad
 * creative level, so a clarification), follow-ups said "filter to", "redo by" and "vs customers
 * whose first touch was", and what the rewrite must leave alone.
 */
import { describe, expect, it } from "vitest";
import { rewriteSet12Wordings } from "./para18-phrasings.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

/** Plans each turn with the turn before as the previous plan; returns the last plan. */
function thread(...turns: string[]): Plan {
  let previous: Plan | undefined;
  for (const q of turns) previous = planQuestion(q, testContext(previous ? { previous } : {}));
  return previous as Plan;
}

describe("para18 other wordings", () => {
  it.each([
    "which tiktok ad had the best cpc last month",
    "which google ads drove the most clicks in september",
    "which instagram ad got the most conversions",
  ])("%s says the data has no ad creative level and ranks campaigns instead (fix16f)", (question) => {
    const plan = planQuestion(question, testContext());
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args).toMatchObject({ dimensions: ["campaign"] });
    expect(plan.kind === "tool_calls" && plan.notes?.join(" ")).toMatch(/no ad or creative-level data/);
  });

  it("reads 'now filter to X' after a breakdown as that breakdown for X", () => {
    const plan = thread("orders by channel last month", "now filter to new customers");
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls[0]?.args).toMatchObject({
      metrics: ["orders"],
      dimensions: ["channel"],
      filters: [{ field: "customer_type", op: "in", values: ["new"] }],
    });
  });

  it("reads 'redo by X with at least $N spend' after a ranking as that ranking by X", () => {
    const plan = thread("top 3 campaigns by orders in september", "redo by roas with at least $800 spend");
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls[0]?.args).toMatchObject({
      metrics: ["roas", "spend"],
      dimensions: ["campaign"],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
      orderBy: [{ field: "roas", direction: "desc" }],
      limit: 3,
    });
  });

  it("reads 'vs customers whose first touch was X' after a time to convert as X's", () => {
    const plan = thread(
      "time to convert for customers whose first touch was email",
      "vs customers whose first touch was display",
    );
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls[0]?.name).toBe("journeys");
    expect(plan.calls[0]?.args).toMatchObject({ analysis: "time_to_convert", firstTouch: ["display"] });
  });

  it("leaves a question with an e-mail address or a URL as typed", () => {
    const q = "model moving $2k from display to search, send it to ana@example.com";
    expect(rewriteSet12Wordings(q)).toBe(q);
  });

  it("leaves a question none of its kinds fits as asked (case and punctuation kept)", () => {
    const q = "Revenue by channel, Q3?";
    expect(rewriteSet12Wordings(q)).toBe(q);
  });

  it("keeps a deck's words when the ask names no figures of its own", () => {
    expect(rewriteSet12Wordings("putting together the qbr deck for next week")).toBe(
      "putting together the qbr deck for next week",
    );
  });

  it("reads may as the month only next to buyers or a cohort", () => {
    expect(rewriteSet12Wordings("may first-time buyers repeat rate")).toBe(
      "first time buyers from may repeat rate",
    );
    expect(rewriteSet12Wordings("repeat rate for the may cohort")).toBe(
      "repeat rate for the cohort from may",
    );
    expect(rewriteSet12Wordings("may i see revenue by channel")).toBe("may i see revenue by channel");
  });
});
