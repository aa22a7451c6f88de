/**
 * fix9a: an option of a "which breakdown?" clarification typed as a reply instead of picked
 * ("ok then by campaign", "per channel please", "just the total"): the original question planned
 * with that option, as if it had been picked. It was read as a new question with no metric, so
 * the default headline metrics by campaign answered instead of the metric first asked (CTR).
 */
import { normalize } from "./normalize.ts";
import { parseQuestion } from "./parse.ts";
import type { ClarifyOption, Plan, PlannerContext } from "./types.ts";

/** "overall", "the total", "no breakdown", "all together": the no-breakdown option. */
const NO_BREAKDOWN =
  /^(?:(?:ok|okay|then|just|fine|sure|the|in|as a|as)\s+)*(?:overall|total|in total|no breakdown|all together|altogether|no split|combined|everything)(?:\s+(?:then|please|pls|is fine|works))*$/;

/**
 * The breakdown option a typed reply names, or undefined when the reply says more than that
 * (a metric, a period: a question of its own).
 * @example typedBreakdown("ok then by campaign", options, ctx)?.id // "dimension:campaign"
 */
function typedBreakdown(
  question: string,
  options: readonly ClarifyOption[],
  ctx: PlannerContext,
): ClarifyOption | undefined {
  const text = normalize(question);
  if (text.split(" ").length > 8) return undefined;
  if (NO_BREAKDOWN.test(text)) return options.find((o) => o.id === "dimension:none");
  const p = parseQuestion(question, ctx);
  if (p.metrics.length || p.time.period || p.dims.filters.length || p.dims.dimensions.length !== 1)
    return undefined;
  return options.find((o) => o.id === `dimension:${p.dims.dimensions[0]}`);
}

/**
 * The original question planned with the breakdown typed, or undefined when the previous turn is
 * no breakdown clarification or the reply names none of its options.
 */
export function planTypedBreakdown(
  question: string,
  ctx: PlannerContext,
  plan: (q: string, c: PlannerContext) => Plan,
): Plan | undefined {
  const prev = ctx.previous;
  if (prev?.kind !== "clarify" || prev.automation || ctx.clarificationId) return undefined;
  if (!prev.options.some((o) => o.id.startsWith("dimension:"))) return undefined;
  const option = typedBreakdown(question, prev.options, ctx);
  return option ? plan(prev.originalQuestion, { ...ctx, clarificationId: option.id }) : undefined;
}
