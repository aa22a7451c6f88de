/**
 * fix10c: "why don't the channel numbers sum to our total sales", "channel revenue is more than
 * the store total, which is right?", "do orders per channel reconcile with total orders": channel
 * figures are an attribution model's credit, total revenue is the orders themselves. The answer
 * gives both for one period (channel credit under a named model, then the order total) with a
 * note on how they relate, never a change over time ("why" read as what moved revenue) nor the
 * platforms' own claims (platform-gap-intent.ts, which answers "meta says more than we see").
 */
import { assembleCalls } from "./assemble.ts";
import { frameFor } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import { settlePeriods } from "./period-settle.ts";
import type { Frame, Plan } from "./types.ts";

/** The parts: figures per channel (or source). */
const PARTS =
  /\b(?:(?:by|per|each|every|across|all (?:the )?|of (?:the |all |each )?)\s*(?:channels?|sources?|marketing channels?)|channel (?:revenues?|sales|orders|numbers|figures|totals?|breakdown|split|rows|level))\b/;
/** The relation asked about: summing, matching, reconciling. */
const SUMS =
  /\b(?:add(?:s|ing|ed)? up|sum(?:s|med|ming)?(?: up)? to|sum of|total(?:s|ling|ed)? (?:up )?to|match(?:es|ing)?|reconcil\w*|tie (?:out|up|back)|equal\w*|(?:more|less|higher|lower|bigger|smaller|greater) than (?:the |our |my )?(?:store |shop |overall |grand |actual |real )?total)\b/;
/** The whole: total, overall or store figures. */
const WHOLE =
  /\b(?:total|overall|grand total|whole|all|store|shop|shopify|actual|real|order) (?:revenue|sales|orders|number)|\b(?:the|our|my) (?:total|overall|grand total)\b|\btotal\b/;
/** Platform claims are the platform gap's question. */
const PLATFORM_CLAIM = /\b(?:platforms?|reported|claim\w*|ads manager|pixel|in platform)\b/;
const COUNT = /\b(?:orders|conversions|purchases|sales count|transactions)\b/;

/** What the note says, so the two figures read as what they are. */
export const CHANNEL_SUM_NOTE =
  "Channel figures are what an attribution model credits to each channel (named below); each order is credited once, and an order with no tracked touch is credited to Direct, so across every channel they sum to the order total that follows. When channel numbers do not add up, they usually come from elsewhere: the ad platforms' own reported figures (each platform claims every order its ads touched, view-throughs included, so one order is counted more than once), a list cut to the top channels or filtered, or a multi-touch model's fractional credit rounded per channel.";

/**
 * @example asksChannelSum("why doesnt revenue by channel add up to our total revenue") // true
 */
export function asksChannelSum(text: string): boolean {
  return PARTS.test(text) && SUMS.test(text) && WHOLE.test(text) && !PLATFORM_CLAIM.test(text);
}

/** The channel credit under last touch, then the order total, for the question's period. */
export function channelSumPlan(p: ParsedQuestion, question: string, base: Frame): Plan {
  const settled = settlePeriods(base, p, question);
  const metric = COUNT.test(p.text) && !/\b(?:revenue|sales)\b/.test(p.text) ? "orders" : "revenue";
  const byChannel: Frame = {
    intent: "query",
    metrics: [metric],
    dimensions: ["channel"],
    filters: [],
    period: settled.period,
    models: ["last_touch"],
  };
  const total: Frame = {
    intent: "query",
    metrics: [metric],
    dimensions: [],
    filters: [],
    period: settled.period,
  };
  return {
    kind: "tool_calls",
    intent: "query",
    calls: [...assembleCalls(byChannel), ...assembleCalls(total)],
    frame: byChannel,
    notes: [CHANNEL_SUM_NOTE],
  };
}

/** The frame the question's period is read from. */
export function channelSumBase(p: ParsedQuestion, catalog: Parameters<typeof frameFor>[2]): Frame {
  return frameFor("query", p, catalog);
}
