import { describe, expect, it } from "vitest";
import { geometricAdstock, steadyStateMultiplier } from "./adstock.ts";
import {
  curveDerivative,
  curveValue,
  isConcave,
  type ResponseCurve,
  rescaleCurve,
  spendAtMarginal,
} from "./curves.ts";

const CURVES: ResponseCurve[] = [
  { type: "hill", scale: 1000, k: 50, alpha: 0.7 },
  { type: "hill", scale: 1000, k: 50, alpha: 1 },
  { type: "hill", scale: 1000, k: 50, alpha: 2.5 },
  { type: "log", a: -20, b: 30 },
  { type: "log1p", scale: 200, k: 40 },
  { type: "exp", scale: 500, k: 80 },
];

describe("response curves", () => {
  it("evaluate their closed forms", () => {
    expect(curveValue({ type: "hill", scale: 100, k: 10, alpha: 2 }, 10)).toBe(50);
    expect(curveValue({ type: "log", a: 1, b: 2 }, Math.E)).toBe(3);
    expect(curveValue({ type: "log1p", scale: 2, k: 5 }, 5)).toBe(2 * Math.log(2));
    expect(curveValue({ type: "exp", scale: 100, k: 10 }, 10)).toBe(100 * (1 - Math.exp(-1)));
    expect(curveValue({ type: "hill", scale: 100, k: 10, alpha: 2 }, 0)).toBe(0);
  });

  it.each(CURVES)("has a derivative matching central differences ($type)", (c) => {
    for (const x of [5, 40, 120]) {
      const h = 1e-4 * x;
      const numeric = (curveValue(c, x + h) - curveValue(c, x - h)) / (2 * h);
      expect(curveDerivative(c, x)).toBeCloseTo(numeric, 6);
    }
  });

  it.each(CURVES.filter((c) => spendAtMarginal(c, 1) !== undefined))(
    "inverts the marginal in closed form ($type)",
    (c) => {
      const x = spendAtMarginal(c, 1.5)!;
      expect(curveDerivative(c, x)).toBeCloseTo(1.5, 10);
    },
  );

  it.each(CURVES)("rescales within its family: g(X) = D f(X / (D (1 - theta))) ($type)", (c) => {
    const days = 28;
    const theta = 0.4;
    const g = rescaleCurve(c, days * (1 - theta), days);
    expect(g.type).toBe(c.type);
    for (const total of [300, 2800, 9000]) {
      const dailyLevel = (total / days) * steadyStateMultiplier(theta);
      expect(curveValue(g, total)).toBeCloseTo(days * curveValue(c, dailyLevel), 8);
    }
  });

  it("classifies S-shaped Hill curves as not concave", () => {
    expect(CURVES.map(isConcave)).toEqual([true, true, false, true, true, true]);
  });
});

describe("geometric adstock", () => {
  it("carries a share theta of yesterday's level and settles at x / (1 - theta)", () => {
    expect(Array.from(geometricAdstock([100, 0, 0], 0.5))).toEqual([100, 50, 25]);
    const level = geometricAdstock(new Array(200).fill(10), 0.6);
    expect(level[199]).toBeCloseTo(10 * steadyStateMultiplier(0.6), 10);
  });
});
