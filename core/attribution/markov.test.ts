import { describe, expect, it } from "vitest";
import { solveDense, solveGaussSeidel } from "./absorbing-chain.ts";
import { markovAttribution } from "./markov.ts";
import { buildChain } from "./markov-chain.ts";

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function randomPaths(n: number, channels: number, seed: number) {
  const r = rng(seed);
  return Array.from({ length: n }, () => ({
    keys: Array.from({ length: 1 + Math.floor(r() * 6) }, () => `c${Math.floor(r() * channels)}`),
    conversions: Math.floor(r() * 3),
    nulls: Math.floor(r() * 4),
    value: 10,
  }));
}

describe("markovAttribution", () => {
  it("collapses repeats and redirects removed states to null (white paper, with a null path)", () => {
    const r = markovAttribution(
      [
        { keys: ["A", "B"], conversions: 1, nulls: 0 },
        { keys: ["A"], conversions: 0, nulls: 1 },
      ],
      { order: 1, includeNulls: true },
    );
    // start->A (2); A->B 1, A->null 1; B->conv 1: P = 0.5; removing A or B gives 0.
    expect(r.conversionProbability).toBeCloseTo(0.5, 12);
    expect(r.removalEffects.get("A")).toBeCloseTo(1, 12);
    expect(r.removalEffects.get("B")).toBeCloseTo(1, 12);
    expect(r.byKey.get("A")?.conversions).toBeCloseTo(0.5, 12);
  });

  it("ignores non-converting occurrences when includeNulls is off", () => {
    const r = markovAttribution(
      [
        { keys: ["A", "B"], conversions: 1, nulls: 0 },
        { keys: ["A"], conversions: 1, nulls: 5 },
      ],
      { order: 1, includeNulls: false },
    );
    // A->B 1/2, A->conv 1/2: P = 1; without B, P = 0.5.
    expect(r.conversionProbability).toBeCloseTo(1, 12);
    expect(r.removalEffects.get("B")).toBeCloseTo(0.5, 12);
    expect(r.byKey.get("A")?.conversions).toBeCloseTo(2 / 1.5, 12);
  });

  it("solves the order-2 chain by Gauss-Seidel to within 1e-12 of dense elimination", () => {
    const { chain } = buildChain(randomPaths(3000, 12, 7), 2, true);
    expect(chain.n).toBeGreaterThan(120);
    const dense = solveDense(chain);
    const iterative = solveGaussSeidel(chain);
    for (let s = 0; s < chain.n; s++) expect(Math.abs(dense[s]! - iterative[s]!)).toBeLessThan(1e-12);
  });

  it("gives an order-2 chain state per pair and equals order 1 on paths of length <= 1", () => {
    const paths = [
      { keys: ["A"], conversions: 2, nulls: 1 },
      { keys: ["B"], conversions: 1, nulls: 3 },
    ];
    const o1 = markovAttribution(paths, { order: 1, includeNulls: true });
    const o2 = markovAttribution(paths, { order: 2, includeNulls: true });
    expect(o2.byKey).toEqual(o1.byKey);
    expect(buildChain([{ keys: ["A", "B", "A"], conversions: 1, nulls: 0 }], 2, true).chain.n).toBe(4);
  });

  it("credits nothing when nothing converts", () => {
    const r = markovAttribution([{ keys: ["A"], conversions: 0, nulls: 3 }], {
      order: 1,
      includeNulls: true,
    });
    expect(r.removalEffects.get("A")).toBe(0);
    expect(r.byKey.get("A")).toEqual({ conversions: 0, value: 0 });
  });
});
