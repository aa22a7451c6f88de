/**
 * fix16d: a follow-up that asks a new figure of the rows the previous ranking showed, pointing at
 * them instead of naming them: "which of those two brought more orders", "what was its spend",
 * "how many clicks did that one get", "whats their roas", "how many sends was that". Read alone
 * it named only the figure, so the answer was the figure over every row and a default period (the
 * rows and the period lost). Here the previous plan is kept whole (breakdown, filters, period, the
 * ranking that chose the rows and how many it kept) and the figure is added beside its metric; a
 * singular pointer ("that", "it", "that one") after a ranking that kept every row keeps its top
 * row only.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame, Plan } from "./types.ts";

/** Words that point back at the rows shown. */
const POINTS_BACK =
  /\b(?:those|these|them|they|their|theirs|both|its|it|that|this|that one|this one|which one|which of)\b/;
/** Words that make the pointer plural: every row kept stays. */
const PLURAL = /\b(?:those|these|them|they|their|theirs|both|two|2|three|3|four|4|five|5|each|all|ones)\b/;
/** A turn that swaps the figure or asks the answer's reasons is read elsewhere. */
const ELSEWHERE =
  /\b(?:instead|rather|not|why|how come|caused|good|bad|normal|healthy|(?:is|was) (?:that|it|this) ok(?:ay)?|trend|over time|per (?:day|week|month)|daily|weekly|monthly|chart|graph|plot|define|definition|mean|means|meaning|calculated|calculate|formula|combined|total|totals|together|altogether|sum|add up|breakdown|break down|split|target|forecast|project|if)\b/;
const ROW_INTENTS = new Set(["query", "rank"]);
/** Words that rank the rows anew or redo the previous ask. */
const RERANKS =
  /\b(?:highest|lowest|most|least|best|worst|top|bottom|biggest|smallest|largest|greatest|same|by|sort(?:ed)?|rank(?:ed)?|order(?:ed)?)\b/;

/** "the top one", "the first one", "the winner", "the #1": the ranking's top row. */
const TOP_ONE =
  /\b(?:the )?(?:top|first|best|leading|winning|highest|no 1|number one|number 1|1st) (?:one|row|result|entry|performer|pick)\b|\bthe (?:winner|leader|top|no 1|number one|number 1)\b/;

/**
 * The email figure a word names on rows of email sends: "clicks" are its email clicks, and "click
 * rate" (read as clicks, "rate" left over) its email click rate (fix20a).
 */
function emailFigure(m: string, text: string, catalog: Catalog): string {
  if (m.startsWith("email_")) return m;
  const stem = m.replace(/s$/, "");
  const rate = `email_${stem}_rate`;
  if (new RegExp(`\\b${stem}s? rates?\\b`).test(text) && catalog.metrics.has(rate)) return rate;
  return catalog.metrics.has(`email_${m}`) ? `email_${m}` : m;
}

/**
 * Whether the plan's calls are one query_metrics of the frame's rows, beside whole-business totals
 * at most (fix20a: the email ranking comes after Email's credited revenue).
 */
function oneRowsCall(previous: Plan & { kind: "tool_calls" }, prev: Frame): boolean {
  if (!previous.calls.every((c) => c.name === "query_metrics")) return false;
  const dimsOf = (c: (typeof previous.calls)[number]) =>
    ((c.args as { dimensions?: string[] }).dimensions ?? []).join();
  const rows = previous.calls.filter((c) => dimsOf(c) !== "");
  return rows.length === 1 && dimsOf(rows[0]!) === prev.dimensions.join();
}

/**
 * The previous rows with the asked figure beside theirs, or undefined when the turn is not one.
 * @example rowMetricFollowUp(parse(q), q, top3CampaignsBySpend, catalog)?.metrics // ["spend", "orders"]
 */
export function rowMetricFollowUp(
  p: ParsedQuestion,
  question: string,
  previous: Plan | undefined,
  catalog: Catalog,
): Frame | undefined {
  if (previous?.kind !== "tool_calls" || previous.then) return undefined;
  const prev = previous.frame;
  if (!oneRowsCall(previous, prev)) return undefined;
  if (!ROW_INTENTS.has(prev.intent) || prev.dimensions.length !== 1 || prev.dimensions[0] === "date")
    return undefined;
  if (prev.compare || prev.grain) return undefined;
  // The question as asked too: normalizing drops "of those two" from "which of those two ...".
  // fix20a: "the top one", "the winner" point at the ranking's top row; their ranking words are no new ranking.
  const top = TOP_ONE.test(p.text) && prev.order !== undefined && !p.orderMetric;
  const asWritten = question.toLowerCase().replace(TOP_ONE, " that one ");
  const text = p.text.replace(TOP_ONE, " that one ");
  if (!p.metrics.length || !(POINTS_BACK.test(text) || POINTS_BACK.test(asWritten))) return undefined;
  if (ELSEWHERE.test(p.text) || ELSEWHERE.test(asWritten)) return undefined;
  if (p.time.period || p.time.compare || p.dims.dimensions.length || p.dims.filters.length) return undefined;
  if (p.metricAmbiguity || p.signals.budget || p.floors.length || (p.ranking && !top) || p.orderMetric)
    return undefined;
  // A ranking of its own ("which of them got the highest open rate", "same but by roas") re-ranks.
  if (RERANKS.test(text) || RERANKS.test(asWritten)) return undefined;
  // Rows of email sends take the email figure a word names ("clicks" of an email are its email clicks).
  const onEmail = prev.dimensions[0] === "email_campaign";
  // fix20a: "its click rate" of ad rows is their click-through rate (read as clicks, "rate" left over).
  const adRate = (m: string) => (m === "clicks" && /\bclick rates?\b/.test(text) ? "ctr" : m);
  const named = p.metrics.map((m) => (onEmail ? emailFigure(m, text, catalog) : adRate(m)));
  const known = named.filter((m) => catalog.metrics.has(m));
  const asked = known.filter((m) => !prev.metrics.includes(m));
  const plural = PLURAL.test(asWritten) && !top;
  // fix20a: "what was its click rate" when the ranking showed it among others: the top row, with
  // the figure the rows were ranked by and the one asked.
  if (!asked.length && known.length && !plural && prev.order && prev.limit === undefined) {
    const metrics = [...new Set([prev.order.field, ...known])];
    return { ...prev, intent: "rank", metrics, limit: 1 };
  }
  if (!asked.length) return undefined;
  // A singular pointer names the ranking's top row; without a ranking it points at no one row.
  if (!plural && !prev.order) return undefined;
  const limit = !plural && prev.order && (prev.limit === undefined || prev.limit === 1) ? 1 : prev.limit;
  return { ...prev, intent: prev.order ? "rank" : "query", metrics: [...prev.metrics, ...asked], limit };
}
