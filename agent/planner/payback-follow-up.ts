/**
 * fix17b: "and how long until we earn that back?", "what's the payback on it", "when do they pay
 * for themselves" after an acquisition cost (CAC, or new customers and ad spend): read alone the
 * turn named no metric of its own, so the same figures came back. The CAC payback answers it: the
 * months until the gross profit of the customers acquired covers what they cost (cohorts), over
 * the period the cost was asked for.
 */
import { toolPlan } from "./pipeline/assemble-stage.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Frame, Plan } from "./types.ts";

/** The question the payback is planned from (cohort-intent.ts reads it). */
const PAYBACK_QUESTION = "cac payback period";

/** A cost pointed back at and asked to come back, or a payback asked outright. */
const PAY_IT_BACK = new RegExp(
  [
    String.raw`\b(?:pay|pays|paid|paying|earn|earns|earned|earning|make|makes|made|making|win|wins|won|get|gets|got|getting|recoup\w*|recover\w*|claw|clawing)\s+(?:(?:it|that|this|them|those|these|the (?:cost|money|spend|cac)|what (?:we|it|they) (?:spent|cost|paid))\s+)?back\b`,
    String.raw`\b(?:recoup\w*|recover\w*)\s+(?:it|that|this|them|those|the (?:cost|money|spend|cac))\b`,
    String.raw`\bpay ?back\b`,
    String.raw`\b(?:break|breaking) ?even on (?:it|that|this|them|those|each|a customer|one|the cost)\b`,
    String.raw`\b(?:pay|pays|paying|paid) for (?:themselves|itself|it|that)\b`,
    // "how long before a customer is profitable"; "when do they pay for themselves" reaches here
    // as "when do they profitable" (the money idioms).
    String.raw`\b(?:how long|when|how many (?:months|weeks|days))\b.{0,40}\b(?:profitable|in profit|break ?even|worth it)\b`,
  ].join("|"),
);

/**
 * Metrics the turn's own words read as: "payback" is a synonym of ROI, "a customer" of customers,
 * and "pay for themselves" a paraphrase of ROAS.
 */
const OWN_WORDS = new Set(["cac", "roi", "roas", "customers", "new_customers"]);

/** Whether the frame shows what a new customer costs. */
function showsAcquisitionCost(frame: Frame): boolean {
  return (
    frame.metrics.includes("cac") ||
    (frame.metrics.includes("new_customers") && frame.metrics.includes("spend"))
  );
}

/**
 * The CAC payback after an acquisition cost answer, or undefined when the turn is not that.
 * @example paybackFollowUp(reading("and how long to earn that back?", { previous: cacYtd }))?.intent // "cohorts"
 */
export function paybackFollowUp(r: Reading): Plan | undefined {
  const prev = r.ctx.previous;
  if (prev?.kind !== "tool_calls" || !prev.frame || !showsAcquisitionCost(prev.frame)) return undefined;
  // The question as typed too: the paraphrases read "pay for themselves" as ROAS.
  const asked = PAY_IT_BACK.test(r.p.text) || PAY_IT_BACK.test(r.question.toLowerCase());
  if (r.p.metrics.some((m) => !OWN_WORDS.has(m)) || !asked) return undefined;
  const plan = r.replan(PAYBACK_QUESTION, { ...r.ctx, previous: undefined });
  if (plan.kind !== "tool_calls" || plan.frame?.intent !== "cohorts") return undefined;
  // The customers whose cost was asked about: the turn's period, else the answer's own one.
  const period = r.p.time.period ?? prev.frame.period;
  const named = period.label !== undefined && !period.label.includes("(default");
  return named ? toolPlan({ ...plan.frame, period }) : plan;
}
