/**
 * Response-curve families: revenue as a function of spend, with their derivative (marginal ROAS).
 * Fitted curves take adstocked daily spend; plan-level curves take spend over the planning period
 * (see {@link rescaleCurve} for the mapping between the two).
 */

/** Hill: scale * x^alpha / (x^alpha + k^alpha). Concave when alpha <= 1, S-shaped when alpha > 1. */
export interface HillCurve {
  type: "hill";
  scale: number;
  k: number;
  alpha: number;
}

/** Log: a + b ln(x). Undefined (minus infinity) at zero spend, so only for explicit what-if curves. */
export interface LogCurve {
  type: "log";
  a: number;
  b: number;
}

/** Safe log: scale * ln(1 + x / k). Zero at zero spend, so it can be fitted to days without spend. */
export interface Log1pCurve {
  type: "log1p";
  scale: number;
  k: number;
}

/** Saturating exponential: scale * (1 - exp(-x / k)). */
export interface ExpCurve {
  type: "exp";
  scale: number;
  k: number;
}

/** Any supported response curve. */
export type ResponseCurve = HillCurve | LogCurve | Log1pCurve | ExpCurve;

/**
 * Revenue at spend `x` (x < 0 is treated as 0).
 * @example
 * curveValue({ type: "exp", scale: 100, k: 10 }, 10); // 63.21205588285577
 */
export function curveValue(c: ResponseCurve, x: number): number {
  const s = Math.max(0, x);
  switch (c.type) {
    case "hill": {
      if (s === 0) return 0;
      const xa = s ** c.alpha;
      return (c.scale * xa) / (xa + c.k ** c.alpha);
    }
    case "log":
      return s === 0 ? Number.NEGATIVE_INFINITY : c.a + c.b * Math.log(s);
    case "log1p":
      return c.scale * Math.log1p(s / c.k);
    case "exp":
      return c.scale * -Math.expm1(-s / c.k);
  }
}

/**
 * Marginal revenue per unit of spend at `x` (the marginal ROAS).
 * @example
 * curveDerivative({ type: "log", a: 0, b: 500 }, 100); // 5
 */
export function curveDerivative(c: ResponseCurve, x: number): number {
  const s = Math.max(0, x);
  switch (c.type) {
    case "hill": {
      if (s === 0) return c.alpha < 1 ? Number.POSITIVE_INFINITY : c.alpha === 1 ? c.scale / c.k : 0;
      const ka = c.k ** c.alpha;
      const xa = s ** c.alpha;
      return (c.scale * c.alpha * ka * xa) / (s * (xa + ka) ** 2);
    }
    case "log":
      return s === 0 ? Number.POSITIVE_INFINITY : c.b / s;
    case "log1p":
      return c.scale / (c.k + s);
    case "exp":
      return (c.scale / c.k) * Math.exp(-s / c.k);
  }
}

/** True when marginal ROAS never rises with spend, so equal-marginal bisection finds the optimum. */
export function isConcave(c: ResponseCurve): boolean {
  return c.type !== "hill" || c.alpha <= 1;
}

/**
 * Spend at which marginal ROAS falls to `lambda` on a concave curve, using the closed form where
 * one exists; `undefined` for a Hill curve with alpha < 1 (callers then search numerically).
 * Returns 0 when even the first unit of spend earns less than `lambda`.
 * @example
 * spendAtMarginal({ type: "log", a: 0, b: 500 }, 5); // 100
 */
export function spendAtMarginal(c: ResponseCurve, lambda: number): number | undefined {
  switch (c.type) {
    case "log":
      return c.b > 0 ? c.b / lambda : 0;
    case "log1p":
      return Math.max(0, c.scale / lambda - c.k);
    case "exp":
      return c.scale > 0 ? Math.max(0, c.k * Math.log(c.scale / (c.k * lambda))) : 0;
    case "hill":
      // alpha = 1: scale*k/(x+k)^2 = lambda.
      if (c.alpha === 1) return c.scale > 0 ? Math.max(0, Math.sqrt((c.scale * c.k) / lambda) - c.k) : 0;
      return undefined;
  }
}

/**
 * The curve g(X) = outputFactor * f(X / inputFactor), in the same family. This is how a curve
 * fitted on adstocked daily spend becomes a curve of total spend over a planning period of D days:
 * a constant daily spend X / D settles at an adstocked level X / (D (1 - theta)) and earns f of
 * that per day, so inputFactor = D (1 - theta) and outputFactor = D.
 * @example
 * rescaleCurve({ type: "exp", scale: 10, k: 5 }, 28 * 0.5, 28); // { type: "exp", scale: 280, k: 70 }
 */
export function rescaleCurve(c: ResponseCurve, inputFactor: number, outputFactor: number): ResponseCurve {
  switch (c.type) {
    case "hill":
      return { type: "hill", scale: c.scale * outputFactor, k: c.k * inputFactor, alpha: c.alpha };
    case "log":
      return { type: "log", a: outputFactor * (c.a - c.b * Math.log(inputFactor)), b: outputFactor * c.b };
    case "log1p":
      return { type: "log1p", scale: c.scale * outputFactor, k: c.k * inputFactor };
    case "exp":
      return { type: "exp", scale: c.scale * outputFactor, k: c.k * inputFactor };
  }
}
