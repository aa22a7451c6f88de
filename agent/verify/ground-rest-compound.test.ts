import { describe, expect, it } from "vitest";
import { collectGroundNumbers } from "./ground-numbers.ts";
import { verifyAnswer } from "./verify-answer.ts";

describe("grounding: the rest after a top N", () => {
  // A top 2 of four campaigns: the rows listed, the total over all four.
  const result = {
    rows: [
      { campaign: "A", revenue: 500 },
      { campaign: "B", revenue: 300 },
    ],
    totals: { revenue: 1000 },
  };
  const ground = collectGroundNumbers([result]);

  it("grounds the total less the rows listed, and its share of the total", () => {
    expect(verifyAnswer("All other campaigns: $200 (20.0% of the total).", ground).ok).toBe(true);
  });

  it("still refuses a rest that is not the total less the rows", () => {
    expect(verifyAnswer("All other campaigns: $250.", ground).ok).toBe(false);
  });
});

describe("grounding: the rest after a top N with a catch-all row listed (fix14b)", () => {
  // Top 2 named states asked; 'other' ranks among the three rows listed; the total covers all five.
  const result = {
    rows: [
      { region: "other", orders: 260 },
      { region: "CA", orders: 140 },
      { region: "TX", orders: 90 },
    ],
    totals: { orders: 1000 },
  };
  const ground = collectGroundNumbers([result]);

  it("grounds the rest with 'other' counted in it, and its share of the total", () => {
    expect(verifyAnswer("Outside the top 2: 770 (77.0% of all 1,000).", ground).ok).toBe(true);
  });

  it("still refuses a rest that is not the total less some of the rows", () => {
    expect(verifyAnswer("Outside the top 2: 745.", ground).ok).toBe(false);
  });
});

describe("grounding: the compound rate of a series", () => {
  // 100 -> 121 over two steps: 10% a step.
  const result = {
    rows: [
      { date: "2026-01-01", orders: 100 },
      { date: "2026-02-01", orders: 130 },
      { date: "2026-03-01", orders: 121 },
    ],
  };
  const ground = collectGroundNumbers([result]);

  it("grounds the compound growth per step from the first value to the last", () => {
    expect(verifyAnswer("Compound monthly growth: 10.0% a month.", ground).ok).toBe(true);
  });

  it("derives no compound rate for a column of two values", () => {
    const two = collectGroundNumbers([
      {
        rows: [
          { date: "a", v: 100 },
          { date: "b", v: 169 },
        ],
      },
    ]);
    expect([...two.values]).not.toContain(0.3);
  });
});
