/**
 * Bracketed root finding by the Illinois variant of regula falsi: as safe as bisection (the root
 * stays bracketed) but superlinear on smooth functions, which matters when it runs inside another
 * root search.
 */

/** Options for {@link illinoisRoot}. */
export interface RootOptions {
  /** Stop when |f(x)| <= this. */
  fTolerance: number;
  /** Stop when the bracket is narrower than this. */
  xTolerance: number;
  maxIterations?: number;
}

/**
 * Root of `f` in [a, b], given f(a) and f(b) of opposite sign (or one of them zero).
 * @example
 * illinoisRoot((x) => x * x - 2, 0, 2, -2, 2, { fTolerance: 1e-15, xTolerance: 1e-15 }); // 1.4142135623730951
 */
export function illinoisRoot(
  f: (x: number) => number,
  a0: number,
  b0: number,
  fa0: number,
  fb0: number,
  options: RootOptions,
): number {
  let a = a0;
  let b = b0;
  let fa = fa0;
  let fb = fb0;
  if (fa === 0) return a;
  if (fb === 0) return b;
  let side = 0;
  let x = (a + b) / 2;
  for (let i = 0; i < (options.maxIterations ?? 200); i++) {
    x = (a * fb - b * fa) / (fb - fa);
    // Guard against a secant step that leaves the bracket through rounding.
    if (!(x > Math.min(a, b) && x < Math.max(a, b))) x = (a + b) / 2;
    const fx = f(x);
    if (Math.abs(fx) <= options.fTolerance || Math.abs(b - a) <= options.xTolerance) return x;
    if (fx * fb > 0) {
      b = x;
      fb = fx;
      // Same end kept twice: halve its weight so the method does not stall (the Illinois step).
      if (side === -1) fa /= 2;
      side = -1;
    } else {
      a = x;
      fa = fx;
      if (side === 1) fb /= 2;
      side = 1;
    }
  }
  return x;
}
