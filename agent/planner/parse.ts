/**
 * Read a question into its parts (signals, periods, metrics, breakdowns, filters, ranking, trend,
 * models, budget) without deciding what to do with them; the pipeline (pipeline/) decides.
 */

import type { ModelName } from "../../core/attribution/types.ts";
import { type BudgetRequest, parseBudget } from "./budget.ts";
import { withCampaignChange } from "./campaign-budget-change.ts";
import { readCampaignSides, SIDE_BY_SIDE } from "./campaign-filter-read.ts";
import { type CampaignWindow, readCampaignWindows, withWindows } from "./campaign-windows.ts";
import { cyclicBreakdown, hourOfDayMetrics } from "./cyclic-breakdown.ts";
import { type DimensionResolution, resolveDimensions } from "./dimensions.ts";
import { customerTypeFilter } from "./groups.ts";
import { type NamedIncident, readIncidentDays } from "./incident-days.ts";
import { INTENT_WORDS, type IntentSignals, readSignals } from "./intent.ts";
import { buildLexicon, type LexiconEntry, type LexiconMatch, matchLexicon } from "./lexicon.ts";
import { readMetricFloors, readZeroResult } from "./metric-floor.ts";
import { fuzzyMetrics, type MetricAmbiguity, resolveMetrics } from "./metrics.ts";
import { maskModels, modelsIn } from "./models.ts";
import {
  extractRanking,
  extractSensitivity,
  extractTrend,
  type Ranking,
  type TrendRequest,
} from "./modifiers.ts";
import { contentWords, normalize, STOPWORDS } from "./normalize.ts";
import { OUTPUT_WORDS } from "./output-words.ts";
import { asksPaceAhead } from "./pacing-intent.ts";
import { asPlatformReported, platformReported } from "./paraphrase.ts";
import { shareAsBreakdown } from "./share.ts";
import { bareSortRanking, sortRanking } from "./sort-order.ts";
import { type StatedTarget, takeStatedTarget } from "./stated-target.ts";
import { applyTextRewrites } from "./text-rewrites.ts";
import { extractTime, type TimeParse, todayIn } from "./time.ts";
import type { FrameFilter, MetricFloor, PlannerContext } from "./types.ts";
import { correctTypos, PROTECTED } from "./typos.ts";
import { readUndatedEvent } from "./undated-event.ts";

/** Everything read from one question. */
export interface ParsedQuestion {
  text: string;
  today: string;
  /** Thresholds stated on the rows ("that spent at least $1k"; metric-floor.ts). */
  floors: MetricFloor[];
  /** A target the question states ("our target CPA is $45"; stated-target.ts). */
  statedTarget?: StatedTarget | undefined;
  signals: IntentSignals;
  time: TimeParse;
  metrics: string[];
  metricAmbiguity?: MetricAmbiguity | undefined;
  dims: DimensionResolution;
  trend: TrendRequest;
  ranking?: Ranking | undefined;
  models: ModelName[];
  budget: BudgetRequest;
  /** Anomaly-scan sensitivity the question asks for. */
  sensitivity?: "low" | "medium" | "high" | undefined;
  /** Metric named right after "by" ("top campaigns by revenue"): the ranking field. */
  orderMetric?: string | undefined;
  /** Content words nothing recognised ("ltv" in "what is our ltv"). */
  unknownWords: string[];
  /**
   * fix16a: words only the typo-tolerant metric match read ("aquisition" as "acquisitions"): the
   * typo reader may still spell them out, so a longer phrase ("cost per acquisition") is read whole.
   */
  fuzzyWords?: string[];
  /** The organization's last day of data, when known. */
  dataEnd?: string | undefined;
  /** The organization's first day of data, when known. */
  dataStart?: string | undefined;
  /** A breakdown the catalog does not have ("device" in "conversion rate by device"). */
  unknownBreakdown?: string | undefined;
  /** Whether the question sets named members of one dimension side by side ("google vs meta"). */
  sideBySide?: boolean | undefined;
  /** Whether anything at all was recognised (a metric, dimension, value, period or intent). */
  recognised: boolean;
  /** leftA: promotional windows the question names as periods ("the BF25 window"). */
  windows?: CampaignWindow[] | undefined;
  /** An incident named instead of dated ("after the outage"), read as its date (incident-days.ts). */
  incident?: NamedIncident | undefined;
  /** fix17f: the days the organization's tracking was lost (from the context; sharp-drop.ts reads them). */
  trackingLossDays?: readonly string[] | undefined;
  /** A business change the data does not record ("since the price test"), read as a weekly trend. */
  undatedEvent?: string | undefined;
  /** s16: two named groups of campaigns set side by side ("holiday25 vs summer26 campaigns"). */
  campaignGroups?: { label: string; filter: FrameFilter }[] | undefined;
}

