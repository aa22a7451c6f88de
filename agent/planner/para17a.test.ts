/**
 * para17a: other wordings read as the planner's own (para17a-phrasings.ts) and owner names said as
 * possessives (scope.ts). The table rows are in phrasings/para17a*.ts; here, what a table row can't
 * hold: declines for another company's figures, and what the rewrite must leave alone.
 */
import { describe, expect, it } from "vitest";
import { rewriteOldSetWordings } from "./para17a-phrasings.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

describe("para17a other wordings", () => {
  it.each([
    "REI's meta spend?",
    "beta bikes' revenue last month?",
    "GLOBEX's roas in q3",
    "acme gear's orders yesterday",
  ])("%s asks for another company's figures: declined, not answered with ours", (question) => {
    expect(planQuestion(question, testContext()).kind).toBe("decline");
  });

  it.each([
    "the CMO's favourite numbers: revenue by channel last month",
    "TikTok's cpa last month",
    "google ads' cpc last week",
  ])("%s names a role or our own platform: answered", (question) => {
    expect(planQuestion(question, testContext()).kind).toBe("tool_calls");
  });

  it("leaves a question with an e-mail address or a URL as typed", () => {
    const q = "what did a click cost us last week, send to ana@example.com";
    expect(rewriteOldSetWordings(q)).toBe(q);
  });

  it("leaves a question none of its kinds fits as asked (case and punctuation kept)", () => {
    const q = "How did Paid Search do in Q3?";
    expect(rewriteOldSetWordings(q)).toBe(q);
  });

  it("reads a passive what-if with the result first as the what-if", () => {
    expect(rewriteOldSetWordings("what would we lose if email were cut by 40%")).toBe(
      "what if we cut email by 40%",
    );
  });
});
