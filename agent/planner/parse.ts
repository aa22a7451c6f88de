/**
 * Read a question into its parts (signals, periods, metrics, breakdowns, filters, ranking, trend,
 * models, budget) without deciding what to do with them; plan.ts decides.
 */
import type { ModelName } from "../../core/attribution/types.ts";
import { type BudgetRequest, parseBudget } from "./budget.ts";
import { type DimensionResolution, resolveDimensions } from "./dimensions.ts";
import { campaignGroupFilter, customerTypeFilter } from "./groups.ts";
import { INTENT_WORDS, type IntentSignals, readSignals } from "./intent.ts";
import { buildLexicon, type LexiconMatch, matchLexicon } from "./lexicon.ts";
import { fuzzyMetrics, type MetricAmbiguity, resolveMetrics } from "./metrics.ts";
import { maskModels, modelsIn } from "./models.ts";
import {
  extractRanking,
  extractSensitivity,
  extractTrend,
  type Ranking,
  type TrendRequest,
} from "./modifiers.ts";
import { contentWords, normalize } from "./normalize.ts";
import { asPlatformReported, platformReported, rewritePhrases } from "./paraphrase.ts";
import { extractTime, type TimeParse, todayIn } from "./time.ts";
import type { PlannerContext } from "./types.ts";

/** Everything read from one question. */
export interface ParsedQuestion {
  text: string;
  today: string;
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
  /** Whether anything at all was recognised (a metric, dimension, value, period or intent). */
  recognised: boolean;
}

/** Preferences from a clarification id: "metric:orders" or "value:platform:meta_ads". */
export function preferencesOf(clarificationId: string | undefined): { metrics: string[]; values: string[] } {
  const [kind, ...rest] = (clarificationId ?? "").split(":");
  if (kind === "metric" && rest[0]) return { metrics: [rest[0]], values: [] };
  if (kind === "value" && rest.length >= 2) return { metrics: [], values: [rest.join(":")] };
  return { metrics: [], values: [] };
}

const valueMatches = (matches: readonly LexiconMatch[]) =>
  matches.filter((m) => m.entries.some((e) => e.target.kind === "value"));

/**
 * Parse a question in context (the clarification preferences apply to ambiguous phrases).
 * @example parseQuestion("roas by channel last month", ctx).metrics // ["roas"]
 */
export function parseQuestion(question: string, ctx: PlannerContext): ParsedQuestion {
  const text = rewritePhrases(normalize(question));
  const today = todayIn(ctx.now, ctx.timeZone);
  const signals = readSignals(text);
  const prefer = preferencesOf(ctx.clarificationId);
  const time = extractTime(maskModels(text), today, signals.budget ? "future" : "past");
  const trend = extractTrend(time.rest);
  const customer = customerTypeFilter(trend.rest);
  const lexicon = buildLexicon(ctx.catalog, ctx.dimensionValues);
  const otherNames = new Set(
    lexicon
      .filter((e) => e.target.kind === "value" && e.target.dimension !== "campaign")
      .map((e) => e.phrase),
  );
  const group = campaignGroupFilter(customer.rest, ctx.dimensionValues, otherNames);
  const reported = platformReported(group.rest);
  const ranked = extractRanking(reported.rest);
  const { matches, rest } = matchLexicon(ranked.rest, question, lexicon);
  const exact = resolveMetrics(matches, ctx.catalog, prefer.metrics);
  const fuzzy = fuzzyMetrics(rest, lexicon, INTENT_WORDS, prefer.metrics);
  const named = [...exact.metrics, ...fuzzy.metrics.filter((k) => !exact.metrics.includes(k))];
  const metrics = reported.reported ? asPlatformReported(named, ctx.catalog) : named;
  const dims = resolveDimensions(matches, ranked.rest, prefer.values);
  for (const f of [customer.filter, group.filter]) if (f) dims.filters.push(f);
  const orderMatch = matches.find(
    (m) => /\bby\s+$/.test(text.slice(0, m.span.start)) && m.entries.some((e) => e.target.kind === "metric"),
  );
  const orderMetric = orderMatch
    ? resolveMetrics([orderMatch], ctx.catalog, prefer.metrics).metrics[0]
    : undefined;
  const unknownWords = contentWords(fuzzy.rest).filter((w) => !INTENT_WORDS.has(w));
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
    signals.listDimension !== undefined;
  return {
    text,
    today,
    signals,
    time,
    metrics,
    metricAmbiguity: exact.ambiguity ?? fuzzy.ambiguity,
    dims,
    trend,
    ranking: ranked.ranking,
    models,
    budget: parseBudget(text, valueMatches(matches)),
    sensitivity: extractSensitivity(text),
    orderMetric,
    unknownWords,
    recognised,
  };
}
