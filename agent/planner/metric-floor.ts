/**
 * A threshold on a metric stated in a ranking or breakdown ("only ones that spent at least $1k",
 * "campaigns with over $500 spend", "channels with more than 20 orders"): a metric filter on the
 * rows (applied after aggregation), which follow-ups keep because it lives in the frame. Without
 * it the ranking leads with small campaigns the asker ruled out.
 *
 * leftC: amounts in every form a marketer types ("$1k", "1.5K", "$1,000", "1000 bucks", "2 grand"),
 * ceilings as well as floors ("under $500 spend", "$300 or less in spend"), with or without "with"
 * before them, and counts of impressions, clicks and sessions ("over 50k impressions"). A verb's
 * bound ("got over 50k") belongs to the noun after it when one follows, not to the verb's metric.
 */
import { consume } from "./normalize.ts";
import type { MetricFloor } from "./types.ts";

const NUMBER = String.raw`\$?(?<n>\d+(?:\.\d+)?)\s?(?<unit>k|m|mm|thousand|grand)?(?:\s?(?:dollars?|usd|bucks|x))?`;
const AT_LEAST = `at least|over|more than|above|greater than|higher than|upwards of|in excess of|no less than|a minimum of|minimum of|min(?:imum)?|>=|>`;
const AT_MOST = `at most|under|less than|below|lower than|fewer than|no more than|a maximum of|maximum of|max(?:imum)?|<=|<`;
const BOUND = `(?<bound>${AT_LEAST}|${AT_MOST})`;
/** A bound written after the amount: "$500 or more", "300 or less", "50 orders minimum". */
const TAIL_AT_LEAST = `min(?:imum)?|or more|or above|or higher|and up|and above|at least|plus`;
const TAIL_AT_MOST = `max(?:imum)?|or less|or fewer|or below|or under|and under|and below|at most`;
const TAIL = `(?<tail>${TAIL_AT_LEAST}|${TAIL_AT_MOST})`;

/** The metrics a threshold may be stated on, by the words that name them. */
const COUNT_VERBS = "got|had|received|generated|drove|served|delivered|earned|racked up|saw";
const METRIC_WORDS: readonly { metric: string; verb: string; noun: string; nounAfterVerb?: boolean }[] = [
  {
    metric: "spend",
    verb: "spent|spend|spending|spends|cost|costing",
    noun: "(?:ad )?spend|(?:ad )?spent|budget|cost",
  },
  { metric: "revenue", verb: "made|making|generated|brought in|earned|drove", noun: "revenue|sales" },
  { metric: "orders", verb: "got|had|drove", noun: "orders|purchases|conversions" },
  // A count's verb is read only with its noun after the amount ("got over 50k impressions").
  { metric: "impressions", verb: COUNT_VERBS, noun: "impressions|imps", nounAfterVerb: true },
  { metric: "clicks", verb: COUNT_VERBS, noun: "clicks", nounAfterVerb: true },
  { metric: "sessions", verb: COUNT_VERBS, noun: "sessions|visits", nounAfterVerb: true },
  // fix16c: ratios stated as a bound after their name ("where roas > 2", "cpa under $100", "cpc
  // at most 1.5"); no verb reads them ("(?!)" never matches).
  { metric: "roas", verb: "(?!)", noun: "roas|return on ad spend" },
  { metric: "cpa", verb: "(?!)", noun: "cpa|cost per acquisition|cost per order" },
  { metric: "cpc", verb: "(?!)", noun: "cpc|cost per click" },
  // fix12b: "only states with 100+ customers", "regions with at least 50 buyers".
  {
    metric: "customers",
    verb: COUNT_VERBS,
    noun: "customers|buyers|shoppers|purchasers",
    nounAfterVerb: true,
  },
];
/** Ratios: a bound on them is a filter only inside a WHERE or HAVING clause. */
const RATIOS: ReadonlySet<string> = new Set(["roas", "cpa", "cpc"]);
const ROWS_BEFORE = /\b(?:where|having)\b/;

/** Every other metric's nouns: a bound followed by one of them is on that metric. */
const otherNouns = (metric: string) =>
  METRIC_WORDS.filter((w) => w.metric !== metric)
    .map((w) => w.noun)
    .join("|");

