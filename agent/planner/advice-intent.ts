/**
 * Questions answered by the brief or the recommend tool, recognised from the normalized question
 * before metric words can turn them into a table ("weekly summary") or a budget split ("which
 * campaigns should we pause"). The vocabulary is data: one table per tool, most specific first.
 * Requests to deliver something on a schedule ("email me a weekly report every Monday") are left
 * to the scheduling check.
 */

import type { RECOMMEND_FOCUS } from "../../tools/recommend/definition.ts";
import { changeRanking, rankedChange } from "./change-ranking.ts";
import { countValue } from "./number-words.ts";
import { readReviewAsk } from "./review-asks.ts";
import { briefForSomeone, type ReviewShape, readReviewShape } from "./review-shape.ts";
import { COUNT_PATTERN } from "./time-phrases.ts";
import { EXTRA_RECOMMEND, matchesAny } from "./vocabulary-extra.ts";

/** A modal that turns a ranking by a move into an ask for an action ("should we increase"). */
const ACTION_MODAL = /\b(?:should|shall|would|could|can|must|ought|to|need to|want to|plan to)\b/;

/** What the question asks for. */
export type AdviceIntent =
  | { tool: "brief"; unit: "week" | "month"; review?: ReviewShape }
  | {
      tool: "recommend";
      focus: (typeof RECOMMEND_FOCUS)[number];
      limit?: number;
      /** A planning period the question names ("next month"). */
      period?: { from: string; to: string };
    };

const REPORT =
  "(?:summary|summaries|brief|briefing|report|recap|digest|roundup|round up|wrap up|wrapup|overview|update|review)";

/** Brief phrasings; "month" in the question makes it a monthly brief. */
const BRIEF: readonly RegExp[] = [
  new RegExp(
    `\\b(?:weekly|monthly|week in|month in|executive|leadership|management|board|exec|c suite|ceo|cmo|stakeholder|team)\\b.{0,30}\\b${REPORT}\\b`,
  ),
  new RegExp(`\\binsights? ${REPORT}\\b`),
  // fix20d: "summarize how email did last month" is about that channel, not the whole brief.
  /\b(?:summari[sz]e|recap|sum up|wrap up|brief me on|give me the highlights of|highlights of)\b(?:(?!\b(?:e ?mails?|newsletters?|paid search|paid social|display|affiliates?|organic|referral|google|meta|facebook|instagram|tiktok)\b).){0,25}\b(?:last|this|past|previous|the) (?:week|month)\b/,
  new RegExp(`\\b(?:last|this|past|previous) (?:week|month)s? (?:in (?:a )?)?${REPORT}\\b`),
  /\b(?:monday|friday) (?:brief|briefing|report|summary|recap|update)\b/,
  /\bhow did (?:the |last |this )?(?:week|month) go\b/,
  // fix5d: "the brief for last month", "pull up my briefing for september": the brief itself,
  // never "a brief overview" (an adjective) nor a brief to schedule (DELIVERY, above).
  /\b(?:the|a|my|our|this|that|usual|latest) (?:(?:weekly|monthly|insights?|marketing|performance|usual) )?(?:brief|briefing)\b(?! (?:overview|summary|look|description|explanation|note|rundown|recap|history|definition|intro))/,
  // "write a short update for my boss", "a recap I can send the team": a brief for someone.
  new RegExp(
    `\\b(?:write|draft|prepare|put together|give me|need)\\b.{0,25}\\b(?:${REPORT}|note|memo|paragraph|blurb|summary)\\b.{0,20}\\b(?:for|to) (?:my |our |the )?(?:boss|manager|team|leadership|ceo|cmo|cfo|founder|founders|execs?|executives|board|stakeholders|client|investors)\\b`,
  ),
  // para23: "one page summary of october for my team", "a paragraph recap of q3 for the board": a
  // page or a paragraph named first, then whom it is for (no asking verb before it).
  new RegExp(
    `\\b(?:one|1|a|single|short|quick) ?(?:page|pager|paragraph) (?:${REPORT}|note|memo|blurb)\\b.{0,25}\\b(?:for|to) (?:my |our |the )?(?:boss|manager|team|leadership|ceo|cmo|cfo|founders?|execs?|executives|board|stakeholders|client|investors)\\b`,
  ),
  // para23: "board-ready paragraph on q3", "an exec-ready summary of october": a brief for them.
  /\b(?:board|exec|executive|leadership|client|investor|ceo|cmo|cfo)[- ]?(?:ready|friendly|level) (?:paragraph|summary|recap|update|overview|note|blurb|writeup|write up|report)\b/,
  /\b(?:write|draft)\b.{0,15}\bemail\b.{0,40}\b(?:results|numbers|performance|marketing|kpis|(?:last|this|past) (?:week|month|quarter))\b/,
];

