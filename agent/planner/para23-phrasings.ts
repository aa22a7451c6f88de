/**
 * para23: other wordings of asks the planner already answers (set 17's kinds), rewritten to the
 * wording it reads, as para22-phrasings.ts does. Each kind below, unread, answered a different
 * question or none: a catalog search for "how much did email make last month", "do we sell more
 * on weekends", "do we make a profit on paid ads" and "compare meta and google returns"; the ROAS
 * trend against break-even for "is our marketing spend too high"; a customer count for "how much
 * revenue do repeat customers drive"; no cut for "what if we cut all tiktok spend"; the brand
 * campaign's headline figures for "brand campaign IS"; paid search without the campaign for
 * "impression share on brand"; a "which conversion?" clarification for "is a conversion the same
 * as an order"; a decline for "limit to 3". Applied to the normalized question after para22's; a
 * question none of them fits is left as asked. (Readers fixed in place instead: a page or a
 * paragraph for someone and "board-ready", advice-intent.ts and review-shape.ts; "what sources
 * can you see", assistant-asks.ts; "the brand campaign's impression share",
 * unavailable-market.ts; "most expensive to acquire customers", paraphrase.ts; "is the weather
 * affecting sales", outside-cause.ts; "a weekly report on monday mornings",
 * automation-intent.ts; "how many customers did we lose" as churn, other-tool-words.ts; "last
 * qtr" in a return-rate ask, untracked-data-intent.ts; "did they return" and "ltv 6 months in",
 * cohort-intent.ts; "the most common first touchpoint for buyers", journey-intent.ts; "a deck
 * for monday" as a deadline, audience-context.ts; "exact vs broad match" and "which pages",
 * unavailable-breakdown.ts; follow-ups "the one before that", follow-up.ts; "switch to", "limit
 * to", "go by", intent.ts; "are you sure", answer-talk-intent.ts.)
 */
import { normalize } from "./normalize.ts";
import type { Rewrite } from "./para16-phrasings-asks.ts";

/** Metric and member words said another way. */
const WORDS: Rewrite[] = [
  // "how much did email make last month", "how much money has meta earned": revenue brought in
  // (never "make up", a share).
  [
    /\bhow much (?:money |revenue )?(did|does|do|has|have) (.{2,30}?) (?:make|made|earn|earned|generate|generated)\b(?! up\b)/g,
    "how much revenue $1 $2 bring in",
  ],
  // "do we sell more on weekends or weekdays": sales higher (or lower).
  [/\b(?:do|did|does) (?:we|i|you) sell (?:more|better)\b/g, "are sales higher"],
  [/\b(?:do|did|does) (?:we|i|you) sell (?:less|worse)\b/g, "are sales lower"],
  // "do we make a profit on paid ads after margin", "are we turning a profit on meta": profitable.
  [
    /\b(?:do|did|does|are|were) (?:we|i) (?:make|making|turn|turning|earn|earning) (?:a |any )?profits?\b/g,
    "are we profitable",
  ],
  // "is our marketing spend too high", "is the meta budget too big": spending too much on it.
  [
    /\b(?:is|was) (?:our|my|the) (?:(marketing|ad|ads|paid|media|meta|google|tiktok|facebook|search|social) )?(?:spend|spending|budget|ad spend) (?:too|way too) (?:high|much|big|large)\b/g,
    (_m: string, what?: string) =>
      `are we spending too much on ${!what || /^(?:ad|ads|media)$/.test(what) ? "marketing" : what}`,
  ],
  // "what would happen if we cut all tiktok spend", "pause all of our meta ads": that one entirely.
  [
    /\b(cut|drop|kill|pause|stop|turn off|switch off|shut off) all(?: of)?(?: (?:our|the|my))? ([a-z]+(?: [a-z]+)?) (?:spend|spending|budget|ads|advertising)\b/g,
    "$1 $2 entirely",
  ],
  // "brand campaign IS": its impression share (a question of a campaign's words alone).
  [
    /^(?!how |what |why |which |where |when |who |is |does |do )((?:the |our )?[a-z0-9 -]{2,30}? campaigns?) is\s*\??$/,
    "$1 impression share",
  ],
  // "how much impression share do we get on brand": the brand campaign.
  [/\b(impression share|share of voice)\b(.{0,25}?)\bon brand\s*(?=\??$)/g, "$1$2on the brand campaign"],
  // "how much revenue do repeat customers drive": the revenue that comes from them.
  [
    /\bhow much (?:of our )?revenue (?:do|does|did) (?:our )?(repeat|returning|new|first time) (customers|buyers) (?:drive|generate|bring in|bring|account for|make|create)\b/g,
    "how much of our revenue comes from $1 $2",
  ],
  // "is a conversion the same as an order", "is a conversion counted as an order": the definition.
  [
    /^(?:so |and )?(?:is|are) (?:a |an )?conversions? (?:the same as|the same thing as|counted as|equal to|equivalent to|just) (?:an? )?orders?\s*\??$/,
    "how is a conversion counted? is it an order?",
  ],
  // "compare meta and google returns this year": their return on ad spend (never a product return).
  [/\b(compare|comparing)\b(.{2,40}?)\breturns\b(?! (?:rate|policy|processed|on))/g, "$1$2roas"],
];

/** Follow-ups that name only what changes, said another way. */
const FOLLOW_UPS: Rewrite[] = [
  // "limit to 3", "cap it at five", "trim the list to the top 3": the top rows only.
  [
    /^(?:now |ok |okay |and |can you |pls |please )?(?:limit|cap|cut|trim)(?: (?:it|that|this|them|those|the list|the rows|the table))?(?: down)? (?:to|at) (?:the )?(?:top |first )?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?: rows| ones| only)?(?: please| pls)?\s*\??$/,
    "top $1 only",
  ],
];

const ALL: Rewrite[] = [...WORDS, ...FOLLOW_UPS];

/**
 * The question in the planner's own wording when one of these kinds fits; otherwise as asked.
 * @example rewriteSet17Wordings("how much did email make last month") // "how much revenue did email bring in last month"
 */
export function rewriteSet17Wordings(question: string): string {
  if (/@|https?:\/\//i.test(question)) return question;
  const text = normalize(question);
  let out = text;
  for (const [re, to] of ALL) out = out.replace(re, to as string);
  return out === text ? question : out;
}
