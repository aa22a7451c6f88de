/**
 * Follow-ups to an analysis that is not a metric query (customer journeys, cohorts), and to a ranked
 * list: "collapse repeats, just top 5" after the top paths, "what about at 180 days only" after a
 * cohort table, "and how much did each spend" after the top campaigns by revenue, "now same for
 * sept and what changed" after a breakdown. Their words are the analysis's own options (a horizon,
 * repeats, a row count) or point back at the rows already shown, so they refine the previous
 * answer; read as new questions they became a period ("180 days"), a catalog search
 * ("collapse repeats") or another ranking (the top campaigns by spend, a different list).
 */
import { cohortHorizonIn } from "./cohort-intent.ts";
import { onlyCustomerType, splitsByCustomerType } from "./journey-intent.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame } from "./types.ts";

/** "collapse repeats", "without repeats", "keep repeated touches", "every touch". */
const COLLAPSE =
  /\b(?:collapse\w*|dedupe\w*|merge\w*|combine\w*|without|no|drop|remove|ignore|skip)\b[a-z ]{0,20}\brepeat\w*\b|\brepeat\w* (?:collapsed|merged|removed|counted once)\b/;
const KEEP_REPEATS =
  /\b(?:with|keep|keeping|include|including|show)\b[a-z ]{0,20}\brepeat\w*\b|\bevery (?:single )?touch\b|\bdon'?t collapse\b|\bnot collapsed\b|\buncollapsed\b/;
/** Words that only refine an analysis already shown: its options, a row count, a chart. */
const ANALYSIS_OPTION =
  /\b(?:repeat\w*|collapse\w*|top \d+|first \d+|\d+ (?:paths?|rows?|only)|only \d+|just \d+|(?:at|after|within|over|on) (?:the )?(?:first )?\d+ ?(?:d|days?|months?)|\d+ ?(?:d|days?|months?) (?:only|horizon|ltv|value|mark)|horizon|as a (?:chart|graph|bar chart|table)|chart|graph|visuali[sz]e|plot)\b/;
/** Words that point back at the rows of the previous answer. */
const THOSE_ROWS = /\b(?:each|each one|each of (?:them|those|these)|those|these|them|they|their)\b/;
/** "what changed", "what's different", "the difference": compare this turn's period with the last one. */
const WHAT_CHANGED =
  /\b(?:what|anything|how much) (?:has |have )?changed\b|\bwhat'?s (?:different|changed)\b|\bwhat is different\b|\b(?:the )?(?:difference|change)s? (?:between|from|vs|versus)?\b/;
/** "same for sept", "now same for q3", "same thing for last week", "do the same for". */
const SAME_FOR =
  /\b(?:same|the same|same thing|same breakdown|same table|same numbers?) (?:for|in|but for|but in|over)\b/;

/** A period added to the last answer: "add august too", "can you include q2 as well", "throw in last year". */
const ADDS_PERIOD =
  /^(?:(?:ok(?:ay)?|and|now|then|also|pls|please|can you|could you)[, ]+)*(?:(?:add|include|throw in|bring in)\b|(?:show|give|do)\b.*\b(?:too|as well|alongside (?:it|that|them)|beside (?:it|that|them))$)/;

/** Intents whose frames the analysis options refine. */
const ANALYSES = new Set(["journeys", "cohorts"]);

/**
 * Whether a short turn only refines the previous analysis with its own options (so it is a
 * follow-up although its words are not metrics or breakdowns).
 */
export function refinesAnalysis(p: ParsedQuestion, previous: Frame): boolean {
  if (!ANALYSES.has(previous.intent)) return false;
  if (p.text.split(" ").length > 12) return false;
  // fix17b: "first-time buyers only", "what about repeat customers": the journeys of one kind of
  // customer (its words may read as a metric, "new customers").
  if (previous.journey && TYPED_JOURNEYS.has(previous.journey.analysis) && onlyCustomerType(p)) return true;
  // fix18b: "does that differ for new vs returning?" after touches before buying: the touch counts
  // of both kinds side by side.
  if (previous.journey?.analysis === "path_length" && splitsByCustomerType(p)) return true;
  if (p.metrics.length > 0) return false;
  return ANALYSIS_OPTION.test(p.text);
}

/**
 * "now same for sept and what changed" after a breakdown: a follow-up (its "what changed" is not
 * a request for anomalies) whose new period is compared with the previous turn's.
 */
