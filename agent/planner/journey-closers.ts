/**
 * fix14c: journey questions about where a channel sits on the path, beyond a path's two ends:
 * - the first touch of the orders a channel closed ("for buyers who close on email, where did
 *   they first come from"): the first-touch breakdown of the journeys ending there (first_last
 *   with a last channel, not the channel's visitors);
 * - one channel closing after another ("how often does affiliate take the last click once paid
 *   search already brought them in", "is affiliate poaching paid search"): the journeys with the
 *   earlier channel before a final touch of the closer, not two channels' last-touch totals;
 * - a channel anywhere on the path ("top paths that go through display at some point"): every
 *   journey with a touch there, not only those that began there.
 */
import { channelNames } from "./path-ends.ts";
import type { DimensionValue } from "./types.ts";

const BUY =
  "(?:convert\\w*|purchas\\w*|buy\\w*|bought|order\\w*|checking out|check out|transact\\w*|clos\\w*)";
/** What a question calls the first touch or where a journey began. */
const FIRST_ASKED =
  "(?:(?:first|initial|original|opening|entry|starting) (?:touch ?points?|touch(?:es)?|clicks?|channels?|interactions?|sources?|point of contact)|(?:first|originally|initially) (?:find|found|discover\\w*|hear\\w*|heard|came|come|land\\w*|arriv\\w*|visit\\w*)|where (?:do |did |does )?(?:they|those|these|people|customers|buyers|shoppers|folks|those people|these people) (?:usually |typically |normally |mostly |originally |first )*(?:come|came|start|started|begin|began|find|found|discover\\w*|arriv\\w*)|(?:which|what) channels? (?:usually |typically |first )*(?:introduc\\w*|brought|bring|brings|start\\w*|open\\w*|acquir\\w*)|(?:introduc\\w*|brought|bring) (?:them|those|these|people|customers|buyers) in)";
/** How it names the orders a channel closed ("end up buying through", "whose last touch was"). */
const CLOSED_ON = `(?:(?:end|ends|ended|ending|wind|winds|finish\\w*) (?:up )?(?:${BUY} )?(?:on|through|via|with|in|from|by)|(?:${BUY}) (?:on|through|via|from|by)|(?:whose|where the|with the|with a|with their|when the|that had the|their) (?:last|final|closing) (?:touch ?point|touch|click|interaction|channel)|(?:last|final|closing) (?:touch ?point|touch|click|interaction|channel) (?:is|was|being|of|on|were|=))`;

/** "for people who end up buying through email, what first touch...", both word orders. */
export const FIRST_TOUCH_OF_CLOSES = new RegExp(
  `\\b${CLOSED_ON}\\b.{0,60}\\b${FIRST_ASKED}\\b|\\b${FIRST_ASKED}\\b.{0,50}\\b(?:of |for |among |behind |on |in )?(?:the )?(?:people|customers|buyers|orders|sales|conversions|purchases|shoppers|journeys|paths|those|users|folks)\\b.{0,25}\\b${CLOSED_ON}\\b`,
);

/** Words that put one channel's touch before the close ("after", "already", "earlier"). */
const EARLIER = /\b(?:after|already|earlier|previously|prior|following)\b/g;
/** Words that ask about a close: the last touch, closing, taking the credit. */
const CLOSE =
  /\b(?:(?:last|final|closing) (?:touch ?points?|touch(?:es)?|clicks?|interactions?|channels?)|close|closes|closed|closing|closer|finish\w*|(?:gets?|takes?|got|took|claims?|grabs?) (?:the )?(?:last click |last touch |sale s |sales )?credit)\b/;
/** "is affiliate poaching paid search": the closer named before the word, the earlier after. */
const POACH = /\b(?:poach\w*|steal\w*|hijack\w*|cannibali[sz]\w*|swoop\w*|snip\w*|intercept\w*)\b/;
/** Filler allowed between an EARLIER word and the channel it puts earlier. */
const LEAD_IN =
  /^(?:(?:someone|somebody|they|people|a customer|customers|the customer|shoppers|users|buyers|a buyer|had|has|have|already|first|came|come|comes|clicked|click|touched|visited|landed|arrived|saw|seen|been|through|via|from|on|in|with|an?|the|ad|ads|an ad|touch|touches|click|clicks|in the path|in the journey|earlier|before) ){0,6}/;

/** What may sit between a channel and "earlier": "paid social touch earlier". */
const TOUCH_NOUN = /^ (?:(?:touch ?points?|touch(?:es)?|clicks?|visits?|ads?|sessions?) )?$/;

export interface Mention {
  key: string;
  at: number;
  end: number;
}

/** Each channel named, in order, longest names first so "paid search" is not also "search" (fix17d: shared). */
export function mentions(text: string, values: readonly DimensionValue[]): Mention[] {
  const found: Mention[] = [];
  let rest = text;
  for (const [name, key] of channelNames(values)) {
    const re = new RegExp(`(?<![a-z])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z])`, "g");
    for (const m of rest.matchAll(re)) {
      found.push({ key, at: m.index ?? 0, end: (m.index ?? 0) + name.length });
      rest = `${rest.slice(0, m.index)}${" ".repeat(name.length)}${rest.slice((m.index ?? 0) + name.length)}`;
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The two channels of "X closes after Y": { earlier: Y, last: X }, or undefined. */
export function readClosedAfter(
  text: string,
  values: readonly DimensionValue[],
): { earlier: string; last: string } | undefined {
  const poach = POACH.exec(text);
  if (!poach && !CLOSE.test(text)) return undefined;
  const named = mentions(text, values);
  const keys = [...new Set(named.map((m) => m.key))];
  if (keys.length !== 2) return undefined;
  if (CLOSE.test(text)) {
    for (const e of text.matchAll(EARLIER)) {
      const from = (e.index ?? 0) + e[0].length + 1;
      const lead = LEAD_IN.exec(text.slice(from))?.[0] ?? "";
      const m = named.find((n) => n.at === from + lead.length);
      // "paid search earlier", "a paid social touch earlier": the channel right before the word.
      const before = named.find(
        (n) => n.end < (e.index ?? 0) && TOUCH_NOUN.test(text.slice(n.end, e.index ?? 0)),
      );
      const earlier = m ?? (e[0] === "earlier" || e[0] === "already" ? before : undefined);
      if (!earlier) continue;
      const last = keys.find((k) => k !== earlier.key);
      if (last) return { earlier: earlier.key, last };
    }
  }
  // "is affiliate poaching paid search": the closer is the channel just before the word.
  if (poach) {
    const closer = named.filter((m) => m.at < poach.index && poach.index - m.end <= 12).at(-1);
    const other = closer ? keys.find((k) => k !== closer.key) : undefined;
    if (closer && other) return { earlier: other, last: closer.key };
  }
  return undefined;
}

/** "paths that have display somewhere in them", "journeys going through display at any point". */
export const ANYWHERE_WORDS =
  /\b(?:somewhere|anywhere|at any (?:point|step|stage)|any step|any point|in the middle|mid ?path|along the way|on the way|(?:go|goes|went|going|pass|passes|passed|passing) through|(?:that |which )?(?:have|has|had|having|feature|features|featuring|show|shows|showing) (?:an? |any )?(?!(?:the )?(?:most|highest|biggest|lowest|best|worst|fewest|least)\b)[a-z]+(?: [a-z]+)? (?:touch|touches|click|clicks|visit|visits|in (?:it|them)|on (?:it|them)|somewhere|anywhere))\b/;
