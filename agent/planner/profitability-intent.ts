/**
 * Profitability questions (issue #12 item 4): overspending channels, channel profit after the
 * gross margin, contribution margin after ad spend. Recognised from the normalized question and
 * answered by the profitability tool, never by a revenue ranking or a budget split. The
 * vocabulary is data: the first analysis whose pattern matches wins.
 */

import { asksBreakEven } from "./break-even-intent.ts";
import { statedMargin } from "./budget-margin.ts";
import { monthlySeriesPeriod } from "./frame.ts";
import { normalize } from "./normalize.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame, PlannedCall } from "./types.ts";
import { EXTRA_CHANNEL_PROFIT, matchesAny } from "./vocabulary-extra.ts";

/** What a profitability question asks for (the profitability tool's analyses). */
export type ProfitabilityAnalysis = "overspend" | "channel_profit" | "contribution_margin" | "break_even";

/**
 * fix12c: "which paid channels are losing money at a 40% margin", "what ad channels are
 * underwater", "any paid sources not breaking even last quarter": a clear ask of each paid channel
 * against break-even (a stated margin is read by statedMargin), never "worst by what?". Read on the
 * question as typed too, because the paraphrases turn "losing money" into "underperforming".
 */
const LOSS_MAKING_CHANNELS =
  /\b(?:which|what|are|is|any|how many) (?:of (?:our|my) )?(?:the |our |my )?(?:(?:paid|ad|advertising|marketing|media) )?(?:channels?|sources?|platforms?)\b.{0,40}\b(?:los(?:e|es|ing|t) (?:us )?money|money[- ]losing|loss[- ]making|unprofitable|not profitable|underwater|under water|not (?:breaking|break) even)\b/;

/** Channels set in order by profit: "rank channels by profit", "which channel is most profitable". */
const CHANNELS_BY_PROFIT =
  /\b(?:rank|ranked|ranking|sort|sorted|order|ordered|list|line up|stack ?rank)\b.{0,25}\b(?:channels?|sources?)\b.{0,15}\b(?:by|on|for) (?:their |net |gross |real )?(?:profits?|profitability|money made|margin)\b|\b(?:which|what) (?:marketing |paid )?(?:channels?|sources?)\b.{0,30}\b(?:most|least|highest|lowest|biggest|smallest) (?:profits?|profitable|gross profit|money after)\b|\bmost profitable (?:marketing |paid )?(?:channels?|sources?)\b/;

const PER_CHANNEL = String.raw`\b(?:by|per|each|every|across|which|what|for each|for every|split by|broken down by) (?:marketing |paid |ad )?(?:channel|source)s?\b`;
const CONTRIBUTION = String.raw`\b(?:contrib(?:ution)?s?|contribution (?:margin|profit)s?)\b`;
const PROFIT_AFTER_ADS = String.raw`\b(?:gross profit|profits?|margins?)\b.{0,30}?\b(?:after|net of|minus|less|excluding|taking out)\b.{0,25}?\b(?:ad ?spend|spend|ads|ad costs?|advertising|media)\b`;
const CONTRIBUTION_PER_CHANNEL = new RegExp(
  `${PER_CHANNEL}.{0,40}?(?:${CONTRIBUTION}|${PROFIT_AFTER_ADS})|(?:${CONTRIBUTION}|${PROFIT_AFTER_ADS}).{0,40}?${PER_CHANNEL}`,
);

/** The ads as a cost: "ads", "ad spend", "advertising", "marketing costs", "media". */
const ADS_COST = String.raw`(?:the |our |all |all the |all our )?(?:ad ?spend|ads|ad costs?|ad budget|advertising(?: costs?| spend)?|marketing(?: costs?| spend)?|media(?: costs?| spend)?|paid media)\b`;
/** Made, earned, brought in; or the revenue itself. */
const MADE = String.raw`(?:make|makes|made|making|earn|earns|earned|earning|bring in|brought in|bringing in|take in|took in|net|netted|clear|cleared|revenue|rev|sales|income|takings)`;
const MADE_AFTER_ADS = new RegExp(
  String.raw`^(?!.*\b(?:by|per|each|across|which) (?:channel|source|campaign|platform)s?\b)(?:.*?\b${MADE}\b.{0,40}?\b(?:after|once|net of|minus|less|excluding|taking out|deducting|subtracting|after paying for|after covering|after we pay for)\b ${ADS_COST}|.*?\b(?:after|net of|minus|less|excluding) ${ADS_COST}.{0,40}?\b${MADE}\b)`,
);

