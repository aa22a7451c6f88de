/**
 * fix17d: "which channel usually kicks off the journey", "where do most paths begin", "top entry
 * channel": which channel journeys START on, as shares. Answered by the orders credited under the
 * first-touch model (each converting journey counted once, on the channel of its first touch),
 * not by assist ratios ("opens or nurtures") or by paths, which answer other questions.
 */

import type { Catalog } from "../../semantic/catalog/types.ts";
import { frameFor } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame } from "./types.ts";

const CHANNEL = "(?:channels?|chanels?|sources?|platforms?|touch ?points?|marketing channels?)";
const START_VERB =
  "(?:start|starts|started|starting|begin|begins|began|beginning|open|opens|opened|opening|kick|kicks|kicked|kicking|initiat\\w*|trigger\\w*|spark\\w*|introduc\\w*)";
const JOURNEY =
  "(?:journeys?|paths?|path to purchase|paths to purchase|customer journeys?|buyer journeys?|purchase journeys?|relationships?|first contact)";
const PEOPLE = "(?:people|customers|buyers|shoppers|users|folks|ppl|visitors|purchasers|orders)";

/** Ways of asking which channel a journey starts on. */
const STARTER_ASKS: readonly RegExp[] = [
  // "which channel usually starts the journey", "what source kicks off most customer journeys"
  new RegExp(
    `\\b(?:which|what|wich|wat|whats|what s) ${CHANNEL}\\b.{0,30}\\b${START_VERB}\\b.{0,25}\\b${JOURNEY}\\b`,
  ),
  // "which channel do most buyers start on", "what channel do people typically first discover us through"
  new RegExp(
    `\\b(?:which|what|wich|wat) ${CHANNEL} (?:do|does|did) (?:most |our |the |new )*${PEOPLE} (?:usually |typically |normally |mostly |generally |tend to )*(?:${START_VERB}|first (?:find|found|discover\\w*|hear\\w*|come|came|land\\w*|arriv\\w*|touch\\w*|click\\w*))\\b`,
  ),
  // "where do customer journeys usually begin", "how do most paths start"
  new RegExp(
    `\\b(?:where|how) (?:do|does|did) (?:most |our |the |a |typical )*(?:customer |buyer |purchase |conversion )?(?:journeys?|paths?)(?: to purchase)? (?:usually |typically |normally |mostly |generally |tend to )*${START_VERB}\\b`,
  ),
  // "most common first-touch channel", "top entry channel", "usual starting point"
  /\b(?:most common|most frequent|most popular|top|typical|usual|main|leading|biggest|#1|number one|no 1) (?:first[- ]?touch|first[- ]?click|entry|starting|opening|first) (?:channels?|points?|touch ?points?|sources?)\b/,
  // "first-touch share by channel", "split of first touches"
  /\bfirst[- ]?touch (?:share|shares|mix|split|distribution|breakdown)\b|\b(?:share|split|mix|distribution) of first[- ]?touch(?:es)?\b/,
];

/** Words that make it a question about closing or assisting, answered by other readers. */
const NOT_STARTS =
  /\b(?:close|closes|closed|closing|closer|closers|last[- ]?(?:touch|click)|assist\w*|end up|ends? up|revenue|roas|how long|how many days|time to)\b/;

/**
 * Whether the question asks which channel journeys start on.
 * @example asksFirstTouchShare("which channel usually starts the journey") // true
 * @example asksFirstTouchShare("which channels open journeys and which close them") // false
 */
export function asksFirstTouchShare(p: Pick<ParsedQuestion, "text" | "dims">): boolean {
  if (NOT_STARTS.test(p.text)) return false;
  // One named channel ("journeys that start with email") is a path's end, read by the journeys entry.
  if (p.dims.filters.some((f) => f.field === "channel" || f.field === "platform")) return false;
  return STARTER_ASKS.some((re) => re.test(p.text));
}

/** The orders by first-touch channel: the first-touch model's credited conversions per channel. */
export function firstTouchShareFrame(p: ParsedQuestion, catalog: Catalog): Frame {
  return {
    ...frameFor("attribution", p, catalog),
    metrics: ["orders"],
    dimensions: [],
    filters: [],
    models: ["first_touch"],
    level: "channel",
  };
}
