/**
 * fix9c: "which campaign's cost per order rose the most from august to september", "biggest roas
 * drop by channel mom": a ranking of members by how much a metric *moved* between two periods.
 * Read as advice ("which campaign ... increase" -> scale recommendations) or as the top member by
 * the current value, it answered a different question. The planner keeps the comparison whole (no
 * top-n cut by the current value) and the comparison presenter orders members by the change.
 */
import { normalize } from "./normalize.ts";

export type ChangeDirection = "up" | "down" | "any";

const UP =
  "increases?|rises?|jumps?|growth|gains?|spikes?|climbs?|went up|gone up|go up|rose|risen|grew|grown|jumped|climbed|spiked|increased|worsened";
const DOWN =
  "decreases?|drops?|declines?|falls?|dips?|fell|fallen|dropped|declined|decreased|shrank|went down|gone down|go down";
const ANY = "changes?|moves?|swings?|shifts?|changed|moved|swung|shifted";

/** "biggest cpa increase", "largest drop in roas", "most growth in revenue": a superlative before the move. */
const SUPERLATIVE = String.raw`(?:biggest|largest|greatest|highest|most|sharpest|steepest|worst|strongest|smallest|least)`;
/** "cpa rose the most", "roas dropped most": the move, then "(the) most". */
// fix13b: or with the metric between them: "grew revenue the most", "increased orders most".
const MOST_AFTER = String.raw`\b(${UP}|${DOWN}|${ANY})(?: (?!the\b|by\b|in\b|from\b)[a-z%]+){0,2}?(?: by)? (?:the )?(?:most|furthest|fastest)\b`;

/** Between two periods: "vs", "from sep to oct", "mom", "compared with", "since". */
const TWO_PERIODS =
  /\b(?:vs\.?|versus|v|compared (?:to|with)|against|from .{2,40} to|mom|wow|qoq|yoy|month over month|week over week|over last|since|between .{2,40} and)\b/;

function direction(word: string): ChangeDirection {
  if (new RegExp(String.raw`^(?:${UP})$`).test(word)) return "up";
  if (new RegExp(String.raw`^(?:${DOWN})$`).test(word)) return "down";
  return "any";
}

/**
 * The direction of a change ranking the question asks for, or undefined.
 * @example changeRanking("which channel had the largest cpa increase sep vs aug") // "up"
 * @example changeRanking("which campaigns should we increase") // undefined
 */
export function changeRanking(question: string): ChangeDirection | undefined {
  return TWO_PERIODS.test(normalize(question)) ? rankedChange(question) : undefined;
}

/**
 * fix12c: the direction of a ranking by a move, whether or not a second period is named ("which
 * campaign had the steepest fall in ctr in june": june against the period before it). Read as the
 * member with the highest level in june, it answered a different question.
 * @example rankedChange("which channel saw the largest roas decline in may") // "down"
 */
export function rankedChange(question: string): ChangeDirection | undefined {
  const text = normalize(question);
  const before = new RegExp(String.raw`\b${SUPERLATIVE}(?: [a-z%]+){0,4}? (${UP}|${DOWN}|${ANY})\b`).exec(
    text,
  );
  if (before) return direction(before[1]!);
  const after = new RegExp(MOST_AFTER).exec(text);
  return after ? direction(after[1]!) : undefined;
}

/** fix21a: "improved most", "biggest improvement", "biggest winner": the move that is better. */
const BETTER =
  /\b(?:improved?|improves|improving|improvements?|got better|gotten better|winners?|gainers?)\b/;
/** "worsened the most", "got worse most", "biggest loser": the move that is worse. */
const WORSE =
  /\b(?:worsened|worsening|deteriorated|deteriorating|got worse|gotten worse|losers?|laggards?)\b/;
/** A superlative that makes it a ranking of the move, not whether any moved. */
const MOST = /\b(?:most|biggest|largest|greatest|best|top|furthest|strongest|sharpest|fastest|big)\b/;

/**
 * fix21a: a ranking by a move asked as better or worse ("which one improved most vs september",
 * "biggest loser"): which way is better depends on the metric (a cost improves by falling), so
 * the presenter turns it into a direction (present/change-order.ts).
 * @example rankedBetter("which one improved most vs september") // "better"
 */
export function rankedBetter(question: string): "better" | "worse" | undefined {
  const text = normalize(question);
  if (!MOST.test(text)) return undefined;
  return BETTER.test(text) ? "better" : WORSE.test(text) ? "worse" : undefined;
}

/** Whether the question ranks members by a better or worse move between two periods. */
export function betterRanking(question: string): boolean {
  return TWO_PERIODS.test(normalize(question)) && rankedBetter(question) !== undefined;
}
