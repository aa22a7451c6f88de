/**
 * Seeded pseudo-random numbers for simulations and tests. Core code never touches Math.random so
 * every synthetic result is reproducible from its seed.
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/**
 * mulberry32: a tiny 32-bit generator, good enough for simulation (not for cryptography).
 * @example
 * const rng = createRng(42);
 * rng(); // 0.6011037519201636
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Standard normal draw by Box-Muller. Uses two uniforms per call (the second value is discarded
 * so the stream stays simple to reason about).
 */
export function normal(rng: Rng): number {
  // 1 - u keeps the argument of log strictly positive.
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Poisson draw: Knuth's product method for small means, a rounded normal approximation above 50
 * where the product method would underflow and the approximation is already tight.
 */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k += 1;
    p *= rng();
  }
  return k;
}
