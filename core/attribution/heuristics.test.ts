import { describe, expect, it } from "vitest";
import { heuristicTouchCredits } from "./heuristics.ts";
import { attributionOptionsSchema, type CoreOptions, type KeyedPath } from "./types.ts";

const DAY = 86_400_000;
const opts = attributionOptionsSchema.parse({});
const path = (keys: string[], extra: Partial<KeyedPath> = {}): KeyedPath => ({
  keys,
  channels: keys,
  conversions: 1,
  nulls: 0,
  value: 0,
  ...extra,
});
const credits = (model: Parameters<typeof heuristicTouchCredits>[0], p: KeyedPath, o: CoreOptions = opts) =>
  Array.from(heuristicTouchCredits(model, p, o));
const expectClose = (actual: number[], expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  for (const [i, x] of expected.entries()) expect(actual[i]).toBeCloseTo(x, 12);
};

describe("heuristicTouchCredits", () => {
  it("gives an empty path no credit under every model", () => {
    for (const m of ["first_touch", "linear", "position_based", "w_shaped", "time_decay"] as const) {
      expect(credits(m, path([], { ts: [] }))).toEqual([]);
    }
  });

  it("gives a single touch 100% under every model", () => {
    for (const m of [
      "first_touch",
      "last_touch",
      "last_non_direct",
      "linear",
      "position_based",
      "w_shaped",
    ] as const) {
      expect(credits(m, path(["a"]))).toEqual([1]);
    }
    expect(credits("time_decay", path(["a"], { ts: [0] }))).toEqual([1]);
  });

  it("skips direct for last_non_direct and falls back to direct when every touch is direct", () => {
    expect(credits("last_non_direct", path(["a", "b", "direct"]))).toEqual([0, 1, 0]);
    expect(credits("last_non_direct", path(["direct", "direct"]))).toEqual([0, 1]);
  });

  it("splits position_based 40/20/40 with middle touches sharing 20%, and 50/50 for two", () => {
    expect(credits("position_based", path(["a", "b"]))).toEqual([0.5, 0.5]);
    expect(credits("position_based", path(["a", "b", "c"]))).toEqual([0.4, 0.2, 0.4]);
    const four = credits("position_based", path(["a", "b", "c", "d"]));
    expect(four.map((x) => x.toFixed(12))).toEqual([
      "0.400000000000",
      "0.100000000000",
      "0.100000000000",
      "0.400000000000",
    ]);
  });

  it("uses configured position and custom weights, or a per-position function", () => {
    const custom = { ...opts, customWeights: { first: 1, middle: 0, last: 3 } };
    expect(credits("custom", path(["a", "b", "c"]), custom)).toEqual([0.25, 0, 0.75]);
    const fn = { ...opts, customWeightFn: (i: number) => i + 1 };
    expect(credits("custom", path(["a", "b", "c"]), fn).map((x) => x * 6)).toEqual([1, 2, 3]);
    const bad = { ...opts, customWeightFn: () => -1 };
    expect(() => credits("custom", path(["a"]), bad)).toThrow(/custom weight for position 0/);
  });

  it("splits linear_distinct per distinct channel, then per touch", () => {
    expect(credits("linear_distinct", path(["a", "b", "a", "a"]))).toEqual([1 / 6, 0.5, 1 / 6, 1 / 6]);
  });

  it("weights time_decay by 2^(-dt/7 days) from the conversion time", () => {
    const p = path(["a", "b"], { ts: [0, 7 * DAY], conversionTime: 14 * DAY });
    const [a, b] = credits("time_decay", p);
    expect(a).toBeCloseTo(0.25 / 0.75, 12);
    expect(b).toBeCloseTo(0.5 / 0.75, 12);
    expect(() => credits("time_decay", path(["a"]))).toThrow(/time_decay needs a timestamp/);
  });

  it("w_shaped: 30/30/30 on first, middle (lead) and last (opportunity), 10% to the rest", () => {
    expect(credits("w_shaped", path(["a", "b"]))).toEqual([0.5, 0.5]);
    for (const x of credits("w_shaped", path(["a", "b", "c"]))) expect(x).toBeCloseTo(1 / 3, 12);
    const five = credits("w_shaped", path(["a", "b", "c", "d", "e"]));
    expectClose(five, [0.3, 0.05, 0.3, 0.05, 0.3]);
  });

  it("w_shaped honours flagged lead and opportunity touches", () => {
    const p = path(["a", "b", "c", "d", "e"], {
      milestones: [undefined, "lead", undefined, "opportunity", undefined],
    });
    const c = credits("w_shaped", p);
    expectClose(c, [0.3, 0.3, 0.05, 0.3, 0.05]);
  });
});
