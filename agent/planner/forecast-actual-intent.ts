/**
 * fix20c: a forecast held against what happened: "forecast vs actual for october", "how far off was
 * the projection for september", "backtest the run rate on q3 orders". Read as a forecast, it was
 * declined ("I don't forecast"). No forecast made at the time is stored, so the answer checks the
 * run-rate method on the period (project_run_rate with `backtest`): the period projected from the
 * month before it, against its actual, with the error in money and percent, and the same check on
 * every full month. The period is the one named when it has ended, else the latest full month.
 */
import { addDays, addMonths, endOfMonth, startOfMonth } from "../../semantic/query/dates.ts";
import type { ParsedQuestion } from "./parse.ts";
import { METRIC_WORDS, runRatePlan } from "./run-rate-intent.ts";
import type { Plan } from "./types.ts";

const FORECAST = String.raw`(?:forecast(?:s|ed|ing)?|projections?|projected|predictions?|predicted|run ?rates?|estimates?|estimated)`;
const AGAINST = String.raw`(?:vs\.?|versus|against|compared (?:to|with)|v\.?|and)`;

/** A forecast set against the actual, or asked how far off it was. */
const ASKS_FORECAST_ACTUAL: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${FORECAST}\b.{0,40}\b${AGAINST} (?:the |our |what )?(?:actuals?|actually happened|real (?:numbers?|figures?|results?))\b`,
  ),
  new RegExp(String.raw`\bactuals? ${AGAINST} (?:the |our |your )?${FORECAST}\b`),
  new RegExp(
    String.raw`\bhow (?:far off|close|accurate|wrong|good|right) (?:was|were|is|did|has been) (?:the |our |your |my |that )?(?:\w+ )?${FORECAST}\b`,
  ),
  new RegExp(
    String.raw`\b${FORECAST}\b.{0,60}\bhow (?:far off|close|wrong|accurate) (?:were|was|did|are) (?:we|you|it|they)\b`,
  ),
  new RegExp(
    String.raw`\b(?:did|does|would) (?:the |our |your |a )?(?:\w+ )?${FORECAST} (?:hold(?: up)?|miss|come true|land|work|get it right)\b`,
  ),
  /\bback ?-?test\w*\b/,
];

/** Whether the question sets a forecast against the actual. */
export function asksForecastActual(text: string): boolean {
  return ASKS_FORECAST_ACTUAL.some((r) => r.test(text));
}

/**
 * The backtest plan, or undefined when the question does not ask it.
 * @example readForecastActual("forecast vs actual revenue for september", p)?.calls[0].args
 * // { metric: "revenue", period: { from: "2026-09-01", to: "2026-09-30" }, pace: { from: "2026-08-01", to: "2026-08-31" }, backtest: true }
 */
export function readForecastActual(question: string, p: ParsedQuestion): Plan | undefined {
  const raw = question.toLowerCase().replace(/[’`]/g, "'");
  if (!asksForecastActual(raw)) return undefined;
  const metric = METRIC_WORDS.find(([re]) => re.test(raw))?.[1] ?? "revenue";
  const end = p.dataEnd && p.dataEnd < p.today ? p.dataEnd : addDays(p.today, -1);
  const named = p.time.period;
  const latestFull = endOfMonth(end) === end ? startOfMonth(end) : addMonths(startOfMonth(end), -1);
  const period =
    named && named.to <= end && named.from > startOfMonth(addMonths(latestFull, -12))
      ? { from: named.from, to: named.to, label: named.label }
      : { from: latestFull, to: endOfMonth(latestFull), label: "the latest full month of data" };
  const paceFrom = addMonths(startOfMonth(period.from), -1);
  const pace = { from: paceFrom, to: endOfMonth(paceFrom), label: "the month before" };
  const plan = runRatePlan(metric, period, pace, p);
  if (plan.kind !== "tool_calls") return plan;
  return {
    ...plan,
    calls: plan.calls.map((c) => ({ ...c, args: { ...c.args, backtest: true } })),
  };
}
