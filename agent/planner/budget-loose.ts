/**
 * What-ifs written loosely (fix6d): a signed change before a channel ("+25% on paid search, what do
 * we get back", "-10% on display?", "+$5k on meta"), or money on top of one channel ("another 5k on
 * meta", "an extra $3k for tiktok"). Read as nothing, the first was searched in the catalog as a
 * metric called "back"; the second split the whole budget plus 5k instead of scoring Meta's extra.
 */

const AMOUNT = String.raw`(?:[$€£]\s?\d+(?:\.\d+)?\s*(?:k|m|mm|thousand|million|grand)?|\d+(?:\.\d+)?\s*(?:k|m|mm|thousand|million|grand|dollars?|usd|bucks|euros?|eur|pounds?|gbp)\b)`;
const PERCENT = String.raw`\d+(?:\.\d+)?\s*(?:%|percent|pct)`;
/** "on ", "for the ", "into our spend on ": what sits between the change and the channel. */
const ON = String.raw`\s+(?:more\s+|extra\s+)?(?:on|for|to|into|in)\s+(?:the\s+|our\s+|my\s+)?(?:spend\s+(?:on|for)\s+|budget\s+(?:on|for)\s+)?`;
/** A signed change opening the question (or after "what if", "say", "suppose"): never a past report. */
const LEAD = String.raw`(?:^|\b(?:what if|if we (?:go|went|put|do|did|try|tried)|say|suppose|lets say|how about|what about)\s+)`;
const SIGNED = new RegExp(String.raw`${LEAD}([+-])\s?(${AMOUNT}|${PERCENT})${ON}$`);
const ON_TOP = new RegExp(
  String.raw`\b(?:another|an extra|extra|an additional|additional)\s+(${AMOUNT}|${PERCENT})${ON}$`,
);
const PCT_OF = /(\d+(?:\.\d+)?)\s*(?:%|percent|pct)/;

/** The budget signal: a signed change before a word ("+25% on paid search"), read as a what-if. */
export const LOOSE_WHAT_IF: readonly RegExp[] = [
  new RegExp(String.raw`${LEAD}[+-]\s?(?:${AMOUNT}|${PERCENT})${ON}[a-z]`),
];

/**
 * A change being weighed ("we're thinking of doubling paid social next month", "planning to cut
 * display in half"): a what-if on a coming period, not a forecast request to decline.
 */
export const WEIGHED_CHANGE =
  /\b(?:thinking (?:of|about)|planning (?:to|on)|plan to|considering|want to|wanting to|going to|about to|looking (?:to|at)|tempted to|propos(?:e|ing) to|debating(?: whether to)?)\s+(?:doubl\w*|tripl\w*|halv\w*|cut\w*|rais\w*|increas\w*|reduc\w*|boost\w*|paus\w*|scal\w* (?:up|down|back)|trim\w*|slash\w*|turn\w* off|kill\w*|stop\w*)\b/;

/**
 * The change written just before a channel or platform, given the text before its match.
 * @example looseChange("+25% on ", (s) => undefined) // { changePercent: 25 }
 * @example looseChange("what would another 5k on ", parseAmount) // { changeAmount: 5000 }
 */
export function looseChange(
  before: string,
  amountOf: (s: string) => number | undefined,
): { changePercent?: number; changeAmount?: number } | undefined {
  const signed = SIGNED.exec(before);
  const onTop = signed ? undefined : ON_TOP.exec(before);
  const raw = signed?.[2] ?? onTop?.[1];
  if (raw === undefined) return undefined;
  const sign = signed?.[1] === "-" ? -1 : 1;
  const pct = PCT_OF.exec(raw);
  if (pct) return { changePercent: sign * Number(pct[1]) };
  const amount = amountOf(raw);
  return amount === undefined ? undefined : { changeAmount: sign * amount };
}

/** Amounts a channel's change used up, masked so they are not read again as the total budget. */
export const CHANGE_AMOUNTS =
  /(?:[+-]\s?|\b(?:another|an extra|extra|an additional|additional|add|put|give|cut|cutting|take|taking|took|remove|removing|pull|pulling|trim|trimming|shave|shaving)\s+)(?:[$€£]\s?\d[\d.]*\s*(?:k|m|mm|thousand|million|grand)?|\d[\d.]*\s*(?:k|m|mm|thousand|million|grand|dollars?|usd|bucks)\b)/g;
