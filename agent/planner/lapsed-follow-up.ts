/**
 * fix20f: "how much did they spend with us before", "what were those people worth", "how many
 * orders did they place" after a count of lapsed customers (lifecycle-count-intent.ts): the same
 * customers' history, which the lapsed count carries (their orders and order revenue before they
 * went quiet). Read alone, "spend" is ad spend and "they" nobody, so the turn once answered the
 * last 30 days' ad spend: a confident answer to another question. What a customer spends with us
 * is the revenue of their orders.
 */
import { lapsedWindowDays } from "./lapsed-window.ts";
import { toolPlan } from "./pipeline/assemble-stage.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Plan } from "./types.ts";

/** The lapsed customers pointed back at: a pronoun, or the group named again. */
const THOSE =
  /\b(?:they|them|their|those|these|that group|this group|that segment|this segment|that audience|this audience|that list|this list|(?:the )?(?:lapsed|churned|dormant|inactive|quiet) (?:ones|customers|buyers|shoppers|people|group))\b/;
/** Their value or history asked: money they paid us, what they were worth, their orders. */
const HISTORY =
  /\b(?:spend|spends|spent|spending|pay|paid|revenue|sales|worth|value|ltv|clv|lifetime|bring in|bringing in|brought in|brought us|generate|generated|made us|make us|earn(?:ed)?|how much|orders?|ordered|buy|bought|purchases?|purchased)\b/;
/** Words that name another subject: a channel, a campaign, ads. */
const OTHER_SUBJECT =
  /\b(?:ads?|advertising|campaigns?|channels?|google|meta|facebook|tiktok|impact|affiliate|paid search|paid social|display|email|cpc|cpm|roas|cac|cpa)\b/;

/**
 * The lapsed count again (its history lines answer the turn), or undefined.
 * @example lapsedFollowUp(reading("how much did they spend with us before", { previous: lapsed90 }))?.intent // "cohorts"
 */
export function lapsedFollowUp(r: Reading): Plan | undefined {
  const prev = r.previous;
  if (prev?.cohort?.show !== "lapsed") return undefined;
  const text = r.p.text;
  if (!THOSE.test(text) || !HISTORY.test(text) || OTHER_SUBJECT.test(text)) return undefined;
  const days = lapsedWindowDays(text) ?? prev.cohort.lapsedDays ?? 90;
  const spend = /\b(?:spend|spends|spent|spending|pay|paid)\b/.test(text);
  return toolPlan({
    ...prev,
    cohort: { ...prev.cohort, lapsedDays: days },
    note: `${spend ? "What they spent with us is" : "Their history is"} the revenue of the orders these ${days}-day lapsed customers placed before they went quiet (order revenue, not ad spend), with their order count.`,
  });
}
