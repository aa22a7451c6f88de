/**
 * fix13b: "why?" after a total set against another period ("did orders drop in august" then "why?"),
 * or after one figure for a period ("orders in august" then "what drove that"): what moved that
 * metric against the same baseline, by channel (explain_change, which also finds the days a rate
 * broke on). A bare "why" named nothing the planner knew and was declined as off topic; the
 * premise of the turn before ("drop") is checked against the figures when the answer is written.
 */
import { WHY_TURN } from "./follow-up-asks.ts";
import type { ParsedQuestion } from "./parse.ts";
import { baselineOf } from "./time.ts";
import type { Frame } from "./types.ts";

/** Metric frames whose one period (and baseline) a "why" can be asked of. */
const TOTAL_INTENTS = new Set(["compare", "query"]);

/**
 * The explanation frame for a bare "why" after a total (no members), or undefined.
 * @example whyAfterTotal(parse("why?"), ordersAugVsJul)?.intent // "explain"
 */
export function whyAfterTotal(p: ParsedQuestion, prev: Frame | undefined): Frame | undefined {
  if (!prev || !TOTAL_INTENTS.has(prev.intent) || !WHY_TURN.test(p.text)) return undefined;
  if (p.metrics.length || p.time.period || p.dims.filters.length || p.dims.dimensions.length)
    return undefined;
  // Rows of members are explained member by member (whyAfterChangeRanking); a series is not a total.
  if (prev.dimensions.length || prev.cohort || prev.budget) return undefined;
  const metric = prev.metrics[0];
  if (!metric) return undefined;
  const baseline =
    prev.compare?.period && prev.compare.mode !== "previous_year"
      ? prev.compare.period
      : baselineOf(prev.period, prev.compare?.mode === "previous_year" ? "previous_year" : "previous_period");
  return {
    intent: "explain",
    metrics: [metric],
    dimensions: [],
    filters: prev.filters,
    period: prev.period,
    compare: { mode: "explicit", period: baseline },
  };
}
