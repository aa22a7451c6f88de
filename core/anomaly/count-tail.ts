/**
 * Tail probability of a day's count under a negative-binomial (overdispersed Poisson) model, as a
 * signed normal-equivalent z-score, so counts are flagged by how improbable they are rather than by
 * a symmetric z that understates the upper tail of small counts (31 orders where 12 are expected
 * is a 1-in-100,000 day, not "3.6 sigma").
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** log Gamma(x) for x > 0 (Lanczos, g = 7). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let a = LANCZOS[0]!;
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** z with upper-tail probability exp(logP) (Acklam's rational approximation; asymptotic below 1e-300). */
export function normalQuantileUpper(logP: number): number {
  if (logP >= Math.log(0.5)) return 0;
  if (logP < -690) {
    const l = -2 * logP;
    return Math.sqrt(l - Math.log(l) - Math.log(2 * Math.PI));
  }
  const p = Math.exp(logP);
  const c = [
    -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const q = Math.sqrt(-2 * Math.log(p));
  const z =
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
    ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  return -z;
}

/**
 * Signed z-score of count `x` under a negative binomial with mean `mu` and variance
 * mu + phi mu^2 (phi 0: Poisson), from the mid-p tail on the side `x` falls.
 * @example countTailZ(31, 12.3, 0); // about 4.3
 */
export function countTailZ(x: number, mu: number, phi: number): number {
  const m = Math.max(mu, 1e-6);
  const k = Math.max(0, Math.round(x));
  const nb = phi > 1e-9;
  const r = nb ? 1 / phi : 0;
  const logQ = nb ? Math.log(r / (r + m)) : 0;
  const log1Q = nb ? Math.log(m / (r + m)) : 0;
  const logPmf = nb
    ? logGamma(k + r) - logGamma(r) - logGamma(k + 1) + r * logQ + k * log1Q
    : k * Math.log(m) - m - logGamma(k + 1);
  // Ratio pmf(j + 1) / pmf(j).
  const ratio = (j: number) => (nb ? ((j + r) / (j + 1)) * Math.exp(log1Q) : m / (j + 1));
  let rel = 0.5;
  let term = 1;
  if (k >= m) {
    for (let j = k; j < k + 1_000_000; j++) {
      term *= ratio(j);
      rel += term;
      if (term < 1e-16 * rel) break;
    }
    return normalQuantileUpper(logPmf + Math.log(rel));
  }
  for (let j = k - 1; j >= 0; j--) {
    term /= ratio(j);
    rel += term;
    if (term < 1e-16 * rel) break;
  }
  return -normalQuantileUpper(logPmf + Math.log(rel));
}
