import { describe, expect, it } from "vitest";
import { readGoalAmount } from "./goal-forecast.ts";

describe("readGoalAmount (fix19d)", () => {
  it.each([
    ["are we gonna reach 1 million in sales this year", 1_000_000],
    ["can we make $900k revenue by year end?", 900_000],
    ["on track to hit 1.2m revenue for 2026?", 1_200_000],
    ["will we get to a million in revenue by dec 31", 1_000_000],
    ["do we clear $1,000,000 in revenue by eoy", 1_000_000],
    ["will orders top 5000 this quarter", 5000],
    ["could we cross half a million in q4 revenue", 500_000],
  ])("%s", (q, amount) => expect(readGoalAmount(q)).toBe(amount));

  it.each([
    "will we hit 2 orders",
    "what will revenue be in november",
    "hit a wall in october",
    "make 3x roas",
  ])("no goal in %s", (q) => expect(readGoalAmount(q)).toBeUndefined());
});
