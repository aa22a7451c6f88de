import { extractNumbers, type TextNumber } from "./extract-numbers.ts";
import type { GroundingSet } from "./ground-numbers.ts";

/** What the verifier found: `ok` when every figure in the text is grounded. */
export interface VerifyResult {
  ok: boolean;
  /** Figures with no ground value, as written and as read. */
  ungrounded: Array<{ text: string; value: number }>;
}

/** Context for one answer. */
export interface VerifyOptions {
  /** The user's question: numbers written in it ("ROAS above 3", "top 5") may be repeated freely. */
  question?: string;
}

/**
 * Check that every figure in `text` is a ground value shown at its displayed precision.
 * A figure matches when some ground value rounds to it: "$1.2M" matches 1,234,567 (a step of
 * 100,000, so anything in [1,150,000, 1,250,000]); "12.5%" matches 12.4987 (a percentage) and
 * 0.12498 (a ratio shown as a percentage, also "0.4 pp" for a difference of 0.004); "3.2x" and
 * plain numbers match at their own precision. Unsigned figures match by magnitude ("down 12.3%"
 * for a change of −12.3); a written minus sign must match a negative value.
 * Dates, durations, ranks and list markers are not figures (see `extractNumbers`).
 */
export function verifyAnswer(
  text: string,
  grounding: GroundingSet,
  options: VerifyOptions = {},
): VerifyResult {
  // fix14d: "more than a grand" states 1,000 in words; the answer repeats it as "$1,000.00".
  const question = options.question?.replace(/\ba (?:grand|thousand)\b(?! totals?\b)/gi, "1000");
  const fromQuestion = question ? extractNumbers(question) : [];
  const ungrounded: VerifyResult["ungrounded"] = [];
  for (const n of extractNumbers(text)) {
    if (fromQuestion.some((q) => Math.abs(q.value) === Math.abs(n.value))) continue;
    if (!isGrounded(n, grounding.values)) ungrounded.push({ text: n.text, value: n.value });
  }
  return { ok: ungrounded.length === 0, ungrounded };
}

/** The ground values a figure may stand for: itself, and for percentages the same value as a ratio. */
function candidates(n: TextNumber): Array<{ value: number; tolerance: number }> {
  const tolerance = n.step / 2;
  const list = [{ value: n.value, tolerance }];
  if (n.kind === "percent") list.push({ value: n.value / 100, tolerance: tolerance / 100 });
  return list;
}

function isGrounded(n: TextNumber, values: Float64Array): boolean {
  return candidates(n).some(({ value, tolerance }) => {
    // Half a displayed step either way, widened by a hair for binary floating point.
    const slack = tolerance * (1 + 1e-9) + Math.abs(value) * 1e-12;
    if (anyWithin(values, value - slack, value + slack)) return true;
    return !n.signed && anyWithin(values, -value - slack, -value + slack);
  });
}

/** Binary search: is any sorted value in [lo, hi]? */
function anyWithin(values: Float64Array, lo: number, hi: number): boolean {
  let left = 0;
  let right = values.length;
  while (left < right) {
    const mid = (left + right) >>> 1;
    if (values[mid]! < lo) left = mid + 1;
    else right = mid;
  }
  return left < values.length && values[left]! <= hi;
}
