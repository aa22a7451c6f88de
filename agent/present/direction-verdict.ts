/**
 * fix20c: a direction asked of a series ("is our unsub rate creeping up?", "cpa getting worse?",
 * "roas rising or falling"): the verdict first (yes, no, or no clear direction), read from a
 * straight line fitted through the full buckets, then the trend sentence with its figures. The
 * series alone gave first against latest, peak and low, and left the yes-or-no to the reader.
 * The verdict line holds no figure of its own.
 */
import { inSentence } from "../answer/format.ts";
import { comparablePoints } from "../answer/series-templates.ts";
import type { TrendAnswerInput } from "../answer/types.ts";

export type Direction = "up" | "down" | "flat";

/** Below this fitted move end to end, as a share of the mean, a series is called flat. */
export const FLAT_SHARE = 0.05;

const UP =
  /\b(?:going up|gone up|go up|rising|climbing|creeping (?:up|upwards?|higher)|ticking up|heading (?:up|higher)|going higher|getting (?:higher|bigger)|increasing|growing|trending up(?:wards?)?|on the (?:rise|way up))\b/;
const DOWN =
  /\b(?:going down|gone down|go down|falling|dropping|declining|decreasing|shrinking|sliding|slipping|creeping (?:down|downwards?|lower)|ticking down|heading (?:down|lower)|going lower|getting (?:lower|smaller)|trending down(?:wards?)?|on the (?:decline|way down))\b/;
const WORSE = /\b(?:getting worse|worsening|deteriorating|going the wrong way|in the wrong direction)\b/;
const BETTER = /\b(?:getting better|improving)\b/;
const EITHER =
  /\b(?:up or down|down or up|rising or falling|falling or rising|trending|which way|direction)\b/;

/** Measures where more is worse: costs per result, bounces, unsubscribes, complaints. */
const MORE_IS_WORSE =
  /^(?:cpa|cac|ncac|paid_cpa|cpc|cpm|cost_per_\w+|\w+_cost|bounce_rate|email_unsubscribe\w*|\w*unsubscribe\w*|\w*complaint\w*)$/;

/** The direction the question asks about, for a metric (its key): up, down, either, or none asked. */
export function askedDirection(question: string, metricKey: string): Direction | "either" | undefined {
  const q = question.toLowerCase();
  if (EITHER.test(q) || (UP.test(q) && DOWN.test(q))) return "either";
  const worseUp = MORE_IS_WORSE.test(metricKey);
  if (WORSE.test(q)) return worseUp ? "up" : "down";
  if (BETTER.test(q)) return worseUp ? "down" : "up";
  if (UP.test(q)) return "up";
  if (DOWN.test(q)) return "down";
  return undefined;
}

/**
 * The direction of a series: the least-squares line through the points, its move from the first
 * point to the last as a share of the mean; under FLAT_SHARE either way is flat.
 * @example seriesDirection([1, 2, 3, 4]) // "up"
 * @example seriesDirection([10, 10.1, 9.9, 10]) // "flat"
 */
export function seriesDirection(values: readonly number[]): Direction | undefined {
  const n = values.length;
  if (n < 3) return undefined;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  if (meanY === 0) return undefined;
  let sxy = 0;
  let sxx = 0;
  values.forEach((y, x) => {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  });
  const move = ((sxy / sxx) * (n - 1)) / Math.abs(meanY);
  return move > FLAT_SHARE ? "up" : move < -FLAT_SHARE ? "down" : "flat";
}

/**
 * The verdict line for a direction question about a one-metric series, or "" when the question
 * asks no direction or the series is too short to read one.
 * @example directionVerdict(unsubRateByWeek, "is our unsub rate creeping up")
 *   // "No: email unsubscribe rate is not going up; over these weeks it has gone down (a straight line fitted through the weekly figures falls)."
 */
export function directionVerdict(input: TrendAnswerInput, question: string | undefined): string {
  if (!question) return "";
  const asked = askedDirection(question, input.metric.key);
  if (!asked) return "";
  const { points } = comparablePoints(input);
  const dir = seriesDirection(points.map((p) => p.value));
  if (!dir) return "";
  const name = inSentence(input.metric.label);
  const span = `over these ${input.grain}s`;
  const line =
    dir === "flat"
      ? `a straight line fitted through the ${input.grain}ly figures barely moves`
      : `a straight line fitted through the ${input.grain}ly figures ${dir === "up" ? "rises" : "falls"}`;
  const went = dir === "up" ? "gone up" : "gone down";
  if (asked === "either")
    return dir === "flat"
      ? `No clear direction: ${name} has held roughly flat ${span} (${line}).`
      : `${capital(name)} has ${went} ${span} (${line}).`;
  const going = asked === "up" ? "going up" : "going down";
  if (dir === asked) return `Yes: ${name} has ${went} ${span} (${line}).`;
  if (dir === "flat")
    return `No clear direction: ${name} is not clearly ${going}; it has held roughly flat ${span} (${line}).`;
  return `No: ${name} is not ${going}; it has ${went} ${span} (${line}).`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
