/**
 * "median order value by month", "p25 / p75 order value", "90th percentile of cpa": a statistic
 * the tools do not compute (they return totals and ratios of totals: averages, not medians or
 * percentiles). Answering with the mean and saying nothing answered a different question; the
 * answer now says first that the figure is the mean, not the statistic asked, and why it differs.
 */
import type { Plan } from "./types.ts";

// left16b: "25 pct" is a percent and "the 25th" a date; only "25th pct/percentile" is a statistic.
const STATISTIC =
  /\b(?:median|medians|percentiles?|quartiles?|quantiles?|p(?:10|25|50|75|90|95|99)|(?:10|25|50|75|90|95|99)th (?:pct|percentile|%ile)|interquartile|iqr)\b/;

/**
 * The plan with a note leading that the statistic asked is not computed and the mean is shown, or
 * the plan unchanged.
 * @example unsupportedStatistic(plan, "median order value by month").notes // ["Medians and percentiles ..."]
 */
export function withUnsupportedStatisticNote(plan: Plan, question: string): Plan {
  if (plan.kind !== "tool_calls" || plan.intent === "define") return plan;
  const asked = STATISTIC.exec(question.toLowerCase());
  if (!asked) return plan;
  // Time-to-convert and path-length answers do give medians and percentiles (the journeys tool).
  if (plan.calls.some((c) => c.name === "journeys" || c.name === "cohorts")) return plan;
  const note = `I can't give the ${asked[0]} here: the tools compute totals and averages (a total over a count), not medians or percentiles of this figure (only single order values have them, for all orders, by month, week, new vs returning or channel). The figures below are averages (means), which a few large values pull above the median, so read them as the mean, not the ${asked[0]} you asked for.`;
  return { ...plan, notes: [note, ...(plan.notes ?? [])] };
}
