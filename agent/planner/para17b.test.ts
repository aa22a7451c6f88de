/**
 * para17b: other wordings read as the planner's own (para17b-phrasings.ts). The table rows are in
 * phrasings/para17b.ts; here, what a table row can't hold: an alert said as "let me know" (a rule
 * awaiting its destination, not a figure), and what the rewrite must leave alone.
 */
import { describe, expect, it } from "vitest";
import { rewriteNewSetWordings } from "./para17b-phrasings.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

describe("para17b other wordings", () => {
  it.each([
    "let me know any time roas drops below 1.5",
    "ping me whenever cac exceeds $70",
    "notify me if display cpa goes over 80",
  ])("%s is an alert rule awaiting a destination", (question) => {
    const plan = planQuestion(question, testContext());
    expect(plan.kind).toBe("decline");
    if (plan.kind === "decline") expect(plan.message).toMatch(/^Where should it go\?/);
  });

  it("leaves a question with an e-mail address or a URL as typed", () => {
    const q = "let me know any time cpa tops $60 at ana@example.com";
    expect(rewriteNewSetWordings(q)).toBe(q);
  });

  it("leaves a question none of its kinds fits as asked (case and punctuation kept)", () => {
    const q = "Revenue by channel, Q3?";
    expect(rewriteNewSetWordings(q)).toBe(q);
  });

  it("reads an open end, a window against the one before and a year back", () => {
    expect(rewriteNewSetWordings("orders from labor day until now")).toBe("orders since labor day");
    expect(rewriteNewSetWordings("compare the last six weeks with the six weeks before")).toBe(
      "last 6 weeks vs the 6 before",
    );
    expect(rewriteNewSetWordings("revenue this week vs the same week a year ago")).toBe(
      "revenue this week vs the same week last year",
    );
  });
});
