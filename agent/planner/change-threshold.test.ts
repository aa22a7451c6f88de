import { describe, expect, it } from "vitest";
import { changeThreshold } from "./change-threshold.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

describe("changeThreshold", () => {
  it.each([
    [
      "campaigns where cpa went up more than 20% vs last month",
      { kind: "move", direction: "up", relative: 0.2, strict: true },
    ],
    [
      "channels whose spend dropped by over $1k mom",
      { kind: "move", direction: "down", absolute: 1000, strict: true },
    ],
    [
      "any campaign with a drop of more than 30% in orders wow",
      { kind: "move", direction: "down", relative: 0.3, strict: true },
    ],
    [
      "a 15% or more increase in clicks by channel oct vs sep",
      { kind: "move", direction: "up", relative: 0.15, strict: false },
    ],
    [
      "campaigns whose spend went up at least 500 in october",
      { kind: "move", direction: "up", absolute: 500, strict: false },
    ],
    [
      "which campaigns doubled their spend in q3",
      { kind: "move", direction: "up", relative: 1, strict: false },
    ],
    [
      "did any channel's orders get cut in half last month",
      { kind: "move", direction: "down", relative: 0.5, strict: false },
    ],
    ["channels whose roas fell below 1x in september", { kind: "cross", direction: "down", level: 1 }],
    ["campaigns where cpa climbed above $60 mom", { kind: "cross", direction: "up", level: 60 }],
    ["ctr slipped under 1% in october vs september", { kind: "cross", direction: "down", level: 0.01 }],
  ])("%s", (q, want) => expect(changeThreshold(q)).toEqual(want));

  it.each([
    "revenue by channel oct vs sep",
    "which channel's cpa rose the most",
    "campaigns that got over 50K impressions last month",
    "show me campaigns up 2 spots",
    "roas up vs 2025",
    "top 5 campaigns by spend vs last month",
  ])("%s -> none", (q) => expect(changeThreshold(q)).toBeUndefined());
});

describe("a change threshold compares the period with the one before", () => {
  it.each([
    ["which campaigns doubled their spend last month", ["campaign"], "2026-10-01", "2026-09-01"],
    ["channels where cpa jumped more than 25% in september", ["channel"], "2026-09-01", "2026-08-01"],
  ])("%s", (q, dims, from, before) => {
    const plan = planQuestion(q, testContext());
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls[0]!.name).toBe("compare_periods");
    const args = plan.calls[0]!.args as {
      dimensions: string[];
      period: { from: string };
      compareTo: { from: string };
      limit?: number;
    };
    expect(args.dimensions).toEqual(dims);
    expect(args.period.from).toBe(from);
    expect(args.compareTo.from).toBe(before);
    expect(args.limit).toBeUndefined();
  });

  it("leaves a floor on a level alone", () => {
    const plan = planQuestion("campaigns that got over 50K impressions last month", testContext());
    expect(plan.kind === "tool_calls" && plan.calls[0]!.name).toBe("query_metrics");
  });
});