/** "$1k" -> 1000; "2.5k" -> 2500; "2 grand" -> 2000. */
function amount(n: string, unit: string | undefined): number {
  const thousands = unit === "k" || unit === "thousand" || unit === "grand";
  const scale = thousands ? 1e3 : unit === "m" || unit === "mm" ? 1e6 : 1;
  return Number(n) * scale;
}

const STRICT = new Set([">", "<", "over", "more than", "above", "greater than", "higher than"]);
const STRICT_BELOW = new Set(["under", "less than", "below", "lower than", "fewer than"]);

function opOf(bound: string): MetricFloor["op"] {
  if (new RegExp(`^(?:${AT_LEAST}|${TAIL_AT_LEAST})$`).test(bound)) return STRICT.has(bound) ? "gt" : "gte";
  return bound === "<" || STRICT_BELOW.has(bound) ? "lt" : "lte";
}

/**
 * fix14d: a threshold stated as what to leave out ("ignore anything that spent under 500", "skip
 * campaigns with less than $1k spend", "excluding ones below 300 in spend") keeps the other side:
 * spend >= 500. Read as written it kept exactly the rows the asker ruled out.
 */
const EXCLUDE_VERB =
  "ignor(?:e|ing)|exclud(?:e|ing)|leav(?:e|ing) out|left out|skip(?:ping)?|drop(?:ping)?|filter(?:ing)? out|remov(?:e|ing)|tak(?:e|ing) out|cut(?:ting)? out|not counting|do not count|dont count|disregard(?:ing)?|throw(?:ing)? out|toss(?:ing)?|omit(?:ting)?|except(?: for)?|but not|minus|get rid of|rule out|ruling out|lose";
/** Words between the verb and the threshold: "anything that", "the campaigns with", "all ones w/". */
const EXCLUDE_FILLER =
  "anything|any|all|everything|stuff|things?|ones?|those|the|any of the|campaigns?|channels?|platforms?|sources?|rows?|ads?|ad sets?|states?|regions?|emails?|that|which|who|with|where|having|whose|have|has|had|did|was|were|is|are";
const EXCLUDED = new RegExp(`\\b(?:${EXCLUDE_VERB})\\s+(?:(?:${EXCLUDE_FILLER})\\s+){0,4}$`);
const INVERSE: Record<MetricFloor["op"], MetricFloor["op"]> = { gt: "lte", gte: "lt", lt: "gte", lte: "gt" };

/** The threshold at `at` is what the question leaves out (an exclusion verb just before it). */
function excludedBefore(text: string, at: number): boolean {
  return EXCLUDED.test(text.slice(Math.max(0, at - 60), at));
}

/** The patterns that state a threshold on one metric, most specific first. */
function patternsFor(metric: string, verb: string, noun: string, nounAfterVerb: boolean): RegExp[] {
  const own = `(?:${noun})`;
  // "that spent at least $1k", "spending over 500", "only ones that spent more than $1,000"; not
  // "got over 50k impressions" (that bound is on the noun after it).
  const nounAfter = `(?:\\s+(?:(?:in|of)\\s+)?${own}\\b)${nounAfterVerb ? "" : "?"}`;
  const patterns = [
    new RegExp(
      `\\b(?:${verb})\\s+${BOUND}\\s+${NUMBER}${nounAfter}(?=\\s|$)(?!\\s+(?:(?:in|of)\\s+)?(?:${otherNouns(metric)})\\b)`,
    ),
    // "with over $500 spend", "under 1k spend", "(min 50 orders)", "less than 1000 dollars spent"
    // fix5a: chat shorthand "w/" for with ("only ones w/ at least $1k spend").
    new RegExp(
      `(?<=^|\\s|\\()(?:(?:with|having|and|w\\s?/)\\s+)?${BOUND}\\s+${NUMBER}\\s+(?:(?:in|of)\\s+)?${own}\\b`,
    ),
    // "with spend over $500", "where spend is at least 1k", "spend > 1000"
    new RegExp(`\\b${own}\\s+(?:is\\s+|was\\s+|of\\s+)?${BOUND}\\s+${NUMBER}(?=\\s|$)`),
    // "min spend $2k", "max spend of 500"
    new RegExp(`\\b(?<bound>min(?:imum)?|max(?:imum)?)\\s+${own}\\s+(?:of\\s+)?${NUMBER}(?=\\s|$)`),
    // fix7a: "50 orders minimum", "50 orders or more"; "$300 or less in spend", "spend of $1,250 or more"
    new RegExp(`(?<=^|\\s|\\()${NUMBER}\\s+${own}\\s+${TAIL}\\b`),
    new RegExp(`(?<=^|\\s|\\()${NUMBER}\\s+${TAIL}\\s+(?:(?:in|of)\\s+)?${own}\\b`),
    new RegExp(`\\b${own}\\s+(?:of\\s+)?${NUMBER}\\s+${TAIL}\\b`),
    // "$1k+ spend", "1000+ in spend"
    new RegExp(`(?<=^|\\s)(?:with\\s+)?${NUMBER}\\s?\\+\\s+(?:(?:in|of)\\s+)?${own}\\b`),
    // para15: "only ones that spent 500+", "spending $2k+": the verb, then the amount and a plus.
    ...(nounAfterVerb ? [] : [new RegExp(`\\b(?:${verb})\\s+${NUMBER}\\s?\\+(?=\\s|$)`)]),
  ];
  return patterns;
}

