import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainChange } from "./contribution.ts";

describe("explainChange", () => {
  it("attributes an additive metric's change to members, largest first", () => {
    const out = explainChange({
      members: [
        { member: "social", base: { numerator: 80 }, current: { numerator: 70 } },
        { member: "search", base: { numerator: 100 }, current: { numerator: 150 } },
        { member: "email", base: { numerator: 20 }, current: { numerator: 20 } },
      ],
    });
    expect(out).toEqual({
      kind: "additive",
      base: 200,
      current: 240,
      change: 40,
      pctChange: 0.2,
      contributions: [
        { member: "search", base: 100, current: 150, contribution: 50, shareOfChange: 1.25 },
        { member: "social", base: 80, current: 70, contribution: -10, shareOfChange: -0.25 },
        { member: "email", base: 20, current: 20, contribution: 0, shareOfChange: 0 },
      ],
      otherContribution: 0,
    });
  });

  it("splits a ratio metric's change into rate and mix effects (shift-share)", () => {
    // ROAS by channel: search 4 -> 4 (weight 0.5 -> 0.75), social 2 -> 1 (weight 0.5 -> 0.25).
    const out = explainChange({
      members: [
        {
          member: "search",
          base: { numerator: 400, denominator: 100 },
          current: { numerator: 600, denominator: 150 },
        },
        {
          member: "social",
          base: { numerator: 200, denominator: 100 },
          current: { numerator: 50, denominator: 50 },
        },
      ],
    });
    expect(out.kind).toBe("ratio");
    expect(out.base).toBe(3);
    expect(out.current).toBe(3.25);
    expect(out.change).toBe(0.25);
    // Average overall rate 3.125. search: rate 0, mix 0.25 * (4 - 3.125) = 0.21875.
    // social: rate 0.375 * (1 - 2) = -0.375, mix -0.25 * (1.5 - 3.125) = 0.40625.
    expect(out.contributions).toEqual([
      {
        member: "search",
        base: 4,
        current: 4,
        contribution: 0.21875,
        shareOfChange: 0.875,
        rateEffect: 0,
        mixEffect: 0.21875,
        baseWeight: 0.5,
        currentWeight: 0.75,
      },
      {
        member: "social",
        base: 2,
        current: 1,
        contribution: 0.03125,
        shareOfChange: 0.125,
        rateEffect: -0.375,
        mixEffect: 0.40625,
        baseWeight: 0.5,
        currentWeight: 0.25,
      },
    ]);
  });

  it("treats a member entering the mix as pure mix effect", () => {
    const out = explainChange({
      members: [
        {
          member: "a",
          base: { numerator: 10, denominator: 10 },
          current: { numerator: 10, denominator: 10 },
        },
        {
          member: "new",
          base: { numerator: 0, denominator: 0 },
          current: { numerator: 30, denominator: 10 },
        },
      ],
    });
    expect(out.change).toBe(1);
    const added = out.contributions.find((c) => c.member === "new")!;
    expect(added).toMatchObject({ base: null, current: 3, rateEffect: 0 });
    expect(added.contribution + out.contributions.find((c) => c.member === "a")!.contribution).toBeCloseTo(
      1,
      12,
    );
  });

  it("contributions sum to the total change for any ratio data (property)", () => {
    const sums = fc.record({
      numerator: fc.integer({ min: 0, max: 1_000_000 }),
      denominator: fc.integer({ min: 0, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.record({ base: sums, current: sums }), { minLength: 1, maxLength: 12 }),
        (rows) => {
          const members = rows.map((r, i) => ({ member: `m${i}`, ...r }));
          const d0 = members.reduce((a, m) => a + m.base.denominator, 0);
          const d1 = members.reduce((a, m) => a + m.current.denominator, 0);
          fc.pre(d0 > 0 && d1 > 0);
          const out = explainChange({ members });
          const total = out.contributions.reduce((a, c) => a + c.contribution, 0);
          expect(Math.abs(total - out.change)).toBeLessThanOrEqual(
            1e-9 * (1 + Math.abs(out.base) + Math.abs(out.current)),
          );
          for (const c of out.contributions) expect(c.rateEffect! + c.mixEffect!).toBe(c.contribution);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("keeps the N largest with the rest summed", () => {
    const out = explainChange({
      members: [1, 5, -3, 2].map((d, i) => ({
        member: `m${i}`,
        base: { numerator: 10 },
        current: { numerator: 10 + d },
      })),
      limit: 2,
    });
    expect(out.contributions.map((c) => c.member)).toEqual(["m1", "m2"]);
    expect(out.otherContribution).toBe(3);
  });

  it("rejects members mixing additive and ratio sums, and a zero total denominator", () => {
    expect(() =>
      explainChange({
        members: [
          { member: "a", base: { numerator: 1, denominator: 1 }, current: { numerator: 1, denominator: 1 } },
          { member: "b", base: { numerator: 1 }, current: { numerator: 1 } },
        ],
      }),
    ).toThrowError(/members/);
    expect(() =>
      explainChange({
        members: [
          { member: "a", base: { numerator: 1, denominator: 0 }, current: { numerator: 1, denominator: 1 } },
        ],
      }),
    ).toThrowError(/base period's denominator/);
  });
});
