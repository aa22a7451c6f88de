/**
 * fix6c: "add-to-cart rate and checkout completion rate by channel", "add to cart rate on organic
 * traffic": named step rates are those metrics (catalog formulas over the funnel's counts), one
 * column each, by the breakdown asked, rather than the whole funnel, whose add-to-cart step is a
 * share of engaged sessions and whose by-channel lines give counts only. Questions about the
 * funnel itself (drop-offs, abandonment, "the funnel") stay with the funnel.
 */
import type { ParsedQuestion } from "./parse.ts";

/** Rates of funnel steps the catalog computes directly. */
const STEP_RATES = new Set([
  "add_to_cart_rate",
  "checkout_rate",
  "checkout_completion_rate",
  "conversion_rate",
  "engagement_rate",
]);
/** Rates the funnel answer does not state per channel, or states over another base. */
const NOT_IN_FUNNEL = new Set(["add_to_cart_rate", "checkout_completion_rate"]);
const FUNNEL_WORDS =
  /\b(?:funnels?|drop ?offs?|drop outs?|abandon\w*|leak\w*|where (?:do|did|are|were|does)|steps?|stages?)\b/;

/** Whether the question names step rates only (and at least one the funnel answer lacks). */
export function asksNamedStepRates(p: ParsedQuestion): boolean {
  return (
    p.metrics.length > 0 &&
    p.metrics.every((m) => STEP_RATES.has(m)) &&
    p.metrics.some((m) => NOT_IN_FUNNEL.has(m)) &&
    !FUNNEL_WORDS.test(p.text)
  );
}