/**
 * The thresholds a question states on its rows, and the text with their words taken out (so
 * "$1k" is not read as a budget or "spent" as another question).
 * @example readMetricFloors("top campaigns by roas that spent at least $1k").floors // [{ field: "spend", op: "gte", value: 1000 }]
 */
export function readMetricFloors(text: string): { floors: MetricFloor[]; rest: string } {
  const floors: MetricFloor[] = [];
  let rest = text;
  for (const { metric, verb, noun, nounAfterVerb } of METRIC_WORDS) {
    const range = readRange(rest, metric, verb, noun, nounAfterVerb ?? false);
    if (range) {
      floors.push(...range.floors);
      rest = range.rest;
      continue;
    }
    for (const re of patternsFor(metric, verb, noun, nounAfterVerb ?? false)) {
      const m = re.exec(rest);
      if (!m?.groups) continue;
      // A ratio's bound filters rows only in a WHERE or HAVING clause ("campaigns where roas > 2");
      // "is cpa over 100 too high" asks about the figure, "campaigns under 2x roas, pause them?" a pause rule.
      if (RATIOS.has(metric) && !ROWS_BEFORE.test(rest.slice(0, m.index))) continue;
      const bound = m.groups.bound || m.groups.tail || "at least";
      const value = amount(m.groups.n!, m.groups.unit);
      if (!Number.isFinite(value) || value <= 0) continue;
      const op = opOf(bound);
      floors.push({ field: metric, op: excludedBefore(rest, m.index) ? INVERSE[op] : op, value });
      rest = consume(rest, { start: m.index, end: m.index + m[0].length });
      break;
    }
  }
  return { floors, rest };
}

/** The second amount of a range, with its own group names. */
const NUMBER_TO = NUMBER.replace("(?<n>", "(?<n2>").replace("(?<unit>", "(?<unit2>");

/**
 * A range on one metric ("spend between $500 and $1k", "that spent between 500 and 1000"): a
 * floor and a ceiling, both inclusive, the smaller amount first whatever the order written.
 */
