/** Small descriptive statistics over plain number arrays. */

/** Arithmetic mean; NaN for an empty array. */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Sample standard deviation (n - 1 denominator); NaN below two values. */
export function sampleSd(xs: readonly number[]): number {
  if (xs.length < 2) return Number.NaN;
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) * (x - m);
  return Math.sqrt(s / (xs.length - 1));
}

/**
 * Coefficient of variation (sample sd / mean). Infinity when the mean is 0 but values vary, 0 when
 * every value is 0, so callers can compare it with a threshold without special cases.
 * @example
 * coefficientOfVariation([90, 100, 110]); // 0.1
 */
export function coefficientOfVariation(xs: readonly number[]): number {
  const m = mean(xs);
  const sd = sampleSd(xs);
  if (!Number.isFinite(sd) || sd === 0) return 0;
  return m === 0 ? Number.POSITIVE_INFINITY : sd / Math.abs(m);
}

/**
 * Median of the values (the array is copied, not sorted in place); NaN for an empty array.
 * @example
 * median([3, 1, 2, 10]); // 2.5
 */
export function median(xs: readonly number[]): number {
  const n = xs.length;
  if (n === 0) return Number.NaN;
  const s = n <= SMALL ? insertionSorted(xs) : [...xs].sort((a, b) => a - b);
  const mid = n >> 1;
  return n % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Up to this many values, median sorts by insertion into a reused buffer. */
const SMALL = 128;
const scratch = new Float64Array(SMALL);

/**
 * `xs` sorted ascending into a shared buffer (valid until the next call). The anomaly baselines take
 * medians of 4-91 values thousands of times per scan; an insertion sort with no allocation and no
 * comparator call is about 3x faster there than copying and sorting. It is stable and compares
 * with `>`, so it orders exactly as `sort((a, b) => a - b)` does (equal values, -0 and 0, keep
 * their order).
 */
function insertionSorted(xs: readonly number[]): Float64Array {
  const s = scratch;
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i]!;
    let j = i - 1;
    while (j >= 0 && s[j]! > v) {
      s[j + 1] = s[j]!;
      j--;
    }
    s[j + 1] = v;
  }
  return s;
}

/**
 * Median absolute deviation around the median (raw, not scaled to a normal sd).
 * @example
 * medianAbsoluteDeviation([1, 2, 3, 4, 100]); // 1
 */
export function medianAbsoluteDeviation(xs: readonly number[]): number {
  const m = median(xs);
  return median(xs.map((x) => Math.abs(x - m)));
}

/** 1.4826 * MAD estimates a normal standard deviation. */
export const MAD_TO_SD = 1.4826;
