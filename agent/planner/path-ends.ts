/**
 * The ends of a converting path a question names: "paths that start with paid social and end in
 * paid search", "journeys ending in direct", "of customers who came in via email, how many closed
 * on paid search". Read from the words next to "start"/"end" rather than from the order of the
 * channel filters, so "paths ending in direct" names the last touch, not the first (f049).
 */
import { derivedNames, KNOWN_VALUE_ALIASES } from "./known-aliases.ts";
import { normalize } from "./normalize.ts";
import type { DimensionValue } from "./types.ts";

/** The first and/or last channel keys a question names. */
export interface PathEnds {
  first?: string | undefined;
  last?: string | undefined;
}

const LINK = "(?:with|on|in|into|via|through|thru|from|at|by)";
/** Words that say where a path began, followed by the channel. */
const STARTS = new RegExp(
  `\\b(?:start|starts|started|starting|begin|begins|began|beginning|open|opens|opened|opening|came in|come in|comes in|coming in|first (?:touch|click|touchpoint)(?: is| was| being)?|first (?:find|found|discover\\w*|hear\\w*|land\\w*|visit\\w*|came|come) (?:us )?) (?:${LINK} )?(?:an? |the )?`,
  "g",
);
/** Words that say where a path ended, followed by the channel. */
const ENDS = new RegExp(
  `\\b(?:end|ends|ended|ending|finish\\w*|close|closes|closed|closing|last (?:touch|click|touchpoint)(?: is| was| being)?)(?: up)?(?: [a-z]+ing)? ${LINK} (?:an? |the )?`,
  "g",
);

/** fix14c: "whose last touch was affiliate", "last click = email": the channel follows with or without a link word. */
const LAST_TOUCH_IS = new RegExp(
  `\\b(?:last|final|closing)[- ](?:touch ?point|touch|click|interaction|channel)(?: (?:is|was|being|were|=))? (?:${LINK} )?(?:an? |the )?`,
  "g",
);
/** fix14c: "shoppers who convert via organic search": where they bought is the last touch. */
const BOUGHT_VIA =
  /\b(?:convert\w*|buy|buys|buying|bought|purchas\w*|order|orders|ordered|ordering|check\w* out) (?:on|through|thru|via|from|by|with) (?:an? |the )?/g;
/** fix14c: "orders where direct was the last click": the channel comes before the words. */
const IS_LAST_TOUCH =
  /(?:is|was|were|as|being|gets?|got|takes?|took|(?:ends?|ended|wind|winds) up with) (?:the )?(?:last|final|closing) (?:touch ?point|touch|click|interaction|channel)\b/g;

/** Every name of every channel, longest first (so "paid social ads" wins over "paid social"). */
export function channelNames(values: readonly DimensionValue[]): [name: string, key: string][] {
  const names: [string, string][] = [];
  for (const v of values) {
    if (v.dimension !== "channel") continue;
    const all = [v.label, ...v.aliases, ...(KNOWN_VALUE_ALIASES[v.value] ?? []), ...derivedNames(v.value)];
    for (const n of all) names.push([normalize(n), v.value]);
  }
  return names.filter(([n]) => n.length > 0).sort((a, b) => b[0].length - a[0].length);
}

/** The channel named right at `at` in `text`, if any. */
function channelAt(text: string, at: number, names: readonly [string, string][]): string | undefined {
  const rest = text.slice(at);
  for (const [name, key] of names) {
    if (rest.startsWith(name) && (rest.length === name.length || rest[name.length] === " ")) return key;
  }
  return undefined;
}

function firstChannelAfter(
  text: string,
  pattern: RegExp,
  names: readonly [string, string][],
): string | undefined {
  for (const m of text.matchAll(pattern)) {
    const key = channelAt(text, (m.index ?? 0) + m[0].length, names);
    if (key) return key;
  }
  return undefined;
}

/** The channel named right before a match of `pattern` ("direct was the last click"). */
function channelBefore(
  text: string,
  pattern: RegExp,
  names: readonly [string, string][],
): string | undefined {
  for (const m of text.matchAll(pattern)) {
    const head = text.slice(0, Math.max(0, (m.index ?? 0) - 1));
    for (const [name, key] of names) {
      if (head.endsWith(name) && (head.length === name.length || head[head.length - name.length - 1] === " "))
        return key;
    }
  }
  return undefined;
}

/**
 * @example readPathEnds("paths that start with paid social and end in paid search", values) // { first: "paid_social", last: "paid_search" }
 * @example readPathEnds("journeys ending in direct", values) // { last: "direct" }
 */
export function readPathEnds(text: string, values: readonly DimensionValue[]): PathEnds {
  const names = channelNames(values);
  const first = firstChannelAfter(text, STARTS, names);
  const last =
    firstChannelAfter(text, ENDS, names) ??
    firstChannelAfter(text, LAST_TOUCH_IS, names) ??
    channelBefore(text, IS_LAST_TOUCH, names) ??
    firstChannelAfter(text, BOUGHT_VIA, names);
  return { ...(first ? { first } : {}), ...(last ? { last } : {}) };
}
