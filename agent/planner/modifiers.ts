/**
 * Query modifiers: trends and their time bucket ("daily", "over time", "by week") and rankings
 * ("top 5", "worst 3", "which channel has the highest").
 */

import type { Grain } from "../../semantic/query/types.ts";
import { consume } from "./normalize.ts";
import { countPattern, countValue } from "./number-words.ts";

const GRAIN_RULES: ReadonlyArray<{ re: RegExp; grain?: Grain }> = [
  {
    re: /\b(?:daily|per day|by day|each day|day by day|every day|by date|per date|day to day|into (?:calendar )?days)\b/,
    grain: "day",
  },
  {
    re: /\b(?:weekly|per week|by week|each week|week by week|every week|by iso week|into (?:calendar )?(?:weeks|wks)|per wk|by wk|wk by wk)\b/,
    grain: "week",
  },
  {
    re: /\b(?:monthly|per month|by month|each month|month by month|every month|into (?:calendar )?months)\b/,
    grain: "month",
  },
  {
    re: /\b(?:quarterly|per quarter|by quarter|each quarter|quarter by quarter|into quarters)\b/,
    grain: "quarter",
  },
  { re: /\b(?:yearly|annually|annual|per year|by year|each year|year by year)\b/, grain: "year" },
  // fix17c: the direction asked as a clause: "what has cvr been doing", "which way is aov heading",
  // "where are orders headed", "the trajectory of signups": a series with its direction.
  {
    re: /(?<=\bwhats? (?:is |has |have |are )?(?:[\w-]+ ){1,5}?)been (?:doing|doin|up to)\b|(?<=\bwhich (?:way|direction) (?:is|are|has|have) (?:[\w-]+ ){0,5}?)(?:going|heading|headed|moving|trending|been going)\b|(?<=\bwhere (?:is|are) (?:[\w-]+ ){1,5}?)(?:heading|headed)\b|\btrajector(?:y|ies)\b/,
  },
  {
    re: /\b(?:over time|trends?|trending|trendline|time series|timeseries|evolution|evolve|evolved|progression|history|historical|line chart|line graph|(?<!\b(?:pie|bar|donut|doughnut|column|share|stacked|scatter) )chart|trended|(?<!\b(?:pie|bar|donut|doughnut|column|share|stacked|scatter) )graph|^(?:(?:can you|could you|pls|please) )?plot(?!(?:\s+[\w-]+){1,4}\s+(?:against|vs\.?|versus)\b))\b/,
  },
];

/** A bucket named outright ("by month", "per week", "each day"), not an adjective ("monthly"). */
// fix17b: "split it into weeks" names the bucket too.
const EXPLICIT_BUCKET = /^(?:per|by|each|every|into) /;

/**
 * Every grain the text names, in rule order (day first): "avg daily spend by month" names day and
 * month; the daily average reads the coarser one as its series.
 */
export function grainsNamed(text: string): Grain[] {
  return GRAIN_RULES.flatMap((r) => (r.grain && r.re.test(text) ? [r.grain] : []));
}

/** A trend request: whether the question asks for one and at what grain (undefined: choose by range). */
export interface TrendRequest {
  trend: boolean;
  grain?: Grain | undefined;
}

/**
 * Find trend words and mask them.
 * @example extractTrend("revenue daily last month").grain // "day"
 */
export function extractTrend(text: string): TrendRequest & { rest: string } {
  let rest = text;
  let trend = false;
  let grain: Grain | undefined;
  // fix6c: "by month", "each week" name the bucket outright; an adjective ("weekly", "daily") may
  // be part of a name ("the weekly newsletter by month"), so it sets the grain only when no
  // explicit bucket does.
  const explicit = GRAIN_RULES.find(
    (r) => r.grain && EXPLICIT_BUCKET.test(r.re.exec(text)?.[0] ?? ""),
  )?.grain;
  for (const rule of GRAIN_RULES) {
    const m = rule.re.exec(rest);
    if (!m) continue;
    trend = true;
    grain ??= explicit ?? rule.grain;
    rest = consume(rest, { start: m.index, end: m.index + m[0].length });
  }
  return { trend, grain, rest };
}

/** A grain that gives a readable chart for a range of `days` days. */
export function autoGrain(days: number): Grain {
  return days <= 45 ? "day" : days <= 200 ? "week" : "month";
}

/**
 * fix20b: a window counted in months or quarters ("last 6 months", "past 2 quarters", "6mo") is
 * watched month by month: half a year by week was 26 points where the ask counted in months.
 * Shorter windows (3-5 months) keep the chart grain of their length.
 * @example countedMonthsGrain("last 6 months") // "month"
 * @example countedMonthsGrain("last 3 months") // undefined
 */
export function countedMonthsGrain(label: string): Grain | undefined {
  const m =
    /\b(?:last|past|previous|prior|trailing) (\d{1,2}) (?:(?:full|complete|whole|entire|calendar) )?(months?|quarters?)\b/.exec(
      label,
    );
  if (!m) return undefined;
  const months = Number(m[1]) * (m[2]!.startsWith("quarter") ? 3 : 1);
  return months >= 6 ? "month" : undefined;
}

/** How results should be ranked; "best"/"worst" depend on whether the metric is better higher. */
export interface Ranking {
  direction: "asc" | "desc" | "best" | "worst";
  limit?: number | undefined;
}

