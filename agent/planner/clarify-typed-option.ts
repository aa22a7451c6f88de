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
 * fix15a: "ok whats the nearest thing you have", "closest you've got?", "next best thing then":
 * the option nearest to the breakdown the data lacks (ad creative, keyword: its campaign; a city:
 * the customer's state), said as such in a note.
 */
const NEAREST =
  /^(?:(?:ok|okay|k|so|fine|then|well|hm+|alright|sure)\s+)*(?:what(?: s| is|s)? |give me |show me |just |then )?(?:the )?(?:nearest|closest|next best|most similar)(?: thing| things| option| one| breakdown| alternative)?(?: (?:you|u) (?:have|ve got|got|can do|can give|can show))?(?: then| instead| please| pls)*$|^(?:(?:ok|okay|so|fine|then)\s+)*what can (?:you|u) (?:show|give|do) (?:me )?instead$/;
/** The breakdown the data lacks (named in the clarification's question) and the option nearest to it. */
const NEAREST_OPTION: [RegExp, string, string][] = [
  [
    /\bno (?:ad creative|keyword|landing page) breakdown\b/,
    "dimension:campaign",
    "campaigns (each campaign's ads taken together)",
  ],
  [/\bno country or city breakdown\b/, "dimension:customer_state", "the customer's US state"],
  [/\bno demographics breakdown\b/, "dimension:customer_type", "new vs returning customers"],
];

/** The nearest option and what it stands for, when the reply asks for the nearest thing. */
export function nearestOption(
  question: string,
  clarifyQuestion: string,
  options: readonly ClarifyOption[],
): { option: ClarifyOption; said: string; missing: string } | undefined {
  if (!NEAREST.test(normalize(question))) return undefined;
  for (const [re, id, said] of NEAREST_OPTION) {
    const option = options.find((o) => o.id === id);
    const missing = /\bno (.+?) breakdown\b/.exec(clarifyQuestion)?.[1];
    if (re.test(clarifyQuestion) && option && missing) return { option, said, missing };
  }
  return undefined;
}

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
  const nearest = nearestOption(question, prev.question, prev.options);
  if (nearest) {
    const planned = plan(prev.originalQuestion, { ...ctx, clarificationId: nearest.option.id });
    if (planned.kind !== "tool_calls") return planned;
    const note = `The data has no ${nearest.missing} breakdown, so the nearest thing it has is ${nearest.said}: these are not single ${nearest.missing} results.`;
    return { ...planned, notes: [note, ...(planned.notes ?? [])] };
  }
  const option = typedBreakdown(question, prev.options, ctx);
  return option ? plan(prev.originalQuestion, { ...ctx, clarificationId: option.id }) : undefined;
}
