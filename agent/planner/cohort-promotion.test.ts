import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import type { DimensionValue } from "./types.ts";

// fix16e: a promotion's customers read by its window (its campaigns' flights) as the acquisition period.
const values: DimensionValue[] = [
  {
    dimension: "campaign",
    value: "1",
    label: "Search - Brand - Exact",
    aliases: [],
    flight: { from: "2025-11-01", to: "2026-10-31" },
  },
  {
    dimension: "campaign",
    value: "2",
    label: "Winter25 - Display - Gifts",
    aliases: [],
    flight: { from: "2025-12-05", to: "2025-12-20" },
  },
  {
    dimension: "campaign",
    value: "3",
    label: "Winter25 - Social - Gifts",
    aliases: [],
    flight: { from: "2025-12-03", to: "2025-12-18" },
  },
  {
    dimension: "campaign",
    value: "4",
    label: "Spring26 - Search - Trails",
    aliases: [],
    flight: { from: "2026-03-01", to: "2026-04-15" },
  },
];
const callOf = (q: string) => {
  const plan = planQuestion(
    q,
    testContext({ dimensionValues: [...DEMO_DIMENSION_VALUES, ...values], dataEnd: "2026-10-31" }),
  );
  return plan.kind === "tool_calls" ? plan.calls[0] : undefined;
};

describe("a promotion's customers as a cohort (fix16e)", () => {
  it("reads the repeat rate of customers first ordering in the window", () => {
    expect(callOf("did winter25 customers ever order again")).toEqual({
      name: "cohorts",
      args: {
        period: { from: "2025-12-03", to: "2025-12-20" },
        groupBy: "first_touch_channel",
        show: "repeat",
      },
    });
  });
  it("reads their value over the window when ltv is asked", () => {
    expect(callOf("ltv of the people the spring26 campaigns got us")?.args).toMatchObject({
      period: { from: "2026-03-01", to: "2026-04-15" },
      groupBy: "first_touch_channel",
    });
  });
  it("keeps a stated period", () => {
    expect(callOf("repeat rate of winter25 customers in q1")?.args).toMatchObject({
      period: { from: "2026-01-01", to: "2026-03-31" },
    });
  });
});