/** Phrasings per analysis, checked in this order. */
export const PROFITABILITY_PHRASINGS: readonly [ProfitabilityAnalysis, RegExp][] = [
  // "whats our breakeven roas": break-even is one over the gross margin; the channel profit answer
  // leads with it and sets each paid channel's ROAS beside it.
  [
    "channel_profit",
    /\bbreak ?even (?:roas|return on ad spend|return|point|mer|ratio)\b|\b(?:roas|return on ad spend|return) (?:do (?:we|i) need |we need |needed |required )?to break ?even\b|\bwhat (?:roas|return on ad spend) do (?:we|i) need\b|\bminimum roas\b/,
  ],
  // fix19c: a contribution or a profit after ad spend asked per channel ("contribution margin by
  // channel", "each channel's contribution after ad costs", "gross profit minus spend per channel"):
  // each channel's margin x revenue - its own spend, never the one total.
  ["channel_profit", CONTRIBUTION_PER_CHANNEL],
  ["contribution_margin", /\bcontribution (?:margin|profit)s?\b/],
  // fix14e: channels ranked, sorted or picked by their profit ("rank channels by profit after ad
  // spend", "which channel makes the most money after ads"): each channel's profit, not the total.
  ["channel_profit", CHANNELS_BY_PROFIT],
  [
    "contribution_margin",
    /\b(?:profit|margin|gross profit) (?:after|net of|minus|less) (?:ad ?spend|ads|advertising|marketing|media)(?: spend| costs?)?\b(?!.{0,40}\b(?:by|per|each|which) (?:channel|source)s?\b)/,
  ],
  // fix6d: "how much gross profit did we make last month after ad spend", "what margin was left once
  // we paid for ads": the words between the profit and "after" do not change the ask.
  [
    "contribution_margin",
    /^(?!.*\b(?:by|per|each|across|which) (?:channel|source)s?\b).*?\b(?:gross profit|profit|margin)\b.{1,40}?\b(?:after|net of|minus|less|once we (?:pay|paid) for|taking out) (?:the |our )?(?:ad ?spend|ads|advertising|marketing|media)(?: spend| costs?)?\b/,
  ],
  // leftC: what is left, kept or cleared once the ads are paid for ("how much margin is left after
  // paying for ads", "what do we keep after marketing", "what's left over once advertising is
  // covered"): the same contribution, asked by what remains rather than by "profit".
  [
    "contribution_margin",
    /^(?!.*\b(?:by|per|each|across|which) (?:channel|source|campaign)s?\b).*?\b(?:gross profit|profits?|margins?|money|cash|left|leftover|left over|remains?|remaining|keep|kept|pocket|clear|take home|bottom line)\b.{0,40}?\b(?:after|once|net of|minus|less|excluding|taking out|deducting|subtracting|covering)\b(?: (?:we |we ve |we have )?(?:pay(?:ing)?|paid|cover(?:ing|ed)?|deduct(?:ing)?|subtract(?:ing)?|take|taking|account(?:ing)? for|spend(?:ing)? on|fund(?:ing)?)(?: for| out| off)?)? (?:the |our |all |all the |all our )?(?:ad ?spend|ads|ad costs?|advertising|marketing|media|paid media)\b(?! (?:emails?|sends?|campaigns?|channels?|list))/,
  ],
  // fix19f: what was made, earned or brought in once the ads are paid ("how much did we make after
  // ads", "revenue minus ad spend in q3", "net of ad spend, what did we earn"): revenue less the ads
  // is the contribution answer (its lines state revenue, the margin and the ad spend), not revenue.
  ["contribution_margin", MADE_AFTER_ADS],
  [
    "overspend",
    /\b(?:over ?spend(?:ing)?|over ?spent|over ?invest(?:ing|ed)?|over ?saturat(?:ed|ing)|spending too much|spend too much|too much (?:money |budget |spend )?(?:on|in|into)|over-?\s?(?:funded|budgeted|allocated|resourced))\b/,
  ],
  [
    "overspend",
    /\b(?:past|beyond|below|under) (?:the )?break ?even\b.{0,40}\b(?:spend|channels?|dollars?|budget)\b/,
  ],
  [
    "overspend",
    /\b(?:diminishing returns|saturated|saturation)\b.{0,30}\b(?:channels?|spend|any)\b|\b(?:which|any) channels?\b.{0,30}\b(?:diminishing returns|saturated)\b/,
  ],
  [
    "channel_profit",
    /\b(?:which|what|are|is|any|how) (?:of (?:our|my) )?(?:the |our |my )?(?:(?:paid|ad|advertising|marketing|media) )?(?:channels?|sources?)\b.{0,40}\b(?:profitable|making money|make money|earning money|profit after|in the black|in the red|paying for (?:themselves|itself))\b/,
  ],
  ["channel_profit", LOSS_MAKING_CHANNELS],
  [
    "channel_profit",
    /\b(?:profit|profitability|gross profit|net profit|margin) (?:after (?:margin|cogs|cost of goods|ad spend) )?(?:by|per|for each|of each|across) (?:channel|source|marketing channel)s?\b/,
  ],
  ["channel_profit", /\b(?:channel|channels) (?:profit|profitability|profits)\b/],
  ["channel_profit", /\bprofitable after (?:margin|cogs|cost of goods|costs)\b/],
];