/**
 * para21: "summarize october in a paragraph for leadership": the verb, then whom it is for. A brief,
 * but not one that sets a review's look-back (the brief's own words do).
 */
const SUMMARY_FOR =
  /\b(?:summari[sz](?:e|ing)|recap|sum up)\b.{0,40}\b(?:for|to) (?:my |our |the )?(?:boss|manager|leadership|ceo|cmo|cfo|founders?|execs?|exec team|executives|board|stakeholders|client|investors|team)\b/;

/** Recommend phrasings by focus, checked in this order. */
const RECOMMEND: ReadonlyArray<readonly [AdviceIntent & { tool: "recommend" }, RegExp]> = [
  [
    { tool: "recommend", focus: "campaigns" },
    /\b(?:(?:which|what) (?:campaigns?|ads?|ad sets?|adsets?)\b.{0,40}\b(?:pause|turn off|switch off|cut|stop|kill|shut off|drop|scaled? (?:back|down|up)|scale|increase|raise|boost|double down|ramp up|push harder|lean into)|(?:campaigns?|ads?) (?:to|should (?:we|i)|we should|i should|(?:we|i) (?:ought to|need to|could|might want to|oughta)) (?:pause|turn off|cut|stop|kill|drop|scale)|(?:campaigns?|ads?) (?:should|ought to|need to|must) be (?:paused|turned off|switched off|cut|stopped|killed|shut off|scaled(?: back| down| up)?)|(?:campaigns?|ads?) worth (?:scaling|killing|pausing|cutting|growing)|(?:any|which|what) (?:campaigns?|ads?) (?:are |is )?(?:losing money|unprofitable|wasting (?:money|budget|spend)|not paying (?:off|back|for themselves))|(?:losing|unprofitable|money losing|wasteful) campaigns?|(?:pause|pausing|cut|kill|shut ?off|turn ?off) (?:candidates|list)|candidates (?:to|for) (?:pause|pausing|cut|cutting|kill|killing|turn off|turning off)|(?:anything|something) (?:we|i) (?:should|could|ought to|need to) (?:pause|turn off|switch off|kill|stop running|shut off)|what (?:should|could|can) (?:we|i) (?:pause|turn off|switch off|kill|stop running|shut off)|(?:which|what) (?:\w+ ){0,3}?campaigns? (?:should|could|would|needs? to|deserves?|is worth|are worth|merits?) (?:get |receive |have |be given |getting |receiving )?(?:more|extra|additional|less|fewer|a bigger|a larger|a smaller) (?:money|budget|spend|dollars|cash|investment|funding))\b/,
  ],
  [
    { tool: "recommend", focus: "tracking" },
    /\b(?:(?:is |are )?(?:our |my |the )?(?:tracking|pixel|pixels|tag|tags|conversion tracking)\b.{0,25}\b(?:broken|outage|down|working|issues?|problems?|gaps?|failing|missing)|tracking (?:outage|gap|issue|problem)s?)\b/,
  ],
  [
    { tool: "recommend", focus: "budget" },
    /\b(?:what (?:should|do|can|could) (?:we|i) do with (?:our|my|the) (?:budget|ad spend|spend|ad budget|marketing budget)|(?:where|how) (?:should|can|could) (?:we|i) (?:save|cut) (?:money|spend|budget|costs?)|(?:is|are) (?:any|some) (?:of )?(?:our |my )?(?:spend|budget|channels?) (?:losing money|unprofitable|wasted)|(?:which|what) channels? (?:are |is )?(?:losing money|unprofitable|below break ?even))\b/,
  ],
  [
    { tool: "recommend", focus: "all" },
    /\b(?:(?:is there )?anything (?:(?:i|we) should|to) (?:worry|be worried|be concerned|know|look) about|what should (?:i|we) (?:worry|be worried|be concerned) about|(?:any )?red flags|what needs (?:my |our )?attention|(?:anything|something) (?:wrong|off|concerning|alarming) (?:with|in) (?:our |my |the )?(?:marketing|ads|campaigns|account|accounts|numbers|data)|what (?:should|do|must) (?:we|i) (?:focus on|prioriti[sz]e|work on|tackle|do next|do first|look at first|fix first|fix|improve|change)|what (?:needs|need) (?:fixing|improving|work)|(?:things?|stuff) (?:to|we should|i should) (?:fix|improve)|(?:where|what) should (?:we|i) (?:start|focus)|what should (?:be )?(?:my|our) (?:focus|priorit(?:y|ies)|top priority)|what (?:are|is) (?:the |our |my )?(?:top |biggest |main )?(?:priorit(?:y|ies)|opportunit(?:y|ies)|next steps?|action items?|quick wins?)|(?:any|give me|what are (?:your|the)|top) (?:recommendations?|suggestions|actions|action items|next steps)|recommend(?:ed)? actions?|what (?:actions?|changes?) (?:should|would you|do you) (?:we|i|recommend|suggest)|how (?:can|could|do|should) (?:we|i) (?:improve|increase|grow|boost) (?:our |my )?(?:profit|profitability|margin|roas|returns?|results|performance|marketing)|quick wins?|next steps|action items)\b/,
  ],
];

