/**
 * Follow-ups in a thread ("and last quarter?", "break that down by campaign", "only Google",
 * "what about CPA?"): merge what the new turn says into the previous turn's frame.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { addDays, addMonths, daysBetween, endOfMonth } from "../../semantic/query/dates.ts";
import { adReturnFollowUp, asksReturnOfSpend } from "./ad-return.ts";
import {
  addsToRankedRows,
  applyAnalysisOptions,
  comparesWithPrevious,
  periodsInOrder,
  refinesAnalysis,
} from "./analysis-follow-up.ts";
import { rankedBetter } from "./change-ranking.ts";
import { applyFloors, monthlySeriesPeriod, orderDirection } from "./frame.ts";
import { autoGrain } from "./modifiers.ts";
import { normalize } from "./normalize.ts";
import type { ParsedQuestion } from "./parse.ts";
import { regionGroupsIn } from "./region-groups.ts";
import { keepsBreakdown } from "./restriction-turn.ts";
import { asksShare } from "./share.ts";
import { baselineOf, type TimeParse } from "./time.ts";
import type { Frame, Period } from "./types.ts";

/** Words that point back at the previous turn's period. */
const THAT_PERIOD =
  /\b(?:that|the same|this same) (?:day|date|week|weekend|month|quarter|period|window|stretch|time)\b|\bon that date\b|\bduring (?:that|it)\b/;

/** Filters naming where the money went: one named in a swap replaces any other of them. */
const WHERE_FIELDS: ReadonlySet<string> = new Set(["channel", "platform", "channel_group"]);
/** Words that put a member in the previous one's place: "same but for", "what about", "instead". */
const SWAP =
  /\b(?:same (?:but |thing |one |again )?(?:for|with|on)|same but|instead|what about|how about|now (?:for|do)|do (?:the same|that|it|this|one) (?:for|on)|(?:repeat|redo) (?:it|that|this)? ?(?:for|on))\b/;

/** A turn that narrows the rows on purpose ("now only paid channels", "just email"). */
const RESTRICTS = /\b(?:only|just|exclud\w*|without|except|limit(?:ed)? to|restrict\w* to|filter)\b/;

/**
 * Whether a member named after a share question ("and paid search?" after "what share of october
 * revenue came from email") is another member of the same breakdown to read the share of, not a
 * filter that would leave it alone as 100% of itself.
 */
function sharesMember(
  f: ParsedQuestion["dims"]["filters"][number],
  prev: Frame,
  p: ParsedQuestion,
  previousQuestion: string | undefined,
): boolean {
  if (!previousQuestion || !asksShare(normalize(previousQuestion)) || RESTRICTS.test(p.text)) return false;
  if (f.op !== "in" || f.values.length !== 1 || !prev.dimensions.includes(f.field)) return false;
  return !prev.filters.some((old) => old.field === f.field);
}

/** Intents whose own words make a question new rather than a follow-up. */
function hasOwnIntent(p: ParsedQuestion): boolean {
  const s = p.signals;
  return (
    s.define ||
    s.budget ||
    s.explain ||
    s.anomalies ||
    s.catalogHelp ||
    s.listDimension !== undefined ||
    (s.attribution && p.models.length > 0)
  );
}

/** A ranking asked as good or bad, not as high or low. */
const GOODNESS =
  /\b(?:best|worst|better|worse|strongest|weakest|most efficient|least efficient|top performing|worst performing)\b/;

/** "which ones", "any of those", "which of them": the rows of the previous answer. */
const ROWS_SHOWN =
  /\b(?:which|what|any|none|all|how many)\s+(?:ones|one|of (?:them|those|these|the channels|the campaigns))\b/;

/** Metric frames whose figures a model changes. */
const MODELLED_INTENTS = new Set(["query", "rank", "trend", "compare"]);