/** Preferences from a clarification id: "metric:orders" or "value:platform:meta_ads". */
export function preferencesOf(clarificationId: string | undefined): {
  metrics: string[];
  values: string[];
  dimension?: string | undefined;
} {
  const [kind, ...rest] = (clarificationId ?? "").split(":");
  if (kind === "metric" && rest[0]) return { metrics: [rest[0]], values: [] };
  if (kind === "value" && rest.length >= 2) return { metrics: [], values: [rest.join(":")] };
  if (kind === "dimension" && rest[0]) return { metrics: [], values: [], dimension: rest[0] };
  return { metrics: [], values: [] };
}

const SCHEDULE_WORDS = new Set(["weekday", "weekdays", "workday", "workdays", "business", "working"]);

/** "conversion rate by device": a breakdown word the catalog has no dimension for. */
function unknownBreakdownOf(rest: string, unknownWords: readonly string[]): string | undefined {
  const m =
    /\b(?:by|per|each|every|across|split by|broken down by|segmented by)\s+((?:[a-z]+ )?[a-z]+)(?=\s|\||$)/.exec(
      rest,
    );
  if (!m) return undefined;
  // "every weekday at 9" is a schedule, not a breakdown (a weekday breakdown is read before this).
  const words = m[1]!.split(" ").filter((w) => unknownWords.includes(w) && !SCHEDULE_WORDS.has(w));
  return words.length ? words.join(" ") : undefined;
}

/**
 * fix18d: "conversion campaigns", "the traffic ones", "awareness vs conversions campaigns": a word
 * that is a metric and a campaign objective names the objective when "campaigns" (or "ones",
 * "objective") follows it, directly or after a second objective ("conversion and traffic campaigns").
 */
function namesObjective(m: LexiconMatch, text: string): boolean {
  if (!m.entries.some((e) => e.target.kind === "value" && /objective/.test(e.target.dimension))) return false;
  return OBJECTIVE_NOUN.test(text.slice(m.span.end));
}
const OBJECTIVE_NOUN =
  /^\s*(?:-\s*)?(?:(?:and|or|vs|versus|&|\/)\s+(?:awareness|traffic|conversions?|catalog sales)\s+)?(?:objective\s+)?(?:campaigns?|ones|objectives?|optimi[sz]ed campaigns?)\b/;

/**
 * A phrase that is both a metric synonym and a channel nickname ("PPC": cost per click or paid
 * search) names the channel when the question names another metric ("PPC spend") or puts it where
 * a filter goes ("spend on PPC"); otherwise the metric.
 */
function settleSharedPhrases(matches: LexiconMatch[], text: string): LexiconMatch[] {
  const isMetric = (m: LexiconMatch) => m.entries.some((e) => e.target.kind === "metric");
  const shared = (m: LexiconMatch) =>
    m.entries.some(
      (e) =>
        e.target.kind === "value" && (e.target.dimension === "channel" || e.target.dimension === "platform"),
    ) &&
    m.entries.some((e) => e.target.kind === "metric") &&
    m.entries.every((e) => e.target.kind !== "metric" || e.target.strength === "synonym");
  return matches.map((m) => {
    if (namesObjective(m, text))
      return { ...m, entries: m.entries.filter((e) => e.target.kind !== "metric") };
    if (!shared(m)) return m;
    const otherMetric = matches.some((o) => o !== m && isMetric(o) && !shared(o));
    const filterSlot = /\b(?:on|into|from|via|through|excluding|without|except|vs|versus)\s+$/.test(
      text.slice(0, m.span.start),
    );
    if (!otherMetric && !filterSlot) return m;
    return { ...m, entries: m.entries.filter((e) => e.target.kind !== "metric") };
  });
}

/**
 * leftA: also "for search and social ... which one got more efficient", "each of them": a verdict
 * between the members needs each one's own figures.
 * "google vs meta ROAS", "compare email and display revenue": two named members of one dimension
 * set side by side are a breakdown by that dimension, filtered to them, not one combined figure.
 */
function compareMembers(dims: DimensionResolution, matches: readonly LexiconMatch[], text: string): boolean {
  const beside = SIDE_BY_SIDE.test(text);
  // para15: "spend on google, meta and tiktok": three or more members listed one by one are each
  // a row (one summed figure answered a list), unless the question asks for them together.
  if (!beside && TOGETHER.test(text)) return false;
  let found = false;
  for (const f of dims.filters) {
    if (f.op !== "in" || dims.dimensions.includes(f.field)) continue;
    // Members named by separate phrases (not one group name matching several campaigns).
    const named = matches.filter((m) =>
      m.entries.some((e) => e.target.kind === "value" && e.target.dimension === f.field),
    );
    if (f.values.length >= 2 && named.length >= (beside ? 2 : 3)) {
      dims.dimensions.push(f.field);
      found = true;
    }
  }
  return found;
}

