/**
 * fix17d: "do people who click an email end up converting through direct", "customers who saw a
 * facebook ad then bought via organic", "orders with an email touch before a direct last click":
 * one channel touched on the way and another closing the order. Answered from the journeys (the
 * converting journeys that touched the earlier channel and closed on the later one, both ways
 * round: journeys first_last with earlierChannel and lastChannel), not from the two channels'
 * visitors or their email clicks, which say nothing about the same people's paths.
 */
import { frameFor } from "./frame.ts";
import { type Mention, mentions } from "./journey-closers.ts";
import type { ParsedQuestion } from "./parse.ts";
import { readPathEnds } from "./path-ends.ts";
import type { DimensionValue, Frame } from "./types.ts";

/** A touch on the earlier channel, said right before it ("who click an", "that saw a", "came from"). */
const TOUCHED_BEFORE =
  /\b(?:click|clicks|clicked|clicking|open|opens|opened|opening|read|reads|reading|get|gets|got|getting|receiv\w*|see|sees|saw|seen|seeing|view\w*|watch\w*|engag\w*|touch|touches|touched|visit\w*|come|comes|came|coming|arriv\w*|land\w*|find|finds|found|discover\w*|interact\w*|respond\w*|hit|hits|tap|taps|tapped)(?: (?:on|in|with|to|from|through|thru|via|by|an?|the|our|one of our|some|any|ads?|an ad|us|in from|over from))* $/;
/** A touch said right after it ("email clickers", "a facebook ad click", "an email touch"). */
const TOUCHED_AFTER =
  /^ (?:ad |ads |post |message |campaign |newsletter )?(?:clickers?|openers?|readers?|visitors?|subscribers?|touch|touches|touchpoints?|touch points?|click|clicks|visit|visits|session|sessions|traffic|engagers?|viewers?)\b/;
/** The close said right before the later channel ("end up converting through", "buy via"). */
const CLOSED_BEFORE =
  /\b(?:buy|buys|buying|bought|purchas\w*|order|orders|ordered|ordering|convert\w*|check\w* out|checking out|clos\w*|transact\w*|come back|comes back|came back|coming back|return\w*)(?: (?:up|in|again|later|eventually|afterwards?|directly))?(?: (?:through|thru|via|on|by|from|with|in|as|using|over))? (?:an? |the )?$/;
/** The close said right after it ("a direct last click", "direct purchase", "direct closing it"). */
const CLOSED_AFTER =
  /^ (?:(?:last|final|closing) (?:touch|click|touchpoint|interaction)|purchases?|orders?|conversions?|sales?|close|closes|closing|closed|checkout)\b/;
/** Words that put the two in sequence. */
const SEQUENCE =
  /\b(?:then|later|end up|ends up|ended up|eventually|go on|goes on|went on|wind up|winds up|come back|came back|comes back|return\w*|after|afterwards|before|subsequently|next|followed|ultimately|finally|convert\w*|buy\w*|bought|purchas\w*|order\w*|clos\w*)\b/;

/** Email said as a send (as long as "email" or longer, so positions keep). */
const EMAIL_WORDS = /\b(?:newsletters?|e-mails|emails|email blasts?|email sends?)\b/g;

/** The channel touched earlier and the one that closed, as channel keys. */
export interface TouchThenClose {
  earlier: string;
  last: string;
}

/** Whether the earlier channel is said as touched. */
function touched(text: string, m: Mention): boolean {
  return (
    TOUCHED_BEFORE.test(text.slice(Math.max(0, m.at - 40), m.at)) || TOUCHED_AFTER.test(text.slice(m.end))
  );
}

/** Whether the later channel is said as where the order closed. */
function closedOn(text: string, m: Mention): boolean {
  return CLOSED_BEFORE.test(text.slice(Math.max(0, m.at - 50), m.at)) || CLOSED_AFTER.test(text.slice(m.end));
}

/**
 * @example readTouchThenClose("do people who click an email end up buying through direct", values) // { earlier: "email", last: "direct" }
 * @example readTouchThenClose("email vs direct orders", values) // undefined
 */
export function readTouchThenClose(
  text: string,
  values: readonly DimensionValue[],
): TouchThenClose | undefined {
  // "opened a newsletter", "read our emails": the email channel, said as what was sent.
  const named = mentions(
    text.replace(EMAIL_WORDS, (w) => `email${" ".repeat(w.length - 5)}`),
    values,
  );
  const keys = [...new Set(named.map((m) => m.key))];
  if (keys.length !== 2) return undefined;
  const a = named.find((m) => m.key === keys[0])!;
  const b = named.find((m) => m.key === keys[1])!;
  // "people who first came in via affiliate": a path's first touch, read by the journeys entry.
  if (/\b(?:first|originally|initially)\b/.test(text.slice(Math.max(0, a.at - 30), a.at))) return undefined;
  if (!touched(text, a) || !closedOn(text, b)) return undefined;
  // "customers who came in via email ... converting on paid search": where the path began (path-ends.ts).
  if (readPathEnds(text, values).first) return undefined;
  if (!SEQUENCE.test(text.slice(a.end, b.at))) return undefined;
  return { earlier: a.key, last: b.key };
}

/** The journeys that touched the earlier channel and closed on the later one. */
export function touchThenCloseFrame(
  p: ParsedQuestion,
  catalog: Parameters<typeof frameFor>[2],
  found: TouchThenClose,
): Frame {
  return {
    ...frameFor("journeys", p, catalog),
    dimensions: [],
    filters: [],
    journey: { analysis: "first_last", earlierChannel: found.earlier, lastChannel: found.last },
  };
}