/**
 * fix8a: "now under last click", "same with first touch": after ROAS (or any figure read under a
 * model) by channel, a turn naming only another model re-reads the same figures under it (same
 * metric, breakdown and period), not the attribution table of a default window.
 */
function swapsModel(p: ParsedQuestion, previous: Frame): boolean {
  const modelled =
    (previous.models?.length ?? 0) > 0 ||
    previous.metrics.some((m) => m === "roas" || m.startsWith("attributed_"));
  const s = p.signals;
  return (
    MODELLED_INTENTS.has(previous.intent) &&
    modelled &&
    p.models.length === 1 &&
    p.metrics.length === 0 &&
    !s.define &&
    !s.budget &&
    !s.explain &&
    !s.anomalies &&
    !/\b(?:compare|vs|versus|against|side by side|all models|each model|every model)\b/.test(p.text)
  );
}

/**
 * fix17b: "what were both last month", "and by channel?", "ok what was it in q3" after a definition
 * (or two): the defined metrics' values, with only what the turn names (a period, a breakdown, a
 * filter, a series); read alone they had no metric and were declined, or the definition came again.
 */
function asksDefinedValues(p: ParsedQuestion, previous: Frame): boolean {
  if (previous.intent !== "define" || p.metrics.length > 0 || previous.metrics.length === 0) return false;
  return (
    p.time.period !== undefined ||
    p.time.compare !== undefined ||
    p.dims.dimensions.length > 0 ||
    p.dims.filters.length > 0 ||
    p.trend.trend
  );
}

/** Words a bare metric turn may carry beside the metric ("roas?", "cac pls", "ok and mer then"). */
const BARE_FILLER =
  /\b(?:ok|okay|k|cool|thanks|thx|ty|great|nice|and|also|too|then|now|pls|plz|please|what about|how about|whats|what is|what s|the|our|its|their|as well)\b/g;

/** Words that ask something of the rows, so the turn is more than a metric named. */
const ASKS_OF_ROWS = new Set([
  "which",
  "what",
  "who",
  "best",
  "top",
  "worst",
  "highest",
  "lowest",
  "most",
  "least",
  "why",
  "how",
  "did",
  "was",
]);

/** Metric frames a bare metric turn re-asks with another metric. */
const BARE_METRIC_INTENTS = new Set(["query", "rank", "trend", "compare"]);

/**
 * fix19f: "mer", "roas?", "cac pls", "ok, aov" after a metric answer: only a metric named, nothing
 * else, re-asks the previous answer with that metric (its period, filters and breakdown), not the
 * metric over the default window for the whole business.
 */
function bareMetricTurn(p: ParsedQuestion, previous: Frame): boolean {
  if (!BARE_METRIC_INTENTS.has(previous.intent) || p.metrics.length === 0) return false;
  if (p.time.period || p.time.compare || p.dims.dimensions.length || p.dims.filters.length) return false;
  if (p.unknownWords.length || p.ranking !== undefined || p.trend.trend || p.metricAmbiguity) return false;
  const rest = p.text.replace(BARE_FILLER, " ").trim().split(/\s+/).filter(Boolean);
  // "which send did best": a question about the rows (a ranking), not a metric named alone.
  if (rest.some((w) => ASKS_OF_ROWS.has(w))) return false;
  return rest.length <= 4;
}

/**
 * Whether a question continues the previous turn: a follow-up cue ("and", "what about", "only",
 * "break that down"), or only a period, breakdown or filter with no metric and no intent of its own.
 */
