/**
 * fix10a: open asks about how a period went or what to do next, in words no reader knew, which
 * were declined as off topic:
 * - a review of what went well and what did not ("what landed and what flopped in Q2", "wins and
 *   worries for the month", "a QBR for last quarter"): the insight brief of that period (headline
 *   figures against the period before, what moved, anomalies, ranked insights);
 * - the regular headline figures ("pull the usual numbers for last week", "a stakeholder update for
 *   September"): the overview of the period against the one before;
 * - the one change worth most ("our single biggest lever", "what would move the needle most"):
 *   the top recommendation ranked by gross profit at stake.
 */
import type { AdviceIntent } from "./advice-intent.ts";

const GOOD =
  "(?:worked|went well|went right|did well|paid off|landed|succeeded|performed well|was good|went great)";
const BAD =
  "(?:did not(?: work| go well| pay off| land)?|went (?:badly|wrong|poorly)|flopped|failed|fell flat|underperformed|was bad|did badly|missed|tanked|disappointed)";

/** A period's review: what went well and what did not, wins and concerns, a quarterly review. */
const REVIEW: readonly RegExp[] = [
  new RegExp(`\\bwhat ${GOOD}\\b.{0,60}\\bwhat ${BAD}`),
  new RegExp(`\\bwhat ${BAD}\\b.{0,60}\\bwhat ${GOOD}`),
  /\b(?:wins?|successes|highlights|high points|highs|good news|bright spots|what went well)\b.{0,60}\b(?:concerns?|worries|worry|lowlights|low points|lows|misses|risks|problems|issues|challenges|flops|bad news|red flags|watch ?outs|what went wrong)\b/,
  /\b(?:quarterly|monthly|weekly|annual|yearly|half year|year end|end of quarter|q[1-4]) (?:business |performance |marketing )?(?:review|retro|retrospective|post ?mortem)\b/,
  /\b(?:qbr|retro(?:spective)?|post ?mortem)\b.{0,20}\b(?:for|of|on)\b/,
  /\breview (?:of |for )?(?:the |last |this |our )?(?:quarter|month|week|q[1-4])\b/,
];

/** The usual headline figures, or an update for someone with no movers asked. */
const USUAL_NUMBERS: readonly RegExp[] = [
  /\b(?:the |our |my )?(?:usual|regular|standard|typical|normal weekly|normal monthly|same old) (?:numbers|figures|stats|kpis|metrics|scorecard|report|dashboard|update|recap)\b/,
  /\b(?:client|stakeholder|boss|board|leadership|exec|executive|investor)s? (?:update|recap|readout|check ?in)\b/,
];

/** The one change worth most. */
const LEVER =
  /\b(?:biggest|largest|main|top|most important|highest impact|best|single|number one|no 1|#1|key) (?:single )?(?:lever|levers|opportunity|opportunities|thing (?:to|we could|we can|i could|i can|we should|i should) (?:do|change|fix|pull|try))\b|\bmove the needle(?: most| the most)?\b|\b(?:most|biggest|highest) (?:upside|leverage|impact)\b/;
/** The singular: one action. */
const ONE = /\b(?:single|one|number one|no 1|#1)\b|\b(?:lever|opportunity|thing)\b(?! ?s\b)/;

/**
 * A review (the brief) or the top action (recommend), or undefined.
 * @example readReviewAsk("what flopped and what landed last quarter") // { tool: "brief", unit: "month" }
 */
export function readReviewAsk(text: string): AdviceIntent | undefined {
  if (REVIEW.some((r) => r.test(text)))
    return { tool: "brief", unit: /\bweek/.test(text) ? "week" : "month" };
  if (LEVER.test(text)) {
    const plural = /\b(?:levers|opportunities|things)\b/.test(text);
    return plural || !ONE.test(text)
      ? { tool: "recommend", focus: "all" }
      : { tool: "recommend", focus: "all", limit: 1 };
  }
  return undefined;
}

/** Overview phrasings (vocabulary-extra.ts). */
export const FIX10A_OVERVIEW: readonly RegExp[] = USUAL_NUMBERS;
