/**
 * fix13e: "what will revenue be in november", "predict next month's orders", "what should we
 * expect to spend in q4": a forecast of an additive metric over a period past the data. There is
 * no forecasting model, and a bare refusal left the marketer with nothing; instead the answer is
 * an estimate with its basis said: the period at the latest full month's daily pace (a straight
 * line), with the same days a year earlier beside it where the data has them, for the season
 * (project_run_rate). Ratios (ROAS, CPA) do not add up over days and keep the forecast decline.
 */

import { addDays } from "../../semantic/query/dates.ts";
import { goalOf, goalSpan, withGoal } from "./goal-forecast.ts";
import type { ParsedQuestion } from "./parse.ts";
import { withNotes } from "./pipeline/noted-plans.ts";
import { ELSEWHERE, METRIC_WORDS, paceOf, runRatePlan, targetOf } from "./run-rate-intent.ts";
import { splitRunRate } from "./run-rate-split.ts";
import { forecastRequest } from "./scope.ts";
import type { DimensionValue, Plan } from "./types.ts";
import { fixWordTypos } from "./word-typos.ts";

/** Asking what a future period will come to, beyond the words the scope check reads as a forecast. */
const EXPECTING =
  /\b(?:(?:will|'ll|gonna) (?:be|look|come in|land|end up|finish|hit|reach)|going to (?:look|come in|land|end up|finish)|expect(?:ed|ing)?|outlook|estimate[ds]?|projected|should (?:we|it) (?:see|get|make|land)|likely to (?:be|come in|land)|on track (?:for|to)|(?:will|'ll|gonna|going to) (?:[\w']+ ){1,3}?(?:be like|look|come in|come to|land|end up|finish|shape up|turn out)|where(?:'s| is| are)? (?:[\w']+ ){1,3}?(?:heading|headed))\b/;

/**
 * A what-if on spend or a budget plan is answered elsewhere (budget, what-if); so is a hypothetical
 * on a rate ("say tiktok cpa goes 2x next month"), which no straight line of the past answers.
 */
const WHAT_IF =
  /\b(?:say|goes|went|doubl\w*|halv\w*|tripl\w*|\d+(?:\.\d+)? ?x|x ?\d+|at the same|would|if (?:we|it|our|the|tiktok|meta|google|cpa|cpc|roas|spend)|what if|suppose|assuming|should (?:we|i)|how (?:should|do|can|would) (?:we|i)|reshuffl\w*|realloc\w*|allocat\w*|split|divide|distribut\w*|shift|move|optimi[sz]\w*|spread)\b/;

/** The metrics a straight line carries, as the parser names them (fix19d: a typo'd "revnue"). */
const ADDITIVE = ["revenue", "orders", "spend", "sessions"] as const;

/** Words that place a named month in the past ("november last year", "december 2025"). */
const PAST = /\b(?:last (?:year|yr)|a year ago|ago|20\d\d|previous year|prior year)\b/;

export const ESTIMATE_NOTE =
  "I don't have a forecasting model, so this is an estimate, not a forecast: the period at the daily pace of the latest full month of data, with the same days a year earlier beside it for the season.";

/**
 * The estimate's plan, or undefined when the question is not a forecast of an additive metric.
 * @example readForecastEstimate("what will revenue be in november", p)?.calls[0].args.period // { from: "2026-11-01", to: "2026-11-30" }
 */
export function readForecastEstimate(
  question: string,
  p: ParsedQuestion,
  values: readonly DimensionValue[] = [],
): Plan | undefined {
  // fix20b: "wil we hit 800k by eoy": misspelt question words read as typed right.
  const raw = fixWordTypos(question.toLowerCase().replace(/[’`]/g, "'"));
  // fix19d: a goal to reach ("will we hit $1M by year end") is set against the projection.
  const goal = goalOf(raw);
  const asks =
    forecastRequest(raw, p.time.period?.from, p.today) || EXPECTING.test(raw) || goal !== undefined;
  const b = p.budget;
  const budgeted =
    b.changes.length || (b.totalBudget && goal === undefined) || b.extraBudget || b.totalBudgetChangePercent;
  // Two periods side by side ("bfcm this year vs last") are a comparison, not a projection.
  if (
    !asks ||
    (ELSEWHERE.test(raw) && goal === undefined) ||
    WHAT_IF.test(raw) ||
    budgeted ||
    p.dims.dimensions.length > 1 ||
    p.time.compare
  )
    return undefined;
  // fix19d: a typo'd word ("revnue", "novmber") is read from the normalized question.
  const metric =
    (goal !== undefined &&
    /\$|\b(?:revenue|sales|turnover|income|gmv|top ?line)\b/.test(raw) &&
    !/\bspend/.test(raw)
      ? "revenue"
      : undefined) ??
    METRIC_WORDS.find(([re]) => re.test(raw))?.[1] ??
    (p.metrics.length === 1 ? ADDITIVE.find((m) => m === p.metrics[0]) : undefined);
  if (!metric) return undefined;
  const end = p.dataEnd && p.dataEnd < p.today ? p.dataEnd : addDays(p.today, -1);
  // A period the parser placed in the past ("november last year") is a report, not a forecast.
  if (p.time.period && p.time.period.to <= end && PAST.test(raw)) return undefined;
  const target =
    targetOf(raw, p.today, end) ??
    targetOf(p.text, p.today, end) ??
    // "will we hit $1M in revenue": by the end of the year when no period is said.
    (goal !== undefined && !p.time.period ? targetOf("this year", p.today, end) : undefined);
  if (!target || target.to <= end) return undefined;
  const span = goal !== undefined ? goalSpan(raw, target) : target;
  const pace = paceOf(raw, p.today, end);
  if (pace.to > end) return undefined;
  const plan = withNotes(withGoal(runRatePlan(metric, span, pace, p), goal), [ESTIMATE_NOTE]);
  // "forecast revenue by channel": each member at its own pace (a channel or a platform only).
  const by = p.dims.dimensions[0];
  return by ? splitRunRate(plan, by, values) : plan;
}