/**
 * @example readProfitabilityIntent("are we overspending on any channel") // "overspend"
 * @example readProfitabilityIntent("which channels are profitable after margin") // "channel_profit"
 */
export function readProfitabilityIntent(text: string, question = ""): ProfitabilityAnalysis | undefined {
  if (LOSS_MAKING_CHANNELS.test(normalize(question))) return "channel_profit";
  const found = PROFITABILITY_PHRASINGS.find(([, p]) => p.test(text))?.[0];
  // fix8c: a threshold not named "break even roas" ("what cpa can we afford"): the thresholds answer.
  if (found !== "channel_profit" && asksBreakEven(text)) return "break_even";
  return found ?? (matchesAny(EXTRA_CHANNEL_PROFIT, text) ? "channel_profit" : undefined);
}

/**
 * The frame of a profitability question: a contribution asked "by month" or "weekly" keeps that
 * grain (fix8e), over the last twelve months of data when no period is named.
 */
export function profitabilityFrame(frame: Frame, p: ParsedQuestion, analysis: ProfitabilityAnalysis): Frame {
  // fix10a: "contribution after ad spend last quarter at a 45% margin": that margin, for this answer.
  const margin = statedMargin(p.text);
  const stated = margin === undefined ? {} : { profitMargin: margin };
  const grain = p.trend.grain;
  if (analysis !== "contribution_margin" || (grain !== "month" && grain !== "week"))
    return { ...frame, ...stated, profitability: analysis };
  const period = p.time.period ? frame.period : monthlySeriesPeriod(p.today, p.dataEnd);
  return { ...frame, ...stated, profitability: analysis, profitGrain: grain, period };
}

/** The profitability call of a frame: the analysis, and the period when the question named one. */
export function profitabilityCall(frame: Frame, analysis: ProfitabilityAnalysis): PlannedCall {
  const named = frame.period.label && !/\(default\)/.test(frame.period.label);
  // fix8e: "profit after ad spend month by month": the contribution of each week or month; with no
  // period named, the last twelve months of data (a 30-day default holds one month).
  const grain =
    analysis === "contribution_margin" && (frame.profitGrain === "week" || frame.profitGrain === "month")
      ? frame.profitGrain
      : undefined;
  const period = named || grain ? { period: { from: frame.period.from, to: frame.period.to } } : {};
  return {
    name: "profitability",
    args: {
      analysis,
      ...(analysis !== "overspend" ? period : {}),
      ...(grain ? { grain } : {}),
      ...(frame.profitMargin !== undefined ? { grossMargin: frame.profitMargin } : {}),
    },
  };
}