/** Members asked for as one sum ("google, meta and tiktok combined"). */
const TOGETHER = /\b(?:total|totals|combined|together|altogether|overall|in all|summed|sum|all in|blended)\b/;

/** Words the typo matcher never reads as misspelled metrics. */
const FUZZY_SKIP: ReadonlySet<string> = new Set([...INTENT_WORDS, ...PROTECTED]);

const valueMatches = (matches: readonly LexiconMatch[]) =>
  matches.filter((m) => m.entries.some((e) => e.target.kind === "value"));

/**
 * Parse a question in context (the clarification preferences apply to ambiguous phrases).
 * @example parseQuestion("roas by channel last month", ctx).metrics // ["roas"]
 */
export function parseQuestion(question: string, ctx: PlannerContext): ParsedQuestion {
  const first = parseOnce(question, ctx);
  if (!first.unknownWords.length && !first.fuzzyWords?.length) return first;
  const lexicon = buildLexicon(ctx.catalog, ctx.dimensionValues);
  const corrected = correctTypos(
    question,
    first.unknownWords,
    lexicon,
    knownWords(lexicon),
    first.fuzzyWords,
  );
  return corrected === question ? first : parseOnce(corrected, ctx);
}

function knownWords(lexicon: readonly LexiconEntry[]): Set<string> {
  const out = new Set<string>([...STOPWORDS, ...INTENT_WORDS]);
  for (const e of lexicon) for (const w of e.phrase.split(" ")) out.add(w);
  return out;
}

