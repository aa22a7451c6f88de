/**
 * lead23: "how did you calculate cac", "that can't be right, show me how you got roas", "where does
 * the mer number come from" asked first, with no answer before it to point back to: a sceptic's
 * check. Before, the figure alone came back (the metric question), which repeats what they doubt.
 * Now the metric's definition leads, then the figure with each ratio's inputs beside it and the
 * division said, as the follow-up "how did you get that" does (previous-answer-asks.ts).
 */

import { metricIntentOf, metricQuestionFrame } from "./pipeline/metric-question.ts";
import type { Reading } from "./pipeline/types.ts";
import { HOW_COMPUTED, withInputsShown } from "./previous-answer-asks.ts";
import type { Plan } from "./types.ts";

/**
 * Wordings that put the metric inside the ask ("where does that roas number come from", "break
 * down how you got mer"), which the follow-up pattern (a pronoun in that place) does not read.
 */
const HOW_COMPUTED_NAMED =
  /\b(?:where (?:does|did|do) (?:that|this|the|our|your|these|those) (?:[a-z0-9+]+ ){1,3}(?:number|numbers|figure|figures|stat|metric) come from|(?:break down|explain|tell me|show me|walk me through) how (?:you|u|ya) (?:got|get|calculated|calculate|computed|worked out|arrived at|came up with|came to)|how (?:exactly )?did (?:you|u|ya) (?:get|got|calculate|compute|work out|arrive at|come up with|figure) (?:that|this|the|our|your|these|those) [a-z0-9+]+)\b/;

/** The method asked in general ("how do you calculate cac", "how does it work out mer"), no figure yet. */
const GENERAL_METHOD = /\bhow (?:do|does|would) (?:you|u|ya|it|we)\b/;

/** "Walk me through the path / journey / funnel": a walk through the data itself. */
const WALK_THROUGH_DATA =
  /\bwalk me through (?:the|a|an|your|our|this|that) (?![a-z0-9+ ]{0,24}\b(?:math|maths|calculation|calc|working|workings|formula|numbers?|figures?)\b)/;

/** Intents whose figures are metric queries, so a ratio's inputs can stand beside it. */
const METRIC_INTENTS = new Set(["query", "rank", "compare", "trend"]);

/**
 * The plan for a first "how did you get X" naming its metric: X over the period asked (or the
 * default), with its inputs and the formula said. Undefined when there is an answer before it to
 * point back to (the follow-up reading owns that), no metric is named, or the ask is not one.
 */
export function showWorkingPlan(r: Reading): Plan | undefined {
  if (r.previous || !r.p.metrics.length) return undefined;
  if (!HOW_COMPUTED.test(r.p.text) && !HOW_COMPUTED_NAMED.test(r.p.text)) return undefined;
  // "how do you calculate cac" asks for the method in general: the definition answers it.
  if (GENERAL_METHOD.test(r.p.text) && !HOW_COMPUTED_NAMED.test(r.p.text)) return undefined;
  // "walk me through the path of whoever bought the most" walks through data, not through a sum.
  if (WALK_THROUGH_DATA.test(r.p.text)) return undefined;
  const intent = metricIntentOf(r.p);
  const frame = metricQuestionFrame(r, intent === "define" ? "query" : intent);
  if (!METRIC_INTENTS.has(frame.intent)) return undefined;
  const plan = withInputsShown(frame, r.ctx.catalog, false);
  if (plan.kind !== "tool_calls") return plan;
  // Asked first, the definition is not on screen yet: it leads (as "what is X and what was it" does).
  const define = r.p.metrics
    .slice(0, 2)
    .map((metric) => ({ name: "describe_metric" as const, args: { metric } }));
  return { ...plan, calls: [...define, ...plan.calls] };
}
