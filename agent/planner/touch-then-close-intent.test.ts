import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import { readTouchThenClose } from "./touch-then-close-intent.ts";

const values = testContext().dimensionValues;

describe("readTouchThenClose", () => {
  it.each([
    ["people who clicked an email, do they eventually buy via organic search", "email", "organic_search"],
    ["do email readers come back and order through direct later", "email", "direct"],
    ["visitors who landed from referral then converted on paid search", "referral", "paid_search"],
    ["orders with a display touch before a direct last click", "display", "direct"],
  ])("%s", (q, earlier, last) => expect(readTouchThenClose(q, values)).toEqual({ earlier, last }));

  it.each([
    "email vs direct orders",
    "revenue from email and direct",
    "of customers who came in via email how many ended up buying on paid search",
    "paths that start with email and end in direct",
  ])("leaves %s alone", (q) => expect(readTouchThenClose(q, values)).toBeUndefined());
});

describe("touch-then-close plan", () => {
  it("asks the journeys for the earlier channel and the close, not email clicks or visitors", () => {
    const plan = planQuestion(
      "do folks who open our emails end up purchasing through direct in september",
      testContext(),
    );
    expect(plan.kind === "tool_calls" && plan.calls).toEqual([
      {
        name: "journeys",
        args: {
          analysis: "first_last",
          earlierChannel: "email",
          lastChannel: "direct",
          period: { from: "2026-09-01", to: "2026-09-30" },
        },
      },
    ]);
  });
});
