/**
 * A budget plan asked to hold a metric to a limit ("a plan for next month that keeps CAC under
 * $60", "split 20k but keep roas above 2"), fix6d. The budget model maximizes profit (or revenue)
 * and takes no cap on a metric; read as nothing, "$60" became a $60 total budget. The limit's
 * amount is never the budget: the split is planned as asked otherwise, a note says the limit is not
 * applied, and the metric's figure for last month follows so the reader can hold it against it.
 */
import { toolPlan } from "./pipeline/assemble-stage.ts";
import { metricQuestionFrame } from "./pipeline/metric-question.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Plan } from "./types.ts";

const METRIC = String.raw`(cac|cpa|roas|mer|cpc|cpm|aov|ctr|cost per (?:acquisition|order|customer|click|purchase)|return on ad spend|customer acquisition cost)`;
const LIMIT = String.raw`(?:under|below|above|over|less than|more than|at most|at least|no (?:more|higher|lower|less) than|beneath|within|<=?|>=?)`;
const VALUE = String.raw`([$€£]?\s?\d+(?:\.\d+)?\s*(?:k|x|%)?)`;

/** "cac under $60", "roas above 2x": a limit on a metric, with the metric word and the value. */
export const METRIC_CAP = new RegExp(
  String.raw`\b${METRIC}\s+(?:(?:stays?|is|remains?|kept|held)\s+)?${LIMIT}\s+${VALUE}`,
  "g",
);

const PLAN =
  /\b(?:plan|split|allocat\w*|divid\w*|distribut\w*|budget|how (?:should|do|would) (?:we|i) spend)\b/;
const ROWS = /\b(?:campaigns?|channels?|platforms?|ads?|ad sets?)\s+(?:with|that|where|whose|having)\b/;

/**
 * The limit a budget question puts on a metric, or undefined.
 * @example metricCap("budget plan for next month that keeps cac under $60") // { metric: "cac", words: "cac under $60" }
 */
export function metricCap(text: string): { metric: string; words: string } | undefined {
  // Only a plan carries a limit; "campaigns with cpa over $90" picks rows (metric-floor.ts).
  if (!PLAN.test(text) || ROWS.test(text)) return undefined;
  METRIC_CAP.lastIndex = 0;
  const m = METRIC_CAP.exec(text);
  METRIC_CAP.lastIndex = 0;
  return m ? { metric: m[1]!, words: m[0] } : undefined;
}

/** The split as asked, the note that the limit is not applied, then the metric last month. */
export function metricCapPlan(r: Reading, cap: { metric: string; words: string }): Plan {
  const split = toolPlan(metricQuestionFrame(r, "budget"));
  if (split.kind !== "tool_calls") return split;
  const figure = r.replan(`${cap.metric} last month`, r.ctx);
  const calls = figure.kind === "tool_calls" ? figure.calls : [];
  return {
    ...split,
    calls: [...split.calls, ...calls],
    notes: [
      ...(split.notes ?? []),
      `I can't hold the plan to "${cap.words}": the budget model maximizes profit and takes no limit on a metric, so the split below does not apply it${calls.length ? "; last month's figure follows it, to hold against your limit" : ""}.`,
    ],
  };
}
