/**
 * fix7b: "what went on on june 9?", "anything happen on the 3rd of march", "what happened on
 * tuesday" with no metric named: a day asked about is a scan of that day's headline outcomes and
 * spend against their own normal, with what moved each (campaigns for spend, channels for orders
 * and traffic: the detect_anomalies tool reads drivers for a one-day scan). The overview's
 * day-against-the-day-before answered a different question: it never named the campaign that ran
 * away or said that traffic and orders vanished together.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { daysBetween } from "../../semantic/query/dates.ts";
import { frameFor } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import { settlePeriods } from "./period-settle.ts";
import type { Frame } from "./types.ts";

/** Outcomes and spend read together: they tell a tracking loss, a spend slip and a demand change apart. */
export const DAY_METRICS = ["spend", "orders", "sessions", "revenue"] as const;

/** Longest span read as "a day" (a weekend, a couple of days). */
const MAX_DAYS = 3;

/** An event asked about without a metric: "what happened", "what went on", "anything happen". */
const ASKS_EVENT =
  /\b(?:what (?:happened|went on|was going on|was happening|went down|was up|went wrong|broke|was wrong)|(?:did )?anything (?:happen|go on|going on|go wrong|break)|something happen(?:ed)?)\b(?! (?:to|with)\b)/;

/**
 * Whether the question asks what happened on a day or two, naming no metric, breakdown or filter.
 * @example asksDayDiagnosis(parse("what went on on june 9")) // true
 */
export function asksDayDiagnosis(p: ParsedQuestion): boolean {
  const period = p.time.period;
  if (!period || p.time.compare || period.from > p.today) return false;
  if (daysBetween(period.from, period.to) + 1 > MAX_DAYS) return false;
  if (p.metrics.length || p.metricAmbiguity || p.dims.dimensions.length || p.dims.filters.length)
    return false;
  return ASKS_EVENT.test(p.text);
}

/** The scan of that day's headline metrics, with their drivers. */
export function dayDiagnosisFrame(p: ParsedQuestion, catalog: Catalog, question: string): Frame {
  const frame = frameFor("anomalies", p, catalog);
  return settlePeriods({ ...frame, metrics: [...DAY_METRICS] }, p, question);
}
