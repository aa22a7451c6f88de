/**
 * left16d: a review that judges a period, in the words marketers use for it: what worked and what
 * did not, wins and losses, highlights and lowlights, what went well or badly, what to tell the
 * boss, the state of marketing for the board. It is the brief of the period read as a review
 * (tools/brief review: the topline against the period before, then the wins and the concerns
 * ranked by size, agent/present/review.ts), never the whole brief cut into pieces. The shape says
 * how many of each side were asked ("top 3 wins", "two lowlights"; 3 each by default, none of a
 * side the question leaves out) and whether to keep it short.
 */
import { countValue } from "./number-words.ts";
import { COUNT_PATTERN } from "./time-phrases.ts";

/** What the review is asked to hold. */
export interface ReviewShape {
  wins: number;
  concerns: number;
  short: boolean;
}

const GOOD_NOUNS =
  "(?:(?<!quick )wins?|highlights?|high points|successes|bright spots|positives|good news|good things|what worked|what went (?:well|right)|strengths|hits)";
const BAD_NOUNS =
  "(?:concerns?|worries|lowlights?|low points|lows|losses|misses|risks|problems|issues|challenges|red flags|negatives|bad news|bad things|watch ?outs|weak spots|weaknesses|flops|what did not work|what went (?:badly|wrong|poorly))";

/** The good side named: "wins", "what worked", "went well". */
const GOOD = new RegExp(
  `\\b${GOOD_NOUNS}\\b|\\bwhat (?:worked|landed|paid off|did well)\\b|\\bwent (?:well|right|great)\\b|\\bwhat(?:s| is| are) (?:really |actually |currently )?working\\b`,
);
/** The bad side named: "concerns", "what didn't work", "went badly". */
const BAD = new RegExp(
  `\\b${BAD_NOUNS}\\b|\\b(?:did not|didn t|didnt) (?:work|go well|land|pay off)\\b|\\bwent (?:badly|wrong|poorly)\\b|\\bwhat (?:flopped|failed|tanked|disappointed|underperformed)\\b|\\bwhat (?:did not|didn t|didnt)\\b|\\bwhat (?:is|are) not\\b|\\b(?:well|good) (?:(?:and|or|vs|versus|/) )?(?:badly|bad|poorly|not so well)\\b`,
);
/** Both sides in one word pair: "good and bad", "pros and cons", "ups and downs". */
const PAIR =
  /\b(?:(?:the )?good (?:and|vs|versus|\/) (?:the )?bad|pros and cons|ups and downs|hits and misses|wins and losses|winners and losers)\b/;
/** "What should I tell my boss about October", "what do I say to the client". */
const TELL =
  /\bwhat (?:should|do|can|would|could) (?:i|we) (?:tell|say to|report to|share with|update) (?:my |our |the )?(?:boss|manager|client|clients|board|ceo|cmo|cfo|founders?|leadership|execs?|exec team|executives|stakeholders|investors|team)\b/;
/**
 * lead25: "what's working right now", "what is not working": one side of the recent period asked
 * with nothing else named (a channel or a figure named makes it a narrower question).
 */
const WORKING_NOW =
  /^(?:so |ok |okay )?what(?:s| is| are) (?:not )?(?:really |actually |currently )?working(?: (?:best|well|for us|right now|now|lately|recently|at the moment|atm|these days|this (?:week|month)|last (?:week|month)))*$/;
/** "The state of marketing for the board", "where marketing stands, for the execs". */
const STATE =
  /\b(?:state|health) of (?:the |our )?(?:marketing|business|union)\b.{0,40}\b(?:for|to) (?:the |my |our )?(?:board|execs?|exec team|executives|leadership|ceo|cmo|cfo|investors|client|boss)\b/;
/** An update written for someone (with review words or asked short, it is a review); para21: "a paragraph summarizing october for the execs". */
const FOR_SOMEONE =
  /\b(?:client|boss|board|exec|executive|leadership|stakeholder|cmo|ceo|cfo|founder|investor)s?\b.{0,25}\b(?:update|recap|summary|readout|report|write ?up|note|email|deck|slides?|paragraph|blurb)\b|\b(?:update|recap|summary|readout|report|write ?up|note|email|deck|slides?|paragraph|blurb|summari[sz]e|summari[sz]ing)\b.{0,25}\b(?:for|to) (?:the |my |our |a )?(?:client|boss|manager|board|execs?|exec team|executives|leadership|stakeholders|ceo|cmo|cfo|founders?|investors)\b|\bqbr\b/;
