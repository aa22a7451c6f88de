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

/**
 * fix18d: "what happened with advantage+ in mid may", "what went on with tiktok around june 9",
 * "anything happen to the brand campaign last week": an event asked of one named campaign, platform
 * or channel over a few days or weeks, naming no metric. Read as an explanation it asked which
 * metric to explain; the answer is the anomaly scan over those days for what was named (spend,
 * revenue and orders against their own normal), which finds a runaway day or a drop.
 */
const ASKS_SUBJECT_EVENT =
  /\b(?:what (?:happened|went on|was going on|was happening|went down|went wrong|was up|s up|is up|s going on|is going on|s happening)|whats (?:up|going on|happening)|(?:did )?anything (?:happen|go on|going on|go wrong|weird|odd|strange|unusual)|something (?:happen(?:ed)?|weird|odd|off|strange)|anything (?:weird|odd|off|strange|unusual) (?:happen|going on)) (?:to|with|w|on|in|for)\b/;
const SUBJECT_FIELDS = new Set(["campaign", "platform", "channel"]);
/** Longest span scanned for one named thing's event (a month). */
const MAX_SUBJECT_DAYS = 31;
const SUBJECT_METRICS = ["spend", "revenue", "orders"] as const;

/**
 * Whether the question asks what happened to a named campaign, platform or channel over a period
 * of at most a month, naming no metric or breakdown.
 * @example asksSubjectEvent(parse("what happened with advantage+ in mid may")) // true
 */
export function asksSubjectEvent(p: ParsedQuestion): boolean {
  const period = p.time.period;
  if (!period || p.time.compare || period.from > p.today) return false;
  if (daysBetween(period.from, period.to) + 1 > MAX_SUBJECT_DAYS) return false;
  if (p.metrics.length || p.metricAmbiguity || p.dims.dimensions.length) return false;
  const own = p.dims.filters.filter((f) => SUBJECT_FIELDS.has(f.field));
  if (!own.length || own.length !== p.dims.filters.length) return false;
  return ASKS_SUBJECT_EVENT.test(p.text);
}

/** The anomaly scan over the period for what was named. */
export function subjectEventFrame(p: ParsedQuestion, catalog: Catalog, question: string): Frame {
  const frame = frameFor("anomalies", p, catalog);
  // A channel or platform keeps the scan's usual measures (sessions and conversion rate included);
  // a campaign has spend, revenue and orders of its own.
  const campaign = p.dims.filters.some((f) => f.field === "campaign");
  return settlePeriods(campaign ? { ...frame, metrics: [...SUBJECT_METRICS] } : frame, p, question);
}
