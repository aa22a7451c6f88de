/**
 * One-line, plain-language reason for each channel's recommendation. The figures in the sentence
 * are the rounded figures of the same report row, so a number checker can ground them.
 */

/** What a reason is built from (figures already rounded as reported). */
export interface ReasonInput {
  locked: boolean;
  current: number;
  recommended: number;
  lower: number;
  upper: number;
  marginalBefore: number;
  marginalAfter: number;
  /** The level every free channel is pushed to: the common marginal ROAS or the target; null if none. */
  level: { kind: "common" | "target" | "break_even"; value: number } | null;
}

// String() of the already-rounded report figure, so the sentence shows exactly the reported number.
const show = (x: number) => String(x);

/**
 * @example
 * channelReason({ locked: false, current: 100, recommended: 130, lower: 70, upper: 130,
 *   marginalBefore: 3.1, marginalAfter: 2.6, level: { kind: "common", value: 2.2 } });
 * // "Raised to its upper limit: the next dollar still returns 2.6, above the common level 2.2."
 */
export function channelReason(r: ReasonInput): string {
  if (r.locked) return "Locked at current spend by request.";
  const tolerance = Math.max(0.01, 0.001 * r.current);
  const levelText = r.level
    ? ` ${r.level.kind === "target" ? "the target" : r.level.kind === "break_even" ? "break-even" : "the common level"} ${show(r.level.value)}`
    : "";
  if (Math.abs(r.recommended - r.current) <= tolerance) {
    return `Kept: marginal ROAS ${show(r.marginalBefore)} is already in line${levelText ? ` with${levelText}` : " with the other channels"}.`;
  }
  const verb = r.recommended > r.current ? "Raised" : "Cut";
  if (Math.abs(r.recommended - r.upper) <= 0.01) {
    return `${verb} to its upper limit: the next dollar still returns ${show(r.marginalAfter)}${levelText ? `, above${levelText}` : ""}.`;
  }
  if (Math.abs(r.recommended - r.lower) <= 0.01) {
    return `${verb} to its lower limit: marginal ROAS there is ${show(r.marginalAfter)}${levelText ? `, still below${levelText}` : ""}.`;
  }
  const moved = r.recommended > r.current ? "falls" : "rises";
  return `${verb}: marginal ROAS ${show(r.marginalBefore)} at current spend ${moved} to ${show(r.marginalAfter)}${levelText ? `,${levelText}` : ""}.`;
}

/**
 * Why a channel is cut to nothing under the profit objective although its fitted curve rises
 * steeply from zero (operating-range.ts). Figures already rounded as reported.
 * @example
 * unprovenCutReason({ lowestObservedSpend: 5000, revenuePerDollar: 2.1501, breakEven: 2.5 });
 * // "Cut to nothing: at 5000, the lowest spend its history covers, each dollar returned 2.1501 on average, below break-even 2.5, and no higher spend averages better; below that spend the curve's steeper start is the model's assumption, not something the data show."
 */
export function unprovenCutReason(r: {
  lowestObservedSpend: number;
  revenuePerDollar: number;
  breakEven: number | null;
}): string {
  const breakEven = r.breakEven === null ? "below break-even" : `below break-even ${show(r.breakEven)}`;
  return (
    `Cut to nothing: at ${show(r.lowestObservedSpend)}, the lowest spend its history covers, each dollar returned ${show(r.revenuePerDollar)} on average, ${breakEven}, and no higher spend averages better; ` +
    "below that spend the curve's steeper start is the model's assumption, not something the data show."
  );
}
