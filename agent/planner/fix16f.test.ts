import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { asksPlatformGap } from "./platform-gap-intent.ts";
import { testContext } from "./testing.ts";

const thread = (first: string, next: string) => {
  const ctx = testContext();
  return planQuestion(next, { ...ctx, previous: planQuestion(first, ctx), previousQuestion: first });
};

describe("size words rank by revenue with spend (fix16f)", () => {
  it.each([
    ["biggest channels", "channel"],
    ["our main platforms last quarter", "platform"],
    ["bigest campaigns", "campaign"],
  ])("%s", (q, dimension) => {
    const plan = planQuestion(q, testContext());
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args).toMatchObject({
      metrics: ["revenue", "spend"],
      dimensions: [dimension],
      orderBy: [{ field: "revenue", direction: "desc" }],
    });
    expect(plan.kind === "tool_calls" && plan.notes).toEqual([
      "Read as size: ranked by revenue, with ad spend beside it.",
    ]);
  });

  it("still asks what 'best' is judged by", () => {
    expect(planQuestion("best channels", testContext()).kind).toBe("clarify");
  });
});

describe("a platform's claim against what we count (fix16f)", () => {
  it.each([
    "tiktok says it got way more conversions than we record",
    "meta claims more purchases than we count",
    "the platforms report more sales than we log",
    "how far off is google s conversion count from ours",
  ])("%s", (q) => expect(asksPlatformGap(q)).toBe(true));

  it("leaves a plain count alone", () => {
    expect(asksPlatformGap("how many conversions did google ads count")).toBe(false);
  });
});

describe("why after an anomaly scan (fix16f)", () => {
  it.each(["why", "y?", "what caused that", "hmm whats going on there"])(
    "%s digs into the biggest finding",
    (q) => {
      const plan = thread("anything weird in august", q);
      expect(plan.kind === "tool_calls" && plan.calls[0]).toMatchObject({
        name: "detect_anomalies",
        args: { period: { from: "2026-08-01", to: "2026-08-31" }, focus: "biggest" },
      });
    },
  );
});

describe("attribution described, not named (fix16f)", () => {
  it.each([
    "whats it called when you see which ad someone clicked before they bought",
    "is there a report that shows which emails someone opened before buying?",
  ])("%s", (q) => {
    const plan = planQuestion(q, testContext());
    expect(plan.kind === "tool_calls" && plan.calls[0]?.name).toBe("attribution");
  });

  it("leaves a count of such people a data question", () => {
    const plan = planQuestion("how many people clicked an ad and then bought", testContext());
    expect(plan.kind === "tool_calls" && plan.calls[0]?.name).not.toBe("attribution");
  });
});