export function comparesWithPrevious(p: ParsedQuestion, previous: Frame): boolean {
  const metricFrame = ["query", "rank", "trend", "compare"].includes(previous.intent);
  if (!metricFrame || p.time.period === undefined) return false;
  // fix14f: "add august too", "include q2 as well": the period named is shown beside the last one.
  const apart = p.time.period.to < previous.period.from || p.time.period.from > previous.period.to;
  // A series or a comparison already shows more than one period: where the new one goes is not clear.
  const onePeriod = !previous.compare && !previous.dimensions.includes("date");
  const bare = p.metrics.length === 0 && p.dims.dimensions.length === 0;
  if (apart && onePeriod && bare && ADDS_PERIOD.test(p.text)) return true;
  return SAME_FOR.test(p.text) && WHAT_CHANGED.test(p.text);
}

/**
 * "and how much did each spend" after a top-N ranking: the metric joins the rows already ranked,
 * and the ranking stays, so the same rows come back with the new figure beside them.
 */
export function addsToRankedRows(p: ParsedQuestion, previous: Frame): boolean {
  return (
    previous.order !== undefined &&
    previous.limit !== undefined &&
    p.metrics.length > 0 &&
    p.ranking === undefined &&
    THOSE_ROWS.test(p.text)
  );
}

/**
 * Apply an analysis's own options to a follow-up's frame (in place): the cohort horizon ("at 180
 * days" is the LTV horizon, not the last 180 days: the previous period stays), whether journeys
 * collapse repeated touches, and the number of paths.
 */
export function applyAnalysisOptions(frame: Frame, previous: Frame, p: ParsedQuestion): void {
  if (frame.intent === "cohorts" && frame.cohort) {
    const horizon = cohortHorizonIn(p.text);
    if (horizon) {
      frame.cohort = { ...frame.cohort, ltvDays: horizon };
      frame.period = previous.period;
      frame.dimensions = previous.dimensions;
      delete frame.grain;
    }
  }
  // fix17b: "now by month", "weekly please" after a contribution margin: each month's (or week's)
  // contribution in the same period, not the period's total again.
  if (frame.intent === "profitability" && frame.profitability === "contribution_margin") {
    const grain = p.trend.grain;
    if (grain === "month" || grain === "week") frame.profitGrain = grain;
  }
  if (frame.intent === "journeys" && frame.journey) {
    if (KEEP_REPEATS.test(p.text)) frame.journey = { ...frame.journey, collapseRepeats: false };
    else if (COLLAPSE.test(p.text)) frame.journey = { ...frame.journey, collapseRepeats: true };
    const n = /\b(?:top|first|just|only) (\d{1,2})\b|\b(\d{1,2}) (?:paths?|rows?)\b/.exec(p.text);
    if (n) frame.limit = Number(n[1] ?? n[2]);
    scopeJourneyToCustomerType(frame, previous, p);
  }
}

/** Journey analyses that keep to one kind of customer (tools/journeys, customerType). */
const TYPED_JOURNEYS = new Set(["top_paths", "path_length", "time_to_convert", "assists", "first_last"]);

/**
 * fix17b: "only new customers", "what about returning buyers" after the top paths: the same
 * journeys of that kind of customer's orders (a new customer's order is their first purchase).
 * The customer_type filter the turn parsed as is the journeys' own option, not a row filter the
 * journeys call would drop (the same paths again, the repeat guard's decline).
 */
function scopeJourneyToCustomerType(frame: Frame, previous: Frame, p: ParsedQuestion): void {
  const journey = frame.journey;
  if (!journey || !TYPED_JOURNEYS.has(journey.analysis)) return;
  const asked = p.dims.filters.find((f) => f.field === "customer_type");
  frame.filters = frame.filters.filter((f) => f.field !== "customer_type");
  const values = asked?.op === "in" && "values" in asked ? asked.values : [];
  const filtered =
    values.length === 1 && (values[0] === "new" || values[0] === "returning") ? values[0] : undefined;
  const kind = onlyCustomerType(p) ?? filtered;
  // fix18b: both kinds asked after touch counts: the counts split by customer type.
  if (!kind && journey.analysis === "path_length" && splitsByCustomerType(p)) {
    const { customerType: _one, ...rest } = journey;
    frame.journey = { ...rest, byCustomerType: true };
    frame.metrics = previous.metrics;
    frame.dimensions = previous.dimensions;
    return;
  }
  if (!kind) return;
  frame.journey = { ...journey, customerType: kind };
  // The split of touch counts by customer type gives way to the one kind asked for.
  if (frame.journey.byCustomerType) delete frame.journey.byCustomerType;
  // "and for brand new customers?" read "new customers" as a metric: the journeys keep their own.
  frame.metrics = previous.metrics;
  frame.order = previous.order;
}

/**
 * The later of two periods is the one reported, the earlier its baseline: "now same for sept and
 * what changed" after October compares October with September (and after August, September with
 * August), so a change always reads forward in time.
 */
export function periodsInOrder(previous: Frame["period"], asked: Frame["period"]) {
  return asked.from > previous.from
    ? { current: asked, baseline: previous }
    : { current: previous, baseline: asked };
}
