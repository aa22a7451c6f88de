import { describe, expect, it } from "vitest";
import { counterfactualTouchCredits } from "./counterfactual.ts";
import type { KeyedPath } from "./types.ts";

const path = (keys: string[], conversions: number, nulls: number): KeyedPath => ({
  keys,
  channels: keys,
  conversions,
  nulls,
  value: 0,
});

describe("counterfactualTouchCredits", () => {
  it("credits each touch by the drop in conversion probability when it is left out", () => {
    // p(a>b) = 0.8, p(b) = 0.2 (without a), p(a) = 0.4 (without b): gains 0.6 and 0.4.
    const credits = counterfactualTouchCredits([
      path(["a", "b"], 8, 2),
      path(["b"], 1, 4),
      path(["a"], 2, 3),
    ]);
    expect(credits[0]![0]).toBeCloseTo(0.6, 12);
    expect(credits[0]![1]).toBeCloseTo(0.4, 12);
  });

  it("falls back to the last touch when no touch has a positive gain", () => {
    const credits = counterfactualTouchCredits([
      path(["a", "b"], 1, 1),
      path(["a"], 1, 0),
      path(["b"], 1, 0),
    ]);
    expect(Array.from(credits[0]!)).toEqual([0, 1]);
  });

  it("treats a never-seen shortened path as probability 0", () => {
    const credits = counterfactualTouchCredits([path(["a", "b", "c"], 1, 0)]);
    expect(Array.from(credits[0]!).map((x) => x * 3)).toEqual([1, 1, 1]);
  });
});
