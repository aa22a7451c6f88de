import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runModel } from "./attribute.ts";
import { attributionOptionsSchema, type KeyedPath, MODEL_NAMES } from "./types.ts";

const CHANNELS = ["a", "b", "c", "d", "direct"];

const pathArb = fc
  .record({
    keys: fc.array(fc.constantFrom(...CHANNELS), { minLength: 0, maxLength: 7 }),
    conversions: fc.integer({ min: 0, max: 5 }),
    nulls: fc.integer({ min: 0, max: 5 }),
    value: fc.integer({ min: 0, max: 1000 }),
    gaps: fc.array(fc.integer({ min: 0, max: 20 * 86_400_000 }), { minLength: 7, maxLength: 7 }),
  })
  .map(({ keys, conversions, nulls, value, gaps }): KeyedPath => {
    let t = 1_700_000_000_000;
    const ts = keys.map((_, i) => (t += gaps[i]!));
    return { keys, channels: keys, ts, conversions, nulls, value: conversions > 0 ? value : 0 };
  });

const options = attributionOptionsSchema.parse({});
const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);

describe("every model conserves credit", () => {
  for (const model of MODEL_NAMES) {
    it(`${model}: each non-empty path's touch credits sum to 1 and totals match conversions and value`, () => {
      fc.assert(
        fc.property(fc.array(pathArb, { minLength: 1, maxLength: 25 }), (paths) => {
          const r = runModel(paths, model, options);
          paths.forEach((p, i) => {
            const credits = r.touchCredits[i]!;
            expect(credits).toHaveLength(p.keys.length);
            if (p.keys.length > 0) expect(sum(credits)).toBeCloseTo(1, 12);
            for (const c of credits) expect(c).toBeGreaterThanOrEqual(0);
          });
          const attributed = paths.filter((p) => p.keys.length > 0);
          const conv = sum(attributed.map((p) => p.conversions));
          const value = sum(attributed.map((p) => p.value));
          expect(sum([...r.byKey.values()].map((k) => k.conversions))).toBeCloseTo(conv, 9);
          expect(sum([...r.byKey.values()].map((k) => k.value))).toBeCloseTo(value, 7);
          expect(r.unattributed.conversions).toBe(sum(paths.map((p) => p.conversions)) - conv);
        }),
        { numRuns: 150 },
      );
    });
  }

  it("markov of order 2 and without nulls conserves too", () => {
    const variants = [
      { ...options, order: 2 },
      { ...options, includeNulls: false },
      { ...options, order: 3, includeNulls: false },
    ];
    fc.assert(
      fc.property(fc.array(pathArb, { minLength: 1, maxLength: 25 }), (paths) => {
        const attributed = sum(paths.filter((p) => p.keys.length > 0).map((p) => p.conversions));
        for (const opts of variants) {
          const r = runModel(paths, "markov", opts);
          expect(sum([...r.byKey.values()].map((k) => k.conversions))).toBeCloseTo(attributed, 9);
        }
      }),
      { numRuns: 100 },
    );
  });
});