/**
 * Figures named for the update ("spend, roas and cpa vs august plus 2 highlights"): the overview
 * of those figures with its movers answers it (client-update.ts), not a review.
 */
const NAMED_FIGURES =
  /\b(?:spend|revenue|sales|roas|cpa|cac|cpc|cpm|ctr|mer|aov|orders|conversions|conversion rate|sessions|profit)\b/;
/** "Keep it short", "tl;dr", "one paragraph", "for the exec team": a terse review. */
const SHORT =
  /\b(?:keep (?:it|this) (?:short|brief|tight|punchy)|short and sweet|short|brief(?:ly)?|concise|quick|tl ?;? ?dr|one paragraph|a paragraph|in a paragraph|one liners?|few lines|high level|exec(?:utive)? summary|(?:board|exec|executive|leadership|ceo|cmo|cfo|investor)[- ]?ready|board (?:update|deck|meeting|pack)|for (?:the |my |our )?(?:board|execs?|exec team|executives|leadership|c suite|ceo))\b/;

/** One side asked by count or rank: "biggest wins", "top 3 highlights", "key concerns". */
const ONE_SIDE =
  /\b(?:top|biggest|big|key|main|major|\d|one|two|three|four|five)(?: (?:top|biggest|big|key|main|major))? (?:(?<!quick )wins|highlights|successes|bright spots|concerns|worries|lowlights)\b|\b(?:what|which) (?:were|are|was|is|s) (?:the |our |my )?(?:(?<!quick )wins|highlights|successes|bright spots|concerns|worries|lowlights)\b/;

/** "top 3 wins", "three lowlights", "2 big concerns": the count before a side's noun. */
function countBefore(text: string, nouns: string): number | undefined {
  const m = new RegExp(
    `\\b(${COUNT_PATTERN})\\s+(?:(?:top|biggest|big|key|main|major|quick)\\s+)?${nouns}`,
  ).exec(text);
  if (!m) return undefined;
  const n = countValue(m[1]!) ?? Number(m[1]);
  return n >= 1 && n <= 7 ? n : undefined;
}

/**
 * The review a question asks for, or undefined when it asks for none.
 * @example readReviewShape("wins and losses from last week, keep it short") // { wins: 3, concerns: 3, short: true }
 * @example readReviewShape("2 highlights and 2 lowlights for the quarter") // { wins: 2, concerns: 2, short: false }
 */
export function readReviewShape(text: string): ReviewShape | undefined {
  const pair = PAIR.test(text);
  const good = pair || GOOD.test(text);
  const bad = pair || BAD.test(text);
  const told = TELL.test(text) || STATE.test(text);
  const forSomeone = FOR_SOMEONE.test(text);
  // An update for someone with one side named or asked short, and no figures of its own named.
  const forThem = forSomeone && (good || bad || SHORT.test(text)) && !NAMED_FIGURES.test(text);
  // fix17a: one side asked by count or rank ("biggest wins in q3", "top 3 highlights of october").
  const oneSide = (ONE_SIDE.test(text) && !NAMED_FIGURES.test(text)) || WORKING_NOW.test(text);
  if (!(good && bad) && !told && !forThem && !oneSide) return undefined;
  // An update naming one side only ("a client recap with the wins") holds that side.
  const both = (good && bad) || told || (!good && !bad);
  // "four of each": that many on both sides.
  const each = /\b(\d|one|two|three|four|five|six|seven) (?:of each|each)\b/.exec(text)?.[1];
  const eachCount = each ? (countValue(each) ?? Number(each)) : undefined;
  const wins = countBefore(text, GOOD_NOUNS) ?? eachCount ?? (both || good ? 3 : 0);
  const concerns = countBefore(text, BAD_NOUNS) ?? eachCount ?? (both || bad ? 3 : 0);
  return { wins, concerns, short: SHORT.test(text) || told };
}

/**
 * A brief asked for someone ("write a short update for my boss", "the monthly recap for the
 * client"): what they want is the judgement, so the review, short when asked.
 */
export function briefForSomeone(text: string): ReviewShape | undefined {
  return FOR_SOMEONE.test(text) ? { wins: 3, concerns: 3, short: SHORT.test(text) } : undefined;
}

/** Whether the question asks for the review short ("keep it short", "tl;dr", "for the board"). */
export function asksShortReview(text: string): boolean {
  return SHORT.test(text);
}
