/**
 * fix18e: a rate or count that fell over a named period, and why ("paid social conversions tanked in
 * august, why?", "cvr crashed in march - what happened", "why did our orders nosedive last month").
 * Read as "stopped working" it was the channel's weekly revenue and spend with no cause; the answer
 * is the explanation of the metric that fell against the period before: its drivers, the run of
 * days it broke and what held steady around it (the explain tool). Conversions that fall are read as
 * the conversion rate, whose break points at the site rather than the ads.
 *
 * Then "how much revenue did that cost us" after such an answer (or after a scan) is what the drop
 * cost: the incident-cost scan over the same period and filters, whose answer gives the orders and
 * revenue lost against the rate on the days around it, said as an estimate.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { daysBetween } from "../../semantic/query/dates.ts";
import { incidentCostFrame } from "./incident-cost-intent.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame } from "./types.ts";

/** A metric said to fall hard, with the metric it names. */
const FELL =
  /\b(conversions?|conversion rates?|cvr|conv rate|orders|sales|purchases|revenue)\b(?: (?:have|has|had|just|really|totally|completely))? (?:tanked|tanking|crashed|crashing|cratered|collapsed|plunged|plummeted|nosedived|nose dived|nosedive|fell off a cliff|dropped off a cliff|fell apart|died|dropped|fell|dipped|sank|slumped|went down)\b|\b(?:why|how come) (?:did|do|have|has|are|were|was|is)? ?(?:our |the )?(?:[a-z]+ ){0,3}?(conversions?|conversion rates?|cvr|conv rate|orders|sales|purchases|revenue) (?:tank|crash|crater|collapse|plunge|plummet|nosedive|nose dive|fall apart|die)\b/;

/** The shortest period read this way (a month, February's 28 days). */
const MIN_DAYS = 28;

/** Asking for a cause: "why", "what happened", "what caused it". */
const WHY =
  /\b(?:why|how come|what happened|what caused|what s behind|what is behind|whats behind|what went wrong|reason|cause|explain)\b/;

/** The metric a fallen word names: conversions as the conversion rate, sales as revenue. */
function metricOf(word: string): string {
  if (/^(?:conversion|cvr|conv)/.test(word)) return "conversion_rate";
  if (word === "orders" || word === "purchases") return "orders";
  return "revenue";
}

/**
 * The metric to explain when the question says one fell hard over a named period and asks why.
 * @example readIncidentWhy(parseQuestion("paid social conversions tanked in august, why?", ctx)) // "conversion_rate"
 * @example readIncidentWhy(parseQuestion("did paid social stop working?", ctx)) // undefined
 */
export function readIncidentWhy(p: ParsedQuestion): string | undefined {
  const period = p.time.period;
  // A month or longer: a day or a week that fell is that stretch's diagnosis (day-diagnosis, scans).
  if (
    !period ||
    daysBetween(period.from, period.to) < MIN_DAYS - 1 ||
    period.from > p.today ||
    p.time.compare
  )
    return undefined;
  const m = FELL.exec(p.text);
  if (!m || !WHY.test(p.text)) return undefined;
  return metricOf((m[1] ?? m[2])!);
}

/** What it cost: money or orders lost, missed or set back. */
const COST =
  /\b(?:cost|costs|costed|set (?:us|me) back|lose|lost|losing|loss|losses|miss|missed|shortfall|damage|dent|impact|hit)\b/;
/** The drop the previous answer showed, pointed back at. */
const THAT =
  /\b(?:that|it|this|the (?:drop|dip|decline|fall|slump|break|issue|problem|outage|bug|incident|crash|tank\w*|collapse))\b|\b(?:(?:did|do|have|would) )?we (?:lose|lost|miss|missed)\b/;
/** An amount asked. */
const AMOUNT =
  /\b(?:how (?:much|many)|what (?:did|was|is|s|were|would)|estimate\w*|quantify|size|roughly|ballpark)\b/;
/** The previous question told of something that broke or fell. */
const PREVIOUS_DROP =
  /\b(?:tank\w*|crash\w*|cratered|collapsed|plunged|plummeted|nose ?dived?|dropped|drop|fell|dip\w*|broke|broken|bug|outage|down)\b/;

/**
 * The previous turn's drop when this turn asks what it cost ("how much revenue did that cost us"):
 * a previous explanation or scan, or a previous question that told of a fall.
 * @example readDropCost(parseQuestion("how much revenue did that cost us", ctx), explainFrame, "...") // explainFrame
 */
export function readDropCost(
  p: ParsedQuestion,
  previous: Frame | undefined,
  previousQuestion: string | undefined,
): Frame | undefined {
  if (!previous?.period || !COST.test(p.text) || !THAT.test(p.text) || !AMOUNT.test(p.text)) return undefined;
  // A new period, subject or breakdown makes it another question.
  if (p.time.period || p.dims.filters.length || p.dims.dimensions.length) return undefined;
  // One day's scan ("what happened on september 9", then "how much revenue did we lose that day")
  // is that day's figure against its normal (analysis-follow-up.ts), not a stretch's cost.
  if (previous.period.from === previous.period.to) return undefined;
  const dropped =
    previous.intent === "explain" ||
    previous.intent === "anomalies" ||
    PREVIOUS_DROP.test((previousQuestion ?? "").toLowerCase());
  return dropped && previous.period.from <= p.today ? previous : undefined;
}

/** The incident-cost scan over the previous turn's period and filters. */
export function dropCostFrame(p: ParsedQuestion, previous: Frame, catalog: Catalog, question: string): Frame {
  const scoped: ParsedQuestion = {
    ...p,
    time: { ...p.time, period: previous.period, compare: undefined },
    dims: { ...p.dims, filters: previous.filters },
  };
  return incidentCostFrame(scoped, catalog, question);
}
