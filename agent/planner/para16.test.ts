/**
 * para16: other wordings read as the planner's own (para16-phrasings.ts). The table rows are in
 * phrasings/para16*.ts; here, what a table row can't hold: an alert asked for without "me"
 * (a rule awaiting its destination, not an anomaly scan), and what the rewrite must leave alone.
 */
import { describe, expect, it } from "vitest";
import { rewriteOtherWordings } from "./para16-phrasings.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

describe("para16 other wordings", () => {
  it.each([
    "set an alert for display cpa above 70 dollars",
    "alert for meta roas under 1.5",
    "set up an alert when paid search spend goes over 3k",
  ])("%s is an alert rule awaiting a destination", (question) => {
    const plan = planQuestion(question, testContext());
    expect(plan.kind).toBe("decline");
    if (plan.kind === "decline") expect(plan.message).toMatch(/^Where should it go\?/);
  });

  it("leaves a question with an e-mail address or a URL as typed", () => {
    const q = "alert for tiktok cpa over 70 at ana@example.com";
    expect(rewriteOtherWordings(q)).toBe(q);
  });

  it("leaves a question none of its kinds fits as asked (case and punctuation kept)", () => {
    const q = "How does our CAC compare to REI's?";
    expect(rewriteOtherWordings(q)).toBe(q);
  });

  it("keeps a sum of platforms a sum", () => {
    expect(rewriteOtherWordings("total spend across google, meta and tiktok in q3")).toBe(
      "total spend across google, meta and tiktok in q3",
    );
    expect(rewriteOtherWordings("cpm for meta and tiktok last month")).toBe("cpm meta vs tiktok last month");
  });
});