const NUM = `(${countPattern()})`;
const DIRECTIONS: Record<string, Ranking["direction"]> = {
  top: "desc",
  highest: "desc",
  biggest: "desc",
  largest: "desc",
  most: "desc",
  greatest: "desc",
  leading: "desc",
  max: "desc",
  maximum: "desc",
  bottom: "asc",
  lowest: "asc",
  smallest: "asc",
  least: "asc",
  fewest: "asc",
  min: "asc",
  minimum: "asc",
  cheapest: "asc",
  best: "best",
  strongest: "best",
  "best performing": "best",
  "top performing": "best",
  "most efficient": "best",
  "highest performing": "best",
  worst: "worst",
  weakest: "worst",
  "worst performing": "worst",
  underperforming: "worst",
  "least efficient": "worst",
  "lowest performing": "worst",
  poorest: "worst",
};
const DIRECTION_WORDS = Object.keys(DIRECTIONS)
  .sort((a, b) => b.length - a.length)
  .join("|");

const toNum = (s: string) => countValue(s) ?? 1;

/** fix14c: a breakdown asked in its own words ("by channel", "for each platform"), beside a "which is". */
const BREAKDOWN_ASKED =
  /\b(?:by|per|for each|for every|across(?: all)?(?: the)?|each|every|broken down by|split by) (?:channel|platform|campaign|source|objective)s?\b/;

/**
 * Find "top 5", "5 best", "the worst", "highest"; `plural` says whether the noun after is plural
 * (which decides between one answer and a ranked list when no number is given).
 * @example extractRanking("top 5 campaigns by roas").ranking // { direction: "desc", limit: 5 }
 */
export function extractRanking(text: string): { ranking?: Ranking | undefined; rest: string } {
  const before = new RegExp(`\\b(${DIRECTION_WORDS})(?:\\s+${NUM})?\\b`).exec(text);
  const after = new RegExp(`\\b${NUM}\\s+(${DIRECTION_WORDS})\\b`).exec(text);
  const useAfter = after && !before?.[2];
  const m = useAfter ? after : before;
  if (!m) return { rest: text };
  const [word, num] = useAfter ? [m[2]!, m[1]] : [m[1]!, m[2]];
  const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
  const singular =
    /^\s+(?:[a-z]+\s+)?(?:channel|platform|campaign|source|objective|newsletter|email campaign|ad|one)\b(?!s)/.test(
      tail,
    ) || /^\s+(?:is|was)\b/.test(tail);
  const whichOne =
    // ("which channel sequences": "channel" qualifies a plural noun, so a list is wanted.)
    /\b(?:which|what)\s+(?:[a-z]+\s+)?(?:channel|platform|campaign|source|objective)\b(?!s)(?!\s+(?:sequences|paths|journeys|combinations|mixes|orders|pairs))/.test(
      text,
    ) ||
    /\bthe\s+(?:[a-z]+\s+)?(?:channel|platform|campaign|source|objective|ad)\s+(?:with|that|which|having|where|whose)\b/.test(
      text,
    );
  // "which three campaigns brought in the most", "the two channels with the least": the count
  // sits on the noun, not next to the superlative.
  const counted = new RegExp(
    `\\b${NUM}\\s+(?:[a-z]+\\s+){0,2}?(?:campaigns|channels|platforms|sources|objectives|newsletters|ads|email campaigns)\\b`,
  ).exec(text)?.[1];
  // fix14c: "cpm by channel, and which is cheapest": the whole breakdown was asked, the verdict
  // names its first row; one row alone dropped the list.
  const listAsked = BREAKDOWN_ASKED.test(text);
  // para24: "which campaigns have the highest roas this year? top five": a count said apart from
  // the superlative, after it ("top 5" or "bottom 3" at the end), is the list's length.
  const apart = num
    ? undefined
    : new RegExp(
        `\\S\\s*[?,;:.-]?\\s+(?:just |only |the )?(?:top|bottom) ${NUM}(?: only| please| pls)?\\s*[?.!]?$`,
      ).exec(text)?.[1];
  const limit = num
    ? toNum(num)
    : counted || apart
      ? toNum((counted ?? apart)!)
      : (singular || whichOne) && !listAsked
        ? 1
        : word === "top" || word === "bottom"
          ? 10
          : undefined;
  return {
    ranking: { direction: DIRECTIONS[word]!, limit },
    rest: consume(text, { start: m.index, end: m.index + m[0].length }),
  };
}

/**
 * How sensitive an anomaly scan should be, when the question says ("with high sensitivity",
 * "be more sensitive"); undefined leaves the tool's default.
 * @example extractSensitivity("scan sessions with high sensitivity") // "high"
 */
export function extractSensitivity(text: string): "low" | "medium" | "high" | undefined {
  const m =
    /\b(high|higher|low|lower|medium|normal)\s+sensitivity\b|\bsensitivity\s+(?:of\s+|at\s+|to\s+|set to\s+|is\s+)?(high|low|medium|normal)\b|\b(more|very|less|highly|extra)\s+sensitive\b/.exec(
      text,
    );
  if (!m) return undefined;
  const w = (m[1] ?? m[2] ?? m[3])!;
  if (/^(?:high|higher|more|very|highly|extra)$/.test(w)) return "high";
  if (/^(?:low|lower|less)$/.test(w)) return "low";
  return "medium";
}