export function isFollowUp(p: ParsedQuestion, previous: Frame | undefined, question = p.text): boolean {
  // "and if I could move money freely?" after a budget plan refines that plan (its amount stays).
  if (previous?.intent === "budget" && p.signals.budget && p.signals.followUp) return true;
  if (previous && comparesWithPrevious(p, previous)) return true;
  if (previous && swapsModel(p, previous)) return true;
  if (!previous || hasOwnIntent(p)) return false;
  if (asksDefinedValues(p, previous)) return true;
  // fix19b: "pnw only pls", "and the midwest?": a part of the US, kept to its states.
  if (!p.metrics.length && regionGroupsIn(p.text).length) return true;
  if (refinesAnalysis(p, previous)) return true;
  // fix17f: "what did it bring in" after spend: the return of that spend, over its period.
  if (!p.time.period && asksReturnOfSpend(normalize(question), previous)) return true;
  // After a definition or a catalog answer there is no query to refine: a question naming a
  // metric and what to show of it ("ok, ROAS by channel yesterday then") stands on its own.
  const noQuery =
    previous.intent === "define" || previous.intent === "search" || previous.intent === "list_values";
  if (
    noQuery &&
    p.metrics.length > 0 &&
    (p.time.period !== undefined || p.dims.dimensions.length > 0 || p.dims.filters.length > 0)
  )
    return false;
  if (p.signals.followUp) return true;
  if (bareMetricTurn(p, previous)) return true;
  // fix14f: "all channels together" after a breakdown: the same answer, summed.
  if (p.metrics.length === 0 && previous.dimensions.some((d) => d !== "date") && COMBINED.test(p.text))
    return true;
  // "how many orders did we lose that day", "and sessions that week": the period of the turn before.
  if (!p.time.period && !p.time.compare && THAT_PERIOD.test(p.text)) return true;
  // fix6d: "which ones got worse vs september", "did any of those fall against august": the rows of
  // the breakdown just shown, held against another period.
  if (
    p.metrics.length === 0 &&
    previous.dimensions.length > 0 &&
    (p.time.compare !== undefined || p.signals.compare) &&
    (ROWS_SHOWN.test(p.text) || rankedBetter(p.text) !== undefined)
  )
    return true;
  const refinesOnly = p.metrics.length === 0 && !p.metricAmbiguity && p.unknownWords.length === 0;
  return (
    refinesOnly &&
    (p.time.period !== undefined ||
      p.time.compare !== undefined ||
      p.dims.dimensions.length > 0 ||
      p.dims.filters.length > 0 ||
      p.trend.trend ||
      p.ranking !== undefined)
  );
}

/**
 * fix8a: "just texas and ohio, monthly" after the top states: a series of the members named. The
 * top-N cut of the ranking no longer applies (it would cut the series' rows), and a month series
 * over the default recent window would be one month: the default window of a monthly series.
 */
function seriesOfNamedMembers(frame: Frame, p: ParsedQuestion): void {
  const named = p.dims.filters.some(
    (f) => f.op === "in" && frame.dimensions.includes(f.field) && f.values.length > 0,
  );
  if (named && frame.limit !== undefined) {
    delete frame.limit;
    delete frame.order;
  }
  const coarse = p.trend.grain === "month" || p.trend.grain === "quarter";
  if (coarse && !p.time.period && frame.period.label.includes("(default")) {
    frame.period = monthlySeriesPeriod(p.today, p.dataEnd);
    frame.compare = undefined;
  }
}

/**
 * The previous frame with this turn's changes applied.
 * @example mergeFollowUp(prev, parse("and last quarter?")).period.label // "last quarter"
 */
/** The members asked for as one figure: "all channels combined", "in total", "across every platform". */
const COMBINED =
  /\b(?:(?:all|every|the) (?:\w+ )?(?:channels|platforms|campaigns|sources) (?:combined|together|summed|as one|in total|overall|put together)|(?:combined|together|summed|in total|total|overall) (?:across|for|over) (?:all |every )?(?:the )?(?:channels?|platforms?|campaigns?|sources?)|in total|overall|altogether|all together|as a whole|all combined|combined)\b/;

/** A period named relative to another: "the previous month", "the prior quarter". */
const PREVIOUS_UNIT = /^(?:the )?(?:previous|prior|preceding) (day|week|month|quarter|year)$/;