function readRange(
  text: string,
  metric: string,
  verb: string,
  noun: string,
  nounAfterVerb: boolean,
): { floors: MetricFloor[]; rest: string } | undefined {
  const own = `(?:${noun})`;
  const between = `between\\s+${NUMBER}\\s+(?:and|to|-)\\s+${NUMBER_TO}`;
  const nounAfter = `(?:\\s+(?:(?:in|of)\\s+)?${own}\\b)${nounAfterVerb ? "" : "?"}`;
  const patterns = [
    // "that spent between 500 and 1k", "got between 10k and 20k impressions"
    new RegExp(
      `\\b(?:${verb})\\s+${between}${nounAfter}(?=\\s|$)(?!\\s+(?:(?:in|of)\\s+)?(?:${otherNouns(metric)})\\b)`,
    ),
    // "spend between $500 and $1k", "with between 100 and 300 orders"
    new RegExp(`\\b${own}\\s+(?:is\\s+|was\\s+|of\\s+)?${between}(?=\\s|$)`),
    new RegExp(`\\b(?:(?:with|having)\\s+)?${between}\\s+(?:(?:in|of)\\s+)?${own}\\b`),
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    if (!m?.groups) continue;
    const a = amount(m.groups.n!, m.groups.unit);
    const b = amount(m.groups.n2!, m.groups.unit2);
    if (!Number.isFinite(a) || !Number.isFinite(b) || a === b) continue;
    return {
      floors: [
        { field: metric, op: "gte", value: Math.min(a, b) },
        { field: metric, op: "lte", value: Math.max(a, b) },
      ],
      rest: consume(text, { start: m.index, end: m.index + m[0].length }),
    };
  }
  return undefined;
}

/**
 * "0 conversions", "no orders", "zero sales", "without a single purchase", "not one order"; fix21e:
 * "didn't get any sales", "never made a sale", "sold nothing", "converted zero".
 */
const ZERO_RESULT =
  /\b(?:(?:but|and|yet|while|still)\s+)?(?:(?:got|get|gets|getting|had|has|have|having|drove|drive|driving|brought|bringing|produced|generated|with)\s+)?(?:no|zero|0|nil|not (?:a )?single|not one|not any|without(?: a single| any| one)?)\s+(?:(?:tracked|attributed)\s+)?(?:orders?|conversions?|sales?|purchases?|results?|transactions?)\b|\b(?:(?:but|and|yet|while|still)\s+)?(?:(?:did not|didnt|didn t|does not|doesnt|has not|have not|had not|never)\s+(?:get|got|gotten|have|had|make|made|drive|drove|bring in|brought in|produce|produced|generate|generated)\s+(?:any|a single|one|a)\s+(?:(?:tracked|attributed)\s+)?(?:orders?|conversions?|sales?|purchases?|transactions?)|(?:sold|sells|selling|converted|converting|made|returned)\s+(?:nothing|zero|none|not a thing|0)(?:\s+(?:at all|back))?)\b/;
/** Money put in, said beside the missing result ("burned budget", "spent money", "still spending"). */
const SPENT =
  /\b(?:(?:but|and|yet|while|still|despite|although|even though|in spite of)\s+)?(?:(?:the|their|its|some|having)\s+)?(?:burn(?:ed|t|ing|s)?|wast(?:ed|ing|es)?|blew|blow(?:ing)?|spen(?:t|d|ding|ds)|eat(?:ing)?|ate)(?:\s+(?:through|up))?(?:\s+(?:the|our|their|its|a lot of|some|real))?(?:\s+(?:ad\s+)?(?:budget|money|cash|spend|dollars))?\b|\bwith (?:ad )?spend\b/;

/**
 * fix17f: rows with nothing to show for their money ("campaigns that burned budget with 0
 * conversions", "which campaigns spent but got no orders"): a ceiling of zero orders and, when
 * a floor above zero spend, when money is said to have gone in. The money words are taken out of the
 * question with the result's, so "budget" reads as spent money, not as a budget plan.
 * @example readZeroResult("campaigns that burned budget with 0 conversions").floors // [{ field: "orders", op: "lte", value: 0 }, { field: "spend", op: "gt", value: 0 }]
 */
export function readZeroResult(text: string): { floors: MetricFloor[]; rest: string } {
  const m = ZERO_RESULT.exec(text);
  if (!m) return { floors: [], rest: text };
  const rest = consume(text, { start: m.index, end: m.index + m[0].length });
  // Without money said to have gone in ("which campaigns have zero orders"), every row from the
  // fewest orders answers (fix15e): rows that never ran have no orders either.
  const spent = SPENT.exec(rest);
  if (!spent) return { floors: [], rest: text };
  return {
    floors: [
      { field: "orders", op: "lte", value: 0 },
      { field: "spend", op: "gt", value: 0 },
    ],
    rest: consume(rest, { start: spent.index, end: spent.index + spent[0].length }),
  };
}
