/**
 * fix18b: a follow-up that asks the next step down the funnel of the measure just shown: "and how
 * many of those converted?" after referral sessions, "how many of them bought" after organic
 * visits, "what % checked out" after add-to-carts, "how many of those clicks became orders". Read
 * alone it named no metric (the sessions came back unchanged) or only "orders" (over a default
 * period, the channel and quarter lost). Here the previous frame is kept whole (period, filters,
 * breakdown, comparison) and the next step's count and the rate between the two steps join the
 * measure shown.
 */
import type { ParsedQuestion } from "./parse.ts";
import type { Frame, Plan } from "./types.ts";

/** The next step of each upper-funnel measure: its count and the rate from the step shown. */
const NEXT_STEP: Readonly<Record<string, readonly string[]>> = {
  sessions: ["orders", "conversion_rate"],
  users: ["orders", "conversion_rate"],
  engaged_sessions: ["orders", "conversion_rate"],
  add_to_carts: ["checkouts", "checkout_rate"],
  checkouts: ["orders", "checkout_completion_rate"],
  clicks: ["platform_conversions", "platform_conversion_rate", "paid_attributed_conversions"],
};

/** The step after carts when the turn names the order ("how many of the carts became orders"). */
const CARTS_TO_ORDERS = ["orders", "cart_abandonment_rate"];

/** The next step asked: "how many converted", "what % bought", "conversions from those". */
const ASKS_STEP =
  /(?:\bhow (?:many|much)\b|\bwhat (?:%|pct\b|(?:percent(?:age)?|share|portion|fraction|proportion|number|rate)\b)|\bany of (?:them|those|these)\b).{0,40}\b(?:convert(?:ed|s|ing)?|conversions?|bought|buy|purchas(?:ed|es|e)|placed (?:an )?orders?|ordered|checked out|check(?:ed)? ?out|got to checkout|(?:became|become|turned into|ended up as|resulted in|led to|went on to (?:buy|order|purchase)) ?(?:an |a )?(?:orders?|sales?|customers?|buyers?|purchases?|purchasers?|checkouts?)?|ended up buying|transacted)\b|^(?:and |so |ok |okay )*(?:conversions?|orders?|sales|purchases|checkouts?|conv(?:ersion)? rate|cvr)\s+(?:from|out of|of|on|for|among)\s+(?:those|them|these|that|it|this)\b/;

/** Metrics a turn may name as the step itself ("how many turned into orders"). */
const STEP_WORDS = new Set([
  "orders",
  "customers",
  "new_customers",
  "conversion_rate",
  "platform_conversions",
  "attributed_conversions",
  "paid_attributed_conversions",
  "checkouts",
  "checkout_rate",
  "checkout_completion_rate",
]);

const METRIC_INTENTS = new Set(["query", "rank", "trend", "compare"]);

/**
 * The previous frame with the next funnel step and its rate beside the measure shown, or undefined
 * when the turn does not ask the step after it.
 * @example nextStepFollowUp(parse("and how many of those converted?"), referralSessionsQ3)?.frame.metrics
 *   // ["sessions", "orders", "conversion_rate"]
 */
export function nextStepFollowUp(p: ParsedQuestion, previous: Plan | undefined): Frame | undefined {
  if (previous?.kind !== "tool_calls" || previous.calls.length !== 1 || previous.then) return undefined;
  const prev = previous.frame;
  if (!METRIC_INTENTS.has(prev.intent)) return undefined;
  if (p.time.period || p.time.compare || p.dims.dimensions.length || p.dims.filters.length) return undefined;
  if (p.signals.budget || p.ranking || p.floors.length) return undefined;
  const named = p.metrics.every((m) => STEP_WORDS.has(m) || prev.metrics.includes(m));
  if (!ASKS_STEP.test(p.text) || !named) return undefined;
  const shown = prev.metrics.find((m) => m in NEXT_STEP);
  if (!shown) return undefined;
  const toOrders = shown === "add_to_carts" && p.metrics.includes("orders");
  const next = toOrders ? CARTS_TO_ORDERS : NEXT_STEP[shown]!;
  const frame: Frame = structuredClone(prev);
  frame.metrics = [...new Set([...prev.metrics, ...next])];
  return frame;
}