/**
 * para22: "how about the previous month", "compare with the prior quarter" after a month or a
 * quarter shown: the unit before the one shown, as "the month before" is, not before today.
 */
function relativeToShown(time: TimeParse, shown: Period): TimeParse {
  const named = (period: Period | undefined) =>
    shown.unit !== undefined && PREVIOUS_UNIT.exec(period?.label ?? "")?.[1] === shown.unit;
  const before = baselineOf(shown, "previous_period");
  if (named(time.compare?.period)) {
    const { period: _today, ...rest } = time;
    return { ...rest, compare: { mode: "explicit", period: before } };
  }
  if (named(time.period) && !time.compare) return { ...time, period: before };
  return time;
}

export function mergeFollowUp(
  prev: Frame,
  asked: ParsedQuestion,
  catalog: Catalog,
  previousQuestion?: string,
  question = asked.text,
): Frame {
  const p: ParsedQuestion = { ...asked, time: relativeToShown(asked.time, prev.period) };
  const frame: Frame = structuredClone(prev);
  // fix17b: a period or breakdown after a definition asks for the defined metrics' figures.
  if (asksDefinedValues(p, prev)) frame.intent = "query";
  if (p.metrics.length) {
    const add = p.signals.addMetrics || addsToRankedRows(p, prev);
    frame.metrics = add ? [...new Set([...prev.metrics, ...p.metrics])] : p.metrics;
    if (frame.order && !frame.metrics.includes(frame.order.field)) {
      // fix6d: "best roas by channel" then "what about cpa": still the best, which for a cost is the
      // lowest (the highest CPA was shown as the top before).
      // A literal "top"/"highest" stays literal.
      const field = frame.metrics[0]!;
      const wasHigher = catalog.metrics.get(frame.order.field)?.higherIsBetter ?? true;
      const sense = (frame.order.direction === "desc") === wasHigher ? "best" : "worst";
      const judged = GOODNESS.test(previousQuestion?.toLowerCase() ?? "");
      frame.order = {
        ...frame.order,
        field,
        direction: p.ranking || !judged ? frame.order.direction : orderDirection(sense, field, catalog),
      };
    }
  }
  // "how does that compare with Q2?", "versus September?": the one period named is the baseline.
  // fix8a: a period equal to the one shown is no baseline ("vs the promos" carries the email
  // answer's own period over): the comparison is of members, not of periods.
  const samePeriod = p.time.period?.from === prev.period.from && p.time.period?.to === prev.period.to;
  const baselineOnly =
    p.time.period !== undefined &&
    !samePeriod &&
    !p.time.compare &&
    frame.intent !== "budget" &&
    frame.intent !== "attribution" &&
    /\b(?:compare[sd]?|comparing|comparison|vs|versus|against|relative to)\b/.test(p.text);
  if (p.time.period && comparesWithPrevious(p, prev)) {
    const { current, baseline } = periodsInOrder(prev.period, p.time.period);
    frame.period = periodAfter(baseline, current) ?? current;
    frame.compare = { mode: "explicit", period: baseline };
    if (frame.intent === "query" || frame.intent === "rank" || frame.intent === "trend")
      frame.intent = "compare";
  } else if (baselineOnly && p.time.period) {
    frame.compare = { mode: "explicit", period: p.time.period };
    // fix19d: "compare to last quarter" after a 13-week trend: the two never overlap; the side
    // shown becomes the same unit after the one named, to date ("Q4 to date vs Q3").
    const after = periodAfter(p.time.period, prev.period);
    if (after) frame.period = after;
    if (frame.intent === "query" || frame.intent === "rank" || frame.intent === "trend")
      frame.intent = "compare";
  } else if (p.time.period) {
    frame.period = p.time.period;
    if (frame.compare) {
      const mode = frame.compare.mode === "previous_year" ? "previous_year" : "previous_period";
      frame.compare = { mode, period: baselineOf(frame.period, mode) };
    }
  }
  const stepBack =
    !p.time.period &&
    // para23: "how about the one before that", "the month prior": the period shown, one back.
    /\bthe (?:day|week|month|quarter|year|period|one) (?:before|prior)\b/.test(p.text) &&
    !/\b(?:vs|versus|compared?|against)\b/.test(p.text);
  if (stepBack) {
    frame.period = baselineOf(frame.period, "previous_period");
    if (frame.compare)
      frame.compare = {
        mode: frame.compare.mode,
        period: baselineOf(
          frame.period,
          frame.compare.mode === "previous_year" ? "previous_year" : "previous_period",
        ),
      };
  } else if (p.time.compare) {
    const c = p.time.compare;
    // fix6d: "which of them dropped vs august": the current period was implied by "vs" (last month),
    // not named: the previous turn's period stays and the one named is the baseline.
    if (c.mode === "explicit" && p.time.period && !p.text.includes(p.time.period.label ?? "\u0000"))
      frame.period = prev.period;
    const mode = c.mode === "previous_year" ? "previous_year" : "previous_period";
    frame.compare =
      c.mode === "explicit" && c.period
        ? { mode: "explicit", period: c.period }
        : { mode, period: baselineOf(frame.period, mode) };
    if (c.mode === "explicit" && c.period) frame.period = periodAfter(c.period, frame.period) ?? frame.period;
    if (frame.intent === "query" || frame.intent === "rank" || frame.intent === "trend")
      frame.intent = "compare";
  }
  // "how many orders did we lose that day": a loss asked of the previous turn's period is that period
  // against the one before it (the figure alone does not say what was lost).
  if (
    !frame.compare &&
    !p.time.period &&
    THAT_PERIOD.test(p.text) &&
    /\b(?:lose|lost|losing|miss|missed|missing|drop|dropped|fell|gain|gained|win|won)\b/.test(p.text) &&
    (frame.intent === "query" || frame.intent === "rank")
  ) {
    frame.compare = { mode: "previous_period", period: baselineOf(frame.period, "previous_period") };
    frame.intent = "compare";
  }
  const newDims = p.dims.dimensions;
  if (newDims.length && !keepsBreakdown(p, prev.dimensions)) {
    const keepDate = frame.dimensions.includes("date") && !/\binstead\b/.test(p.text);
    frame.dimensions = [...(keepDate ? ["date"] : []), ...newDims];
    if (frame.intent === "attribution") frame.level = newDims.includes("campaign") ? "campaign" : "channel";
  }
  // fix14f: "and for all channels combined", "overall this time": the breakdown shown is summed.
  if (COMBINED.test(p.text) && newDims.every((d) => prev.dimensions.includes(d) && d !== "date"))
    frame.dimensions = frame.dimensions.filter((d) => d === "date");
  // fix13b: revenue credited to Email has no split by email campaign (email-performance.ts): the
  // emails' own measures are compared instead.
  if (frame.dimensions.includes("email_campaign") && frame.metrics.length > 1)
    frame.metrics = frame.metrics.filter((m) => m !== "email_revenue");
  for (const f of p.dims.filters) {
    // fix16d: "and paid search?" after "what share of revenue came from email": the share needs the
    // whole, so the breakdown stays unfiltered (the answer reads the share of the member named).
    if (sharesMember(f, prev, p, previousQuestion)) continue;
    // fix17a: "same but for affiliate" after a TikTok summary: the other source of spend in its
    // place, not both (a platform and a channel filter together left nothing).
    const swapped = WHERE_FIELDS.has(f.field) && SWAP.test(p.text);
    frame.filters = frame.filters.filter(
      (old) => old.field !== f.field && !(swapped && WHERE_FIELDS.has(old.field)),
    );
    frame.filters.push(f);
  }
  if (
    /\b(?:all|every|any|no) (?:filters?|channels|platforms|campaigns)\b|\bwithout (?:the )?filters?\b|\bremove (?:the )?filters?\b/.test(
      p.text,
    )
  ) {
    frame.filters = p.dims.filters;
  }
  if (p.trend.trend && frame.intent !== "attribution" && frame.intent !== "budget") {
    frame.dimensions = ["date", ...frame.dimensions.filter((d) => d !== "date")];
    seriesOfNamedMembers(frame, p);
    frame.grain = p.trend.grain ?? autoGrain(daysBetween(frame.period.from, frame.period.to) + 1);
    if (frame.intent === "query" || frame.intent === "rank") frame.intent = "trend";
  } else if (frame.dimensions.includes("date") && p.time.period) {
    frame.grain = frame.grain ?? autoGrain(daysBetween(frame.period.from, frame.period.to) + 1);
  }
  if (p.ranking) {
    const field = p.orderMetric ?? frame.metrics[0]!;
    frame.order = { field, direction: orderDirection(p.ranking.direction, field, catalog) };
    frame.limit = p.ranking.limit;
    if (frame.intent === "query") frame.intent = "rank";
  }
  if (p.models.length) frame.models = p.models;
  applyAnalysisOptions(frame, prev, p);
  // "now only those over $2k": a threshold named in the follow-up (the previous ones stay).
  applyFloors(frame, p.floors, catalog);
  // fix17f: read from the question as typed ("what did that bring in" is rewritten to revenue).
  const typed = normalize(question);
  if (asksReturnOfSpend(typed, prev)) return adReturnFollowUp(frame, prev, catalog, typed);
  if (
    frame.intent === "budget" &&
    (p.budget.changes.length ||
      p.budget.locked.length ||
      p.budget.totalBudget ||
      p.budget.maxChangePercent !== undefined ||
      p.budget.grossMargin !== undefined)
  ) {
    const b = frame.budget ?? { level: "channel" as const, locked: [], changes: [] };
    const bound = p.budget.maxChangePercent ?? b.maxChangePercent;
    const margin = p.budget.grossMargin ?? b.grossMargin;
    frame.budget = {
      totalBudget: p.budget.totalBudget ?? b.totalBudget,
      ...(bound === undefined ? {} : { maxChangePercent: bound }),
      ...(margin === undefined ? {} : { grossMargin: margin }),
      level: p.budget.changes.some((c) => c.dimension === "platform") ? "platform" : b.level,
      locked: [...new Set([...b.locked, ...p.budget.locked])],
      changes: [...b.changes, ...p.budget.changes],
    };
  }
  return frame;
}

/**
 * fix19d: the side a comparison shows when the period on screen overlaps the baseline named: the
 * baseline's unit right after it, cut at the shown period's end; undefined when they do not overlap
 * or nothing of that unit is shown after the baseline.
 * @example periodAfter({ from: "2026-07-01", to: "2026-09-30", unit: "quarter" }, { from: "2026-08-03", to: "2026-10-31" }) // { from: "2026-10-01", to: "2026-10-31", label: "the quarter after, to date" }
 */
export function periodAfter(baseline: Period, shown: Period): Period | undefined {
  if (shown.to < baseline.from || shown.from > baseline.to || shown.to <= baseline.to) return undefined;
  const from = addDays(baseline.to, 1);
  const months: Partial<Record<string, number>> = { month: 1, quarter: 3, year: 12 };
  const n = baseline.unit ? months[baseline.unit] : undefined;
  const end =
    baseline.unit === "week" ? addDays(from, 6) : n ? endOfMonth(addMonths(from, n - 1)) : undefined;
  if (!end) return undefined;
  const to = end < shown.to ? end : shown.to;
  return {
    from,
    to,
    unit: to === end ? baseline.unit : undefined,
    label: `the ${baseline.unit} after${to === end ? "" : ", to date"}`,
  };
}
