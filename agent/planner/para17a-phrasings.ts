/**
 * para17a: more wordings of asks the planner already answers (sets 1-3's kinds), rewritten to the
 * wording it reads. Each kind below, unread, answered a different question: a catalog list for "how
 * much ad money did we burn", clicks and spend for "what did a click on google cost", one day for
 * "last year's black friday weekend", a decline for "what do i need to focus on", the whole funnel
 * against last month for "paid social vs paid search funnel". Applied to the normalized question
 * (normalize.ts) before any stage reads it, ahead of para16-phrasings.ts; a question none of them
 * fits is left as asked.
 */
import { normalize } from "./normalize.ts";
import type { Rewrite } from "./para16-phrasings-asks.ts";
import { MORE_ASKS, MORE_FLOWS } from "./para17a-phrasings-asks.ts";

/** Metric words said another way: spend as money burnt, a click's cost, "click thru", visits. */
const METRIC_WORDS: Rewrite[] = [
  [
    /\bhow much (?:ad |marketing |media )?(?:money|cash|budget) did (?:we|i) (?:burn|blow|spend|use)(?: through)?(?: on ads)?\b/g,
    "how much did we spend on ads",
  ],
  [
    /\bwhat did (?:a|each|one|every) click (?:on ([a-z]+(?: ads)?) )?cost(?: us)?(?: on average)?\b/g,
    (_m, on?: string) => (on ? `what was cpc on ${on}` : "what was cpc"),
  ],
  [
    /\bwhat did (?:1000|1 000|a thousand|1k|every 1000|each 1000) (?:impressions|impr|views) (?:on ([a-z]+(?: ads)?) )?cost(?: us)?\b/g,
    (_m, on?: string) => (on ? `what was cpm on ${on}` : "what was cpm"),
  ],
  [/\bclick ?thru(?: rate)?\b|\bclick through rate\b/g, "ctr"],
  [/\butm (source \/ medium|source|medium|campaign)\b/g, "$1"],
  [/\b(how many|number of|total|site|website|web) visits\b/g, "$1 sessions"],
  [/\b(?:ad )?spend per (?:session|visit)\b/g, "cost per session"],
  [/\bsource (?!and\b)([a-z0-9.]+) (?:and )?medium (?!for\b|by\b|in\b)([a-z0-9.]+)\b/g, "$1 / $2"],
  [
    /\bhow many (clicks|impressions|sessions|orders|conversions) did (?!we\b|i\b|you\b|they\b|us\b)(?:our |the )?([a-z]+(?: [a-z]+){0,2}?) (?:get|have|receive|drive)\b/g,
    "$1 on $2",
  ],
  [
    /\b(?:which|what) (channel|platform|campaign) acquires (?:new )?customers (?:the )?(?:most )?cheap(?:ly|est)\b/g,
    "which $1 has the lowest cpa",
  ],
  [/\b(worst|best|lowest|highest) returning (campaign|channel|platform)\b/g, "$2 with the $1 return"],
  [/\b(best|top|worst|bottom) (three|five|ten)\b/g, (_m, w: string, n: string) => `${w} ${NUMBER[n]}`],
  [/\b(campaigns?|channels?|platforms?) on return on ad spend\b/g, "$1 by roas"],
];

/** Small counts said in words. */
const NUMBER: Readonly<Record<string, string>> = { three: "3", five: "5", ten: "10" };

/** Days said in shorthand: "yday", "yesterdays". */
const DAYS: Rewrite[] = [
  [/\b(?:yday|yesterdays|ystd|yest)\b/g, "yesterday"],
  // "last week (7 days)": the count in brackets says which window is meant.
  [/\blast (?:week|wk) (7|seven|14|fourteen) days\b/g, (_m, n: string) => `last ${NUMBER_DAYS[n] ?? n} days`],
];

/** Counts of days said in words. */
const NUMBER_DAYS: Readonly<Record<string, string>> = { seven: "7", fourteen: "14" };

const ALL: Rewrite[] = [...METRIC_WORDS, ...DAYS, ...MORE_FLOWS, ...MORE_ASKS];

/**
 * The question in the planner's own wording when one of these kinds fits; otherwise as asked.
 * @example rewriteOldSetWordings("what did a click on google ads cost on average last month") // "what was cpc on google ads last month"
 */
export function rewriteOldSetWordings(question: string): string {
  // An e-mail address or a URL (an alert's or a schedule's destination) must reach its reader as typed.
  if (/@|https?:\/\//i.test(question)) return question;
  const text = normalize(question);
  let out = text;
  for (const [re, to] of ALL) out = out.replace(re, to as string);
  return out === text ? question : out;
}
