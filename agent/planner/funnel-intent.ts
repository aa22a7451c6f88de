/**
 * Questions about the conversion funnel (impressions to orders, carts and checkouts, where
 * visitors drop off), recognised from the normalized question and answered by the funnel tool,
 * never by a single metric total ("show me the conversion funnel" once got "Orders 1,417").
 * The vocabulary is data: a question matching any pattern is a funnel question.
 */
import type { Frame, PlannedCall } from "./types.ts";

/** Phrasings of a funnel question. */
export const FUNNEL_PHRASINGS: readonly RegExp[] = [
  /\bfunnels?\b/,
  /\b(?:cart|basket|checkout|check out) (?:abandon\w*|drop ?offs?|drop outs?|leakage|completion)\b/,
  /\babandon\w* (?:their |the |a |our |his |her )?(?:carts?|baskets?|checkouts?|bags?)\b/,
  /\b(?:add|adds|added|adding) to (?:cart|basket|bag)\b/,
  /\badd to carts?\b|\badd 2 cart\b|\batc rate\b/,
  /\b(?:checkouts? (?:were |was |got |get )?(?:started|starts|begun|initiated|rate|conversion)|(?:started|start|starting|begin|began|initiated) (?:a |the )?checkouts?)\b/,
  /\bwhere (?:do|did|are|were|does) (?:we|our|people|visitors|users|shoppers|customers|buyers)\b.{0,30}\b(?:lose|losing|lost|drop|dropping|leak|leaking|fall off|falling off|bail|bailing)\b/,
  /\bwhere (?:do|did|does) (?:[a-z]+ ){0,2}(?:people|visitors|users|shoppers|customers|buyers|they|traffic|sessions) (?:drop|fall|bail|leave|quit|give up)\b/,
  /\b(?:drop ?offs?|drop outs?|leaks?|leakage|fall ?off) (?:points?|steps?|stages?|between|from|in|on|along|across|by)\b/,
  /\b(?:biggest|largest|main|worst) (?:drop ?offs?|drop|leak|leakage|losses|loss)\b.{0,30}\b(?:site|journey|visit|checkout|cart|funnel|steps?|stages?)\b/,
  /\b(?:step|stage) (?:by (?:step|stage) )?conversion rates?\b/,
  // fix12e: "which step loses the most shoppers", "at what stage do most visitors bail".
  /\b(?:which|what) (?:step|stage|point)s? (?:do|does|did|are|is|were) (?:we|most |the most )?(?:people|visitors|users|shoppers|customers|buyers)? ?(?:lose|losing|drop|dropping|bail|bailing|leave|leaving|quit|quitting|give up|giving up|abandon\w*)\b/,
  /\b(?:which|what) (?:step|stage)s?(?: (?:of|in|on) (?:the |our )?(?:site|store|website|shop|journey|checkout|path))? (?:loses|lost|leaks|drops|sheds) (?:the )?(?:most )?(?:people|visitors|users|shoppers|customers|buyers|traffic|sessions)\b/,
  /\bconversion rates? (?:by|at|of each|per|between) (?:each )?(?:step|stage)s?\b/,
  /\b(?:visit|visits|session|sessions|click|clicks|impression|impressions) to (?:cart|order|purchase|checkout)\b.{0,20}\b(?:rate|conversion|drop)/,
];

const BY_CHANNEL =
  /\b(?:by|per|each|every|across|between|among|for all|for each) (?:the )?(?:marketing )?(?:channels?|sources?)\b|\bwhich channels?\b|\bchannels? (?:compared|side by side)\b/;

/** "... and why", "what caused it": the funnel's fall is to be localised too (fix7d). */
const WHY = /\b(?:why|what (?:caused|happened|went wrong|broke|changed)|reasons?|causes?|explain)\b/;

/** What a funnel question asks for. */
export interface FunnelIntent {
  byChannel: boolean;
  /** Asks why as well: the conversion rate's change is explained and localised in time. */
  why?: boolean;
}

/**
 * @example readFunnelIntent("show me the conversion funnel") // { byChannel: false }
 * @example readFunnelIntent("cart abandonment rate by channel") // { byChannel: true }
 */
export function readFunnelIntent(text: string): FunnelIntent | undefined {
  if (!FUNNEL_PHRASINGS.some((p) => p.test(text))) return undefined;
  return { byChannel: BY_CHANNEL.test(text), ...(WHY.test(text) ? { why: true } : {}) };
}

/**
 * The funnel call of a frame: its period, by channel when asked, or one channel when the question
 * names exactly one ("funnel for paid search").
 */
/**
 * fix7d: "biggest drop in the funnel in august and why": beside the funnel against the period
 * before, the conversion rate's change explained, which says when in the period it broke and what
 * held (tools/explain-change/break-window.ts). Only with a baseline to compare with.
 */
export function funnelWhyCalls(frame: Frame): PlannedCall[] {
  if (!frame.funnel?.why || !frame.compare) return [];
  return [
    {
      name: "explain_change",
      args: {
        metric: "conversion_rate",
        period: { from: frame.period.from, to: frame.period.to },
        compareTo: { from: frame.compare.period.from, to: frame.compare.period.to },
        dimensions: ["channel"],
        filters: frame.filters.filter((f) => f.field === "channel"),
      },
    },
  ];
}

export function funnelCall(frame: Frame): PlannedCall {
  const one = frame.filters.find((f) => f.field === "channel" && f.op === "in" && f.values.length === 1);
  const channel = one ? String(one.values[0]) : undefined;
  return {
    name: "funnel",
    args: {
      period: { from: frame.period.from, to: frame.period.to },
      ...(channel ? { channel } : frame.funnel?.byChannel ? { byChannel: true } : {}),
      ...(frame.compare
        ? { compareTo: { from: frame.compare.period.from, to: frame.compare.period.to } }
        : {}),
    },
  };
}
