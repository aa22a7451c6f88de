/**
 * A threshold on a metric stated in a ranking or breakdown ("only ones that spent at least $1k",
 * "campaigns with over $500 spend", "channels with more than 20 orders"): a metric filter on the
 * rows (applied after aggregation), which follow-ups keep because it lives in the frame. Without
 * it the ranking leads with small campaigns the asker ruled out.
 */
import { consume } from "./normalize.ts";
import type { MetricFloor } from "./types.ts";

const NUMBER = String.raw`\$?(\d+(?:\.\d+)?)\s?(k|m|thousand|grand)?(?:\s?(?:dollars?|usd|bucks))?`;
const AT_LEAST = `at least|over|more than|above|upwards of|in excess of|no less than|a minimum of|minimum of|min(?:imum)?|>=|>`;
const AT_MOST = `at most|under|less than|below|no more than|a maximum of|maximum of|max(?:imum)?|<=|<`;
const BOUND = `(${AT_LEAST}|${AT_MOST})`;

/** The metrics a threshold may be stated on, by the words that name them. */
const METRIC_WORDS: readonly { metric: string; verb: string; noun: string }[] = [
  {
    metric: "spend",
    verb: "spent|spend|spending|spends|cost|costing",
    noun: "(?:ad )?spend|(?:ad )?spent|budget|cost",
  },
  { metric: "revenue", verb: "made|making|generated|brought in|earned|drove", noun: "revenue|sales" },
  { metric: "orders", verb: "got|had|drove", noun: "orders|purchases|conversions" },
];

/** "$1k" -> 1000; "2.5k" -> 2500. */
function amount(n: string, unit: string | undefined): number {
  const scale = unit === "k" || unit === "thousand" || unit === "grand" ? 1e3 : unit === "m" ? 1e6 : 1;
  return Number(n) * scale;
}

function opOf(bound: string): MetricFloor["op"] {
  const atLeast = new RegExp(`^(?:${AT_LEAST})$`).test(bound);
  if (atLeast)
    return bound === ">" || bound === "over" || bound === "more than" || bound === "above" ? "gt" : "gte";
  return bound === "<" || bound === "under" || bound === "less than" || bound === "below" ? "lt" : "lte";
}

/**
 * The thresholds a question states on its rows, and the text with their words taken out (so
 * "$1k" is not read as a budget or "spent" as another question).
 * @example readMetricFloors("top campaigns by roas that spent at least $1k").floors // [{ field: "spend", op: "gte", value: 1000 }]
 */
export function readMetricFloors(text: string): { floors: MetricFloor[]; rest: string } {
  const floors: MetricFloor[] = [];
  let rest = text;
  for (const { metric, verb, noun } of METRIC_WORDS) {
    const patterns = [
      // "that spent at least $1k", "spending over 500", "only ones that spent more than $1,000"
      new RegExp(`\\b(?:${verb})\\s+${BOUND}\\s+${NUMBER}(?=\\s|$)`),
      // "with over $500 spend", "with at least $1k in spend", "with more than 20 orders"
      // fix5a: chat shorthand "w/" for with ("only ones w/ at least $1k spend").
      new RegExp(
        `\\b(?:with|having|and|w\\s?/)\\s+${BOUND}\\s+${NUMBER}\\s+(?:(?:in|of)\\s+)?(?:${noun})\\b`,
      ),
      // "with spend over $500", "where spend is at least 1k", "min spend $2k", "spend > 1000"
      new RegExp(`\\b(?:${noun})\\s+(?:is\\s+|was\\s+|of\\s+)?${BOUND}\\s+${NUMBER}(?=\\s|$)`),
      new RegExp(`\\b(min(?:imum)?|max(?:imum)?)\\s+(?:${noun})\\s+(?:of\\s+)?${NUMBER}(?=\\s|$)`),
      // fix7a: a floor in an aside, no "with" before it: "(min 50 orders)", "minimum of 20
      // purchases", "at least $500 spend", "50 orders minimum", "50 orders or more".
      new RegExp(
        `(?:^|\\s|\\()(min(?:imum)?|at least|a minimum of|minimum of|no less than)\\s+${NUMBER}\\s+(?:(?:in|of)\\s+)?(?:${noun})\\b`,
      ),
      new RegExp(
        `(?:^|\\s|\\()()${NUMBER}\\s+(?:${noun})\\s+(?:min(?:imum)?|or more|and up|at least|plus)\\b`,
      ),
      // "$1k+ spend", "1000+ in spend"
      new RegExp(`(?:^|\\s)(?:with\\s+)?()${NUMBER}\\s?\\+\\s+(?:(?:in|of)\\s+)?(?:${noun})\\b`),
    ];
    for (const re of patterns) {
      const m = re.exec(rest);
      if (!m) continue;
      const bound = m[1] || "at least";
      const value = amount(m[2]!, m[3]);
      if (!Number.isFinite(value) || value <= 0) continue;
      floors.push({ field: metric, op: opOf(bound), value });
      rest = consume(rest, { start: m.index, end: m.index + m[0].length });
      break;
    }
  }
  return { floors, rest };
}
