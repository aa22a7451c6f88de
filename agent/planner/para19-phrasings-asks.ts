/**
 * para19: other wordings of single asks and follow-ups (para19-phrasings.ts applies them): where
 * the numbers come from asked "from the ad platforms or ours", a holdout asked "explain holdout
 * tests", the hour to run ads asked "which hours should our ads run", revenue with "no attribution
 * source", and follow-ups said "same comparison but", "how many orders is that as a percentage",
 * "send as csv", "which model should i put in the deck". Unread, each answered a different
 * question or was declined.
 */
import type { Rewrite } from "./para16-phrasings-asks.ts";

/** Single asks said another way. */
const ASKS: Rewrite[] = [
  // "are these numbers from the ad platforms or our own data": where the numbers come from.
  [
    /^(?:are|is) (?:these|those|the|your|this|ur) (?:numbers|figures|data|stats|metrics)(?: coming| pulled)? from (?:the )?(?:ad )?(?:platforms?|google ads|meta|ads manager) or (?:from )?(?:our|ours|my)\b(?: own)?(?: (?:data|numbers|store|site|backend|tracking|analytics))?$/,
    "where do your numbers come from",
  ],
  // "explain holdout tests - did we do any": what a holdout is, and ours.
  [
    /^(?:explain|define|what are) (?:a )?holdouts?(?: tests?)?(?: and)? ((?:did|have|has) we (?:run|do|done|ran|had) (?:any|one)\b)/,
    "what's a holdout and $1",
  ],
  // "which hours should our meta ads run", "what time of day performs best for facebook ads".
  [
    /^(?:which|what) (?:hours?|times?)(?: of (?:the )?day)? (?:should|do|would) (?:we |our |i )?(?:run )?(?:our )?(.+?) ads(?: run)?$/,
    "what hour of the day should we run $1 ads",
  ],
  [
    /^(?:which|what) (?:time|hour)s? of (?:the )?day (?:performs?|works?|is|does|converts?) best for (?:our )?(.+?) ads$/,
    "what hour of the day should we run $1 ads",
  ],
  // "revenue with no attribution source": no source at all.
  [/\bno (?:attribution|tracking|traffic|utm|referral) source\b/g, "no source"],
];

/** Follow-ups said another way. */
const FOLLOW_UPS: Rewrite[] = [
  // "same comparison but cpa": the same for another measure.
  [
    /^(?:the )?same (?:comparison|analysis|breakdown|split|view|table|chart|thing) (?:but |with |using )(?:for )?/,
    "same for ",
  ],
  // "how many orders is that as a percentage": the share of that measure.
  [
    /^how many (\w+) (?:is|are) (?:that|those|this) as an? (?:percentage|percent|share|%)$/,
    "and what share of $1 is that",
  ],
  // "send as csv please": the previous answer as a file.
  [
    /^(?:send|give|email|export) (?:it |that |this |me |them )?(?:as|in) (?:a )?(csv|excel|spreadsheet|xlsx)\b/,
    "as $1",
  ],
  // "which model should i put in the board deck": which of the models compared to use.
  [
    /^which (?:attribution )?model (?:should|would|do|can) (?:i|we) (?:put|use|show|present|go with) (in|for|on) /,
    "which one should i use $1 ",
  ],
];

export const SET13_ASKS: Rewrite[] = [...ASKS, ...FOLLOW_UPS];
