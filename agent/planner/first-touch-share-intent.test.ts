import { describe, expect, it } from "vitest";
import { asksFirstTouchShare } from "./first-touch-share-intent.ts";
import { parseQuestion } from "./parse.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const asks = (q: string) => asksFirstTouchShare(parseQuestion(q, testContext()));

describe("asksFirstTouchShare", () => {
  it.each([
    "which channel tends to begin the customer journey",
    "wat channel do shoppers usually start on",
    "how do most paths to purchase start",
    "most common entry point",
    "first-touch mix by channel",
  ])("reads %s as which channel journeys start on", (q) => expect(asks(q)).toBe(true));

  it.each([
    "which channels open journeys and which close them",
    "which channel assists the most",
    "paths that start with email",
    "how long do journeys that start on tiktok take to convert",
  ])("leaves %s to the other journey readers", (q) => expect(asks(q)).toBe(false));
});

describe("first-touch share plan", () => {
  it("counts orders by first-touch channel under the first-touch model", () => {
    const plan = planQuestion("which channel typically starts journeys in q3", testContext());
    expect(plan.kind === "tool_calls" && plan.calls).toEqual([
      {
        name: "attribution",
        args: {
          models: ["first_touch"],
          level: "channel",
          metric: "conversions",
          period: { from: "2026-07-01", to: "2026-09-30" },
        },
      },
    ]);
  });
});
