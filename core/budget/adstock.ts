/**
 * Geometric adstock: part of a day's advertising effect carries over to later days. The adstocked
 * level is a_t = x_t + theta * a_{t-1}, so a constant daily spend x settles at x / (1 - theta).
 */

/**
 * Adstocked series for daily spend `spend` with carry-over `theta` in [0, 1), starting from no
 * prior carry-over (the first days are slightly understated; fitting tolerates this).
 * @example
 * geometricAdstock([100, 0, 0], 0.5); // [100, 50, 25]
 */
export function geometricAdstock(spend: readonly number[], theta: number): Float64Array {
  const out = new Float64Array(spend.length);
  let carry = 0;
  for (let i = 0; i < spend.length; i++) {
    carry = spend[i]! + theta * carry;
    out[i] = carry;
  }
  return out;
}

/**
 * Long-run multiplier from daily spend to adstocked level: 1 / (1 - theta).
 * @example
 * steadyStateMultiplier(0.5); // 2
 */
export function steadyStateMultiplier(theta: number): number {
  return 1 / (1 - theta);
}