function parseOnce(question: string, ctx: PlannerContext): ParsedQuestion {
  // "the week after the outage": the outage's date, found in the data, stands in for its name.
  const incident = readIncidentDays(
    normalize(question),
    ctx.trackingLossDays,
    todayIn(ctx.now, ctx.timeZone),
  );
  // "since the price test went live": a change the data does not record, said, and a weekly trend.
  const undated = readUndatedEvent(incident.text);
  // fix17f: "wasting budget with no sales" before the rewrites read "wasting budget" as a verdict.
  const zero = readZeroResult(undated.text);
  const floored = readMetricFloors(applyTextRewrites(zero.rest));
  const floors = [...zero.floors, ...floored.floors];
  const stated = takeStatedTarget(floored.rest, ctx.catalog);
  const text = stated?.rest ?? floored.rest;
  const today = todayIn(ctx.now, ctx.timeZone);
  const signals = readSignals(text);
  const prefer = preferencesOf(ctx.clarificationId);
  const cyclic = cyclicBreakdown(text);
  // leftA: "the bf25 window vs holiday25": promotions' windows from their campaigns' flights.
  const windowed = readCampaignWindows(cyclic.masked, ctx.dimensionValues);
  const time = withWindows(
    extractTime(
      maskModels(windowed.rest),
      today,
      // leftB: "are we on pace for december" reads the coming december, as a budget plan does.
      signals.budget || asksPaceAhead(text) ? "future" : "past",
      ctx.dataEnd,
      ctx.dataStart,
    ),
    windowed.windows,
  );
  const trend = extractTrend(time.rest);
  if (time.seriesGrain) {
    trend.trend = true;
    trend.grain ??= time.seriesGrain;
  }
  const customer = customerTypeFilter(trend.rest);
  const lexicon = buildLexicon(ctx.catalog, ctx.dimensionValues);
  const group = readCampaignSides(customer.rest, ctx.dimensionValues, lexicon);
  const reported = platformReported(group.rest);
  const ranked = extractRanking(reported.rest);
  const lexed = matchLexicon(ranked.rest, question, lexicon);
  const matches = settleSharedPhrases(lexed.matches, ranked.rest);
  const rest = lexed.rest;
  const exact = resolveMetrics(matches, ctx.catalog, prefer.metrics);
  const fuzzy = fuzzyMetrics(rest, lexicon, FUZZY_SKIP, prefer.metrics);
  const named = [...exact.metrics, ...fuzzy.metrics.filter((k) => !exact.metrics.includes(k))];
  const asked = reported.reported ? asPlatformReported(named, ctx.catalog) : named;
  const metrics =
    cyclic.dimension === "hour_of_day"
      ? hourOfDayMetrics(asked, text, (k) =>
          Boolean(ctx.catalog.metrics.get(k)?.supportedDimensions.includes("hour_of_day")),
        )
      : asked;
  const dims = resolveDimensions(matches, ranked.rest, prefer.values);
  let sideBySide = compareMembers(dims, matches, ranked.rest);
  for (const f of [customer.filter, group.filter]) if (f) dims.filters.push(f);
  // "brand search vs pmax": two campaigns named by their words are set side by side, one row each.
  if (group.sides && SIDE_BY_SIDE.test(ranked.rest) && !dims.dimensions.includes("campaign")) {
    dims.dimensions.push("campaign");
    sideBySide = true;
  }
  if (customer.breakdown && !dims.dimensions.includes("customer_type")) dims.dimensions.push("customer_type");
  if (cyclic.dimension && !dims.dimensions.includes(cyclic.dimension)) dims.dimensions.push(cyclic.dimension);
  shareAsBreakdown(dims, text);
  const orderMatch = matches.find(
    (m) => /\bby\s+$/.test(text.slice(0, m.span.start)) && m.entries.some((e) => e.target.kind === "metric"),
  );
  const orderMetric = orderMatch
    ? resolveMetrics([orderMatch], ctx.catalog, prefer.metrics).metrics[0]
    : undefined;
  // Words of a value the question already resolved ("DE" in "Search - Brand - DE") are not unknown.
  const resolvedWords = new Set<string>();
  for (const f of dims.filters) {
    if (!("values" in f)) continue;
    const wanted = new Set(f.values.map(String));
    for (const v of ctx.dimensionValues)
      if (v.dimension === f.field && wanted.has(String(v.value)))
        for (const n of [v.label, ...v.aliases])
          for (const w of normalize(n).split(" ")) resolvedWords.add(w);
  }
  const unknownWords = contentWords(fuzzy.rest).filter(
    (w) => !INTENT_WORDS.has(w) && !OUTPUT_WORDS.has(w) && !resolvedWords.has(w),
  );
  const leftAfterFuzzy = new Set(contentWords(fuzzy.rest));
  const fuzzyWords = contentWords(rest).filter((w) => !leftAfterFuzzy.has(w));
  // An answer to "which breakdown did you mean?" settles an unknown "by X".
  const unknownBreakdown = prefer.dimension ? undefined : unknownBreakdownOf(fuzzy.rest, unknownWords);
  if (prefer.dimension && prefer.dimension !== "none" && !dims.dimensions.includes(prefer.dimension))
    dims.dimensions.push(prefer.dimension);
  const models = modelsIn(text);
  const recognised =
    metrics.length > 0 ||
    exact.ambiguity !== undefined ||
    matches.length > 0 ||
    time.period !== undefined ||
    trend.trend ||
    dims.filters.length > 0 ||
    models.length > 0 ||
    signals.budget ||
    signals.attribution ||
    signals.anomalies ||
    signals.catalogHelp ||
    signals.overview ||
    signals.listDimension !== undefined ||
    // "what is underperforming": judging performance is a question about the data.
    ranked.ranking?.direction === "best" ||
    ranked.ranking?.direction === "worst";
  return {
    text,
    today,
    floors,
    trackingLossDays: ctx.trackingLossDays,
    statedTarget: stated?.target,
    signals,
    time,
    metrics,
    metricAmbiguity: exact.ambiguity ?? fuzzy.ambiguity,
    dims,
    trend,
    // fix9a: "sorted by click rate": the table sorted by the metric after "by" (sort-order.ts).
    // fix15d: "sorted ascending" names a direction and no metric: the figure asked is sorted.
    ranking: ranked.ranking ?? (orderMetric ? sortRanking(ranked.rest) : bareSortRanking(ranked.rest)),
    models,
    // fix17c: "what if we doubled the brand search budget": the change applies to the campaign named.
    budget: signals.budget
      ? withCampaignChange(parseBudget(text, valueMatches(matches)), text, dims.filters)
      : parseBudget(text, valueMatches(matches)),
    sensitivity: extractSensitivity(text),
    orderMetric,
    unknownWords,
    ...(fuzzyWords.length ? { fuzzyWords } : {}),
    recognised,
    sideBySide,
    unknownBreakdown,
    ...(windowed.windows.length ? { windows: windowed.windows } : {}),
    ...(incident.incident ? { incident: incident.incident } : {}),
    ...(undated.event ? { undatedEvent: undated.event } : {}),
    ...(group.groups ? { campaignGroups: group.groups } : {}),
    dataEnd: ctx.dataEnd,
    dataStart: ctx.dataStart,
  };
}