const MONTH_OR_PERIOD =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|20\\d\\d|(?:the )?(?:last|previous|prior|preceding) (?:week|month|quarter|year|period))";

/**
 * fix19e: two periods set against each other in the question ("MoM", "week over week", "october
 * vs september", "q3 compared to q2", "vs the previous month").
 */
export const PERIOD_VS_PERIOD = new RegExp(
  `\\b(?:mom|wow|qoq|yoy|(?:month|week|quarter|year) (?:over|on) (?:month|week|quarter|year))\\b|\\b${MONTH_OR_PERIOD} (?:vs|versus|compared (?:to|with)|against|relative to) ${MONTH_OR_PERIOD}\\b|\\b(?:vs|versus|compared (?:to|with)|against|relative to) (?:the )?(?:last|previous|prior|preceding) (?:week|month|quarter|year|period)\\b`,
);

/** Asking for delivery on a schedule is for the scheduler, not a one-off answer. */
const DELIVERY =
  /\b(?:every|each|schedul\w*|subscribe|email me|e mail me|send (?:me|it|this|us)|slack|deliver\w*|post (?:it|this) to)\b/;

/** "3 things to fix", "top two priorities", "which 2 campaigns to pause": how many actions are asked for. */
const ACTION_COUNT = new RegExp(
  `\\b(${COUNT_PATTERN})\\s+(?:[a-z]+\\s+){0,2}?(?:things?|actions?|moves?|fixes|changes?|recommendations?|ideas?|priorit(?:y|ies)|wins?|steps?|items?|tips?|suggestions?|opportunit(?:y|ies)|campaigns?|levers?)\\b`,
);

/** @example actionCount("give me 3 quick wins") // 3 */
export function actionCount(text: string): number | undefined {
  const m = ACTION_COUNT.exec(text);
  if (!m) return undefined;
  const n = countValue(m[1]!) ?? Number.NaN;
  return n >= 1 && n <= 20 ? n : undefined;
}

/**
 * @example readAdviceIntent("give me a weekly summary") // { tool: "brief", unit: "week" }
 * @example readAdviceIntent("which campaigns should we pause") // { tool: "recommend", focus: "campaigns" }
 */
export function readAdviceIntent(text: string): AdviceIntent | undefined {
  // fix19e: a report or a paragraph that names its own period-on-period comparison ("october MoM
  // for revenue and CAC", "how paid search did in october vs september"): the comparison is the
  // ask, the report only its wrapping.
  if (PERIOD_VS_PERIOD.test(text)) return undefined;
  // "three of each" is a count, not a delivery rhythm (left16d).
  if (DELIVERY.test(text.replace(/\b(?:of|for) each\b/g, ""))) return undefined;
  const unit = /\bmonth/.test(text) ? "month" : "week";
  // left16d: "wins and concerns", "what worked and what didn't": the brief read as a review.
  const judged = readReviewShape(text);
  // With no period named, a review looks back over the last month, as review-asks.ts's do; one
  // worded as a brief ("an executive summary") keeps the brief's default.
  if (judged) {
    const lookBack = BRIEF.some((p) => p.test(text)) ? unit : /\bweek/.test(text) ? "week" : "month";
    return { tool: "brief", unit: lookBack, review: judged };
  }
  if (BRIEF.some((p) => p.test(text)) || SUMMARY_FOR.test(text)) {
    const short = briefForSomeone(text);
    return { tool: "brief", unit, ...(short ? { review: short } : {}) };
  }
  // fix10a: "what landed and what flopped", "our single biggest lever" (review-asks.ts); a
  // quarterly review or a retro judges the period (left16d).
  const review = readReviewAsk(text);
  if (review?.tool === "brief") return { ...review, review: { wins: 3, concerns: 3, short: false } };
  if (review) return review;
  // fix9c: "which campaign had the biggest cpa increase oct vs sep" ranks a change, asks no action.
  if (changeRanking(text)) return undefined;
  // fix12c: "which campaign had the biggest spend increase in q3": the same, within one period
  // (against the one before); "which should we increase the most" still asks for an action.
  if (rankedChange(text) && !ACTION_MODAL.test(text)) return undefined;
  const limit = actionCount(text);
  const counted = (intent: AdviceIntent & { tool: "recommend" }) => (limit ? { ...intent, limit } : intent);
  for (const [intent, pattern] of RECOMMEND) if (pattern.test(text)) return counted(intent);
  if (matchesAny(EXTRA_RECOMMEND, text)) return counted({ tool: "recommend", focus: "all" });
  return undefined;
}
