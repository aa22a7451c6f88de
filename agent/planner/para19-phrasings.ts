/**
 * para19: other wordings of asks the planner already answers (set 13's kinds), rewritten to the
 * wording it reads, as para18-phrasings.ts does. Each kind below, unread, answered a different
 * question or none: a year 2000 for "move 2000 of display budget", a clarification of "search"
 * for "shift 2k display -> search", a wrong window for "10 days pre labor day vs 10 days post", a
 * decline for "how did fiscal q3 go" once the stated fiscal year dated it, a source / medium
 * reading of "spend / clicks / cpc / roas", the brand campaign alone for "brand search vs
 * nonbrand", a catalog search for "number of active campaigns", new customers' orders for "how many
 * have placed another order", the Impact platform for "a rain impact on" (the asks file: follow-ups
 * and single asks). Applied to the normalized question after para18's; a question none of them
 * fits is left as asked.
 */
import { normalize } from "./normalize.ts";
import type { Rewrite } from "./para16-phrasings-asks.ts";
import { SET13_ASKS } from "./para19-phrasings-asks.ts";

/** Words that move budget, before the amount moved. */
const MOVE =
  "(move|moving|shift|shifting|reallocate|reallocating|redirect|redirecting|transfer|transferring)";
/** A day count before or after a date ("10 days", "two weeks"). */
const SPAN = "((?:\\d+|two|three|four|five|seven|ten|fourteen) (?:days|weeks))";

/** A measure in a slash list ("spend / clicks / cpc"); a list of anything else is left alone. */
const MEASURE =
  "(?:spend|ad spend|clicks|cpc|cpm|ctr|cpa|cac|roas|mer|aov|revenue|rev|orders|sessions|impressions|impr|conversions|new customers|cvr|profit)";

/** Budget moves said with a bare number or without "from". */
const BUDGET: Rewrite[] = [
  // "reallocate 2000 of display budget": the amount moved, not the year 2000.
  [
    new RegExp(
      `\\b${MOVE} (\\d{3,6})(?= (?:of|from|out of|off|to|into|in|per|a|each|dollars|usd|bucks)\\b)`,
      "g",
    ),
    "$1 $$$2",
  ],
  // "shift 2k display to search": the channel it comes from, said with "from".
  [
    new RegExp(
      `\\b${MOVE} (\\$?\\d[\\d.,]*k?) (?!.*\\b(?:from|of)\\b)((?:[a-z]+ ){0,2}?[a-z]+) (to|into) `,
      "g",
    ),
    "$1 $2 from $3 $4 ",
  ],
];

/** Windows around a date said another way. */
const WINDOWS: Rewrite[] = [
  // "10 days pre labor day", "10 days post": before and after.
  [new RegExp(`\\b${SPAN} pre\\b(?! (?:and|or)\\b)`, "g"), "$1 before"],
  [new RegExp(`\\b${SPAN} post\\b(?! (?:and|or)\\b)`, "g"), "$1 after"],
  // "labor day 10 days before vs 10 days after revenue and orders": the date named after "before",
  // the measures first.
  [
    new RegExp(
      `^((?:[a-z0-9]+ ){0,3}?(?:day|friday|monday|christmas|thanksgiving|launch|sale|holiday|[a-z]+mas)) ${SPAN} before (?:vs|versus|compared (?:to|with)) (?:the )?${SPAN} after(?: (.+))?$`,
    ),
    (_m, day: string, before: string, after: string, rest?: string) =>
      `${rest ? `${rest} ` : ""}${before} before ${day} vs ${after} after`,
  ],
  // "10 days before labor day vs 10 days after": the days after against the days before, in the
  // wording the time rules read (para16's, which ran before the pre / post above were read).
  [
    new RegExp(
      `\\b${SPAN} before (?:the )?((?:[a-z0-9]+ ){0,3}?[a-z0-9]+) (?:vs|versus|compared (?:to|with)) (?:the )?${SPAN} after\\b`,
    ),
    "the $3 after the $2 vs the $1 before",
  ],
  // "how did fiscal q3 go", dated by the stated fiscal year: how that stretch went.
  [
    /\bhow (?:did|was|were|is) (from [a-z]{3} \d{1,2} \d{4} to [a-z]{3} \d{1,2} \d{4})(?: go| going| look| looking)?\b/,
    "how did we do $1",
  ],
];

/** Lists and groups said another way. */
const LISTS: Rewrite[] = [
  // "spend / clicks / cpc / roas": a list of three or more measures, not a source / medium.
  [new RegExp(`\\b${MEASURE}(?: / ${MEASURE}){2,}\\b`, "g"), (m: string) => m.replace(/ \/ /g, ", ")],
  // "brand search vs nonbrand": both sides of search, as the planner reads "brand vs non brand search".
  [
    /\bbrand(?:ed)? (search|campaigns?) (?:vs|versus|and|compared (?:to|with)) non ?brand(?:ed)?\b(?! search| campaigns?)/g,
    "brand vs non brand $1",
  ],
  // "cpc for non-brand search": paid search without the brand campaign (read alone, "non brand"
  // excluded the brand campaign from every channel, and "nonbrand" kept it in).
  [
    /(?<!\bbrand(?:ed)? (?:search |campaigns? )?(?:vs|versus|and|or|against|compared (?:to|with)) )\bnon ?brand(?:ed)? (?:paid )?search\b(?: campaigns?\b)?(?! (?:vs|versus|and|or|against|compared (?:to|with)) brand)/g,
    "paid search other than the brand campaign",
  ],
  // "number of active campaigns right now": a count of the live ones.
  [
    /^(?:the |total )?(?:number|count|no|#) of (?:(?:currently |now )?(live|active|running) campaigns|campaigns (?:that are )?(?:currently |now )?(live|active|running))\b/,
    (_m, a?: string, b?: string) => `how many ${a ?? b} campaigns`,
  ],
  // "how many have placed another order since": a repeat order.
  [
    /\b(?:placed|made|put in|done) (?:another|a repeat|one more) (?:order|purchase)\b|\bpurchased again\b/g,
    "ordered again",
  ],
  // "was there a rain impact on oregon revenue": whether it moved it (not the Impact platform).
  [
    /^(?:was|is) there (?:a|an|any) ((?:[a-z]+ ){1,2})?impact (?:on|to) /,
    (_m, what?: string) => `did ${what ?? "anything "}affect `,
  ],
];

const ALL: Rewrite[] = [...BUDGET, ...WINDOWS, ...LISTS, ...SET13_ASKS];

/**
 * The question in the planner's own wording when one of these kinds fits; otherwise as asked.
 * @example rewriteSet13Wordings("shift 2k display -> search for nov") // "shift 2k from display to search for nov"
 */
export function rewriteSet13Wordings(question: string): string {
  // An e-mail address or a URL (an alert's or a schedule's destination) must reach its reader as typed.
  if (/@|https?:\/\//i.test(question)) return question;
  // "display -> search": an arrow is "to" (normalizing would leave a bare dash).
  const arrows = question.replace(/\s*(?:->|→|=>)\s*/g, " to ");
  const text = normalize(arrows);
  let out = text;
  for (const [re, to] of ALL) out = out.replace(re, to as string);
  return out === normalize(question) ? question : out;
}
