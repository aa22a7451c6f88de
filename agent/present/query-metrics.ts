import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { MetricResultWithTargets } from "../../tools/query-metrics/targets.ts";
import { metricSpecOf, metricTableAnswer, metricTableInputFromResult, trendAnswer } from "../answer/index.ts";
import type { TrendAnswerInput } from "../answer/types.ts";
import { chartInputFromResult, chooseChart } from "../chart/index.ts";
import { basisMixNote } from "./basis-mix-note.ts";
import { channelGroupNote } from "./channel-group-note.ts";
import { clickSessionGapText } from "./click-session-gap.ts";
import { dailyAverageText, perDaySeries, withDailyAverageColumns } from "./daily-average.ts";
import { directionVerdict } from "./direction-verdict.ts";
import { emailWeekdayText } from "./email-weekday.ts";
import { filterNote } from "./filter-note.ts";
import { floorNote } from "./floor-note.ts";
import { memberShares, memberShareText } from "./member-share.ts";
import { memberShareChart } from "./member-share-chart.ts";
import { memberTrendVerdict } from "./member-trend-verdict.ts";
import { modelBasisNote } from "./model-basis-note.ts";
import { namedShareText } from "./named-share.ts";
import { noneExcludedNote } from "./none-excluded.ts";
import { blendedCpaLabelled, paidCpaNote } from "./paid-cpa-note.ts";
import { periodOverPeriodText } from "./period-over-period.ts";
import { platformGapNote } from "./platform-gap-note.ts";
import { rankedVerdictText, rowPickVerdictText } from "./ranked-verdict.ts";
import { restShareText } from "./rest-share.ts";
import { rowsBehindNote } from "./rows-behind-note.ts";
import { tagHygieneText } from "./tag-hygiene.ts";
import { targetText } from "./targets.ts";
import type { Presentation, PresentContext } from "./types.ts";
import { unnamedStateNote } from "./unnamed-state.ts";
import { userDaysNote } from "./user-days-note.ts";
import { labelResult } from "./value-labels.ts";
import { weeklyAverageText } from "./weekly-average.ts";
import { zeroRowsVerdict } from "./zero-rows-verdict.ts";

const TIME_DIMENSIONS = new Set(["date", "week", "month", "quarter", "year"]);

/** The provenance a marketer can read, without SQL parameter values (they may hold filters' PII). */
export function metricProvenance(result: MetricResult): Record<string, unknown> {
  const p = result.provenance;
  return {
    tool: "query_metrics",
    definitions: p.definitions,
    timeRange: p.timeRange,
    comparisonRange: result.comparison?.range,
    filters: p.filters,
    rowCount: p.rowCount,
    dataFreshness: p.dataFreshness,
    attribution: p.attribution,
    sql: p.sql,
  };
}

const GRAINS = ["day", "week", "month", "quarter", "year"] as const;

/**
 * The bucket of a time column: the `date` column is bucketed by the query's grain (day unless
 * set), a `week`/`month`/... column by its own name.
 */
function trendGrain(key: string, grain: unknown): (typeof GRAINS)[number] {
  const named = GRAINS.find((g) => g === (key === "date" ? grain : key));
  return named ?? "day";
}

/**
 * "top 10 days by revenue": days ordered by the metric are a ranking, listed as such; a trend
 * sentence ("in the latest day ... from the first day") over them would read the ranking's first
 * and last rows as the period's start and end.
 */
function rankedByMetric(args: Record<string, unknown>, timeKey: string): boolean {
  if (!Array.isArray(args.orderBy)) return false;
  return args.orderBy.some(
    (o) => typeof o === "object" && o !== null && (o as { field?: unknown }).field !== timeKey,
  );
}

/** A single-metric time series with no other dimension reads best as a trend sentence. */
function trendText(
  result: MetricResult,
  args: Record<string, unknown>,
  ctx: PresentContext,
): string | undefined {
  const input = trendInput(result, args, ctx);
  return input ? trendAnswer(input) : undefined;
}

/** fix20c: "is cpa creeping up?" over a one-metric series: yes, no or no clear direction first. */
function directionText(result: MetricResult, args: Record<string, unknown>, ctx: PresentContext): string {
  const input = trendInput(result, args, ctx);
  return input ? directionVerdict(input, ctx.question) : "";
}

/** The trend sentence's input: a single-metric time series with no other dimension. */
function trendInput(
  result: MetricResult,
  args: Record<string, unknown>,
  ctx: PresentContext,
): TrendAnswerInput | undefined {
  const dims = result.columns.filter((c) => c.kind === "dimension");
  const metrics = result.columns.filter((c) => c.kind === "metric");
  const time = dims[0];
  if (
    dims.length !== 1 ||
    !time ||
    !TIME_DIMENSIONS.has(time.key) ||
    metrics.length !== 1 ||
    result.comparison ||
    rankedByMetric(args, time.key)
  ) {
    return undefined;
  }
  const metric = metrics[0]!;
  const points = result.rows
    .map((r) => ({ date: String(r[time.key]), value: r[metric.key] }))
    .filter((p): p is { date: string; value: number } => typeof p.value === "number");
  if (points.length < 2) return undefined;
  const grain = trendGrain(time.key, result.provenance.grain ?? args.grain);
  const { timeRange } = result.provenance;
  return {
    kind: "trend",
    metric: metricSpecOf(metric),
    grain,
    points,
    period: { from: timeRange.from, to: timeRange.to, timeZone: timeRange.timeZone },
    currency: ctx.currency,
    ...(result.provenance.dataFreshness.adSpendFrom
      ? { dataStart: result.provenance.dataFreshness.adSpendFrom }
      : {}),
    ...(result.provenance.dataFreshness.adSpendThrough
      ? { dataEnd: result.provenance.dataFreshness.adSpendThrough }
      : {}),
  };
}

/**
 * leftC: paid CPA with the blended cost per order beside it, by period: a trend sentence for each
 * (paid first), so "is it getting better" is still answered with two figures on the series.
 */
function pairedTrendText(
  result: MetricResult,
  args: Record<string, unknown>,
  ctx: PresentContext,
): string | undefined {
  const metrics = result.columns.filter((c) => c.kind === "metric").map((c) => c.key);
  if (metrics.length !== 2 || metrics[0] !== "paid_cpa" || metrics[1] !== "cpa") return undefined;
  const [paid, blended] = metrics.map((key) => trendText(onlyMetric(result, key), args, ctx));
  if (!paid || !blended) return undefined;
  // The notes on partial periods and the data's end are said once.
  const said = new Set(paid.split(/(?<=\.)\s+/));
  const own = blended.split(/(?<=\.)\s+/).filter((sentence) => !said.has(sentence));
  return `${paid}\n${own.join(" ")}`;
}

/**
 * fix17c: a few metrics over time ("is the newsletter wearing out": open, click and unsubscribe
 * rates by week; "did paid social stop working": revenue, orders, spend and ROAS by week): a trend
 * sentence for each, so the answer says which way each went; listed as rows, it named none.
 */
function eachTrendText(
  result: MetricResult,
  args: Record<string, unknown>,
  ctx: PresentContext,
): string | undefined {
  const keys = [...metrics(result)];
  if (keys.length < 2 || keys.length > MAX_TREND_SENTENCES) return undefined;
  const texts = keys.map((key) => trendText(onlyMetric(result, key), args, ctx));
  if (texts.some((t) => !t)) return undefined;
  // The notes on partial periods and the data's end are said once.
  const said = new Set<string>();
  return texts
    .map((t) =>
      (t ?? "")
        .split(/(?<=\.)\s+/)
        .filter((sentence, i) => {
          const again = i > 0 && said.has(sentence);
          said.add(sentence);
          return !again;
        })
        .join(" "),
    )
    .join("\n");
}

/** Metrics over time said one sentence each; more are listed as rows. */
const MAX_TREND_SENTENCES = 4;

/** The result with one metric column of several. */
function onlyMetric(result: MetricResult, key: string): MetricResult {
  return {
    ...result,
    columns: result.columns.filter((c) => c.kind !== "metric" || c.key === key),
    rows: result.rows.map((r) =>
      Object.fromEntries(Object.entries(r).filter(([k]) => k === key || !metrics(result).has(k))),
    ),
    totals: Object.fromEntries(Object.entries(result.totals).filter(([k]) => k === key)),
  };
}

const metrics = (result: MetricResult) =>
  new Set(result.columns.filter((c) => c.kind === "metric").map((c) => c.key));

/**
 * Which ROAS this is, when the result has ROAS or MER: a reader must not take blended revenue over
 * spend for the return of the ads, nor the other way round (#12).
 */
function roasNote(result: MetricResult): string {
  // No figure, nothing to qualify ("No data for ..." stands alone).
  const figures = [...result.rows.flatMap((r) => Object.values(r)), ...Object.values(result.totals)];
  if (!figures.some((v) => typeof v === "number")) return "";
  const keys = new Set(result.columns.map((c) => c.key));
  const model = result.provenance.attribution?.model?.replace(/_/g, " ");
  const roas = keys.has("roas")
    ? `ROAS is the revenue ${model ? `the ${model} attribution model` : "the organization's default attribution model"} credits to paid channels, over their ad spend.`
    : "";
  const mer = keys.has("mer")
    ? "MER is all tracked revenue (organic, direct and email included) over ad spend, so it runs higher than ROAS."
    : "";
  return [roas, mer].filter(Boolean).join(" ");
}

/** query_metrics and compare_periods results: a table, a chart from its shape, and provenance. */
export function presentMetricResult(
  raw: MetricResultWithTargets,
  args: Record<string, unknown>,
  ctx: PresentContext,
): Presentation {
  // leftC: beside paid CPA, the blended cost per order is named as blended.
  const result = blendedCpaLabelled(labelResult(raw, ctx.valueLabels));
  const limit = typeof args.limit === "number" ? args.limit : undefined;
  const orderBy = Array.isArray(args.orderBy)
    ? (args.orderBy[0] as { direction?: string } | undefined)
    : undefined;
  const topN = limit
    ? { n: limit, direction: orderBy?.direction === "asc" ? ("bottom" as const) : ("top" as const) }
    : undefined;
  // "avg daily spend by month": the trend sentence and chart read each month's average per day.
  const series = perDaySeries(result) ?? result;
  // leftA: "search and social each month, which got more efficient": the verdict, every period's figures.
  const verdict = memberTrendVerdict(result, args, ctx.currency, ctx.question);
  // fix14b: a named state the data keeps inside 'other' has no row: said so, never a zero for it.
  const unnamed = unnamedStateNote(result);
  const onlyUnnamed = unnamed !== "" && result.rows.length === 0;
  // fix14b: "top 10 states and what % is outside those": the top N and the rest as one row.
  const rest =
    restShareText(result, args, ctx.question, ctx.currency) ||
    // fix14b: "what % of paid clicks never become sessions": the gap by channel, what each counts.
    clickSessionGapText(result, ctx.question) ||
    // fix14b: "which sources look mis-tagged": the pairs checked by rule.
    tagHygieneText(result, ctx.question);
  // leftA: "best weekday for email": the best weekday on rates, and how the sends fall.
  const weekday = emailWeekdayText(result, ctx.question);
  const text = [
    // fix20c: "is our unsub rate creeping up?": the direction's verdict first.
    onlyUnnamed || rest || verdict ? "" : directionText(series, args, ctx),
    // fix7a: "affiliate's share of spend by month": the member's share of each period, then the rest.
    memberShareText(result, args, ctx.question),
    // fix10b: "email revenue share": the named member's share of the whole.
    namedShareText(result, ctx.question, ctx.currency),
    weekday,
    // fix14c: "cpm by channel, and which is cheapest": the winner named, every row listed.
    weekday ? "" : rankedVerdictText(result, args, ctx.question, ctx.currency),
    // fix16d: "which of those two brought more new customers": the row with more of the figure asked.
    rowPickVerdictText(result, args, ctx.question, ctx.currency),
    // fix15e: "campaigns that never got an order": the rows at zero, or none and the fewest.
    zeroRowsVerdict(result, ctx.question ?? "", ctx.currency),
    dailyAverageText(result, ctx.currency),
    weeklyAverageText(result, ctx.currency),
    onlyUnnamed ? unnamed : "",
    !onlyUnnamed &&
      (rest ||
        verdict ||
        periodOverPeriodText(result, args, ctx.question, ctx.currency) ||
        trendText(series, args, ctx) ||
        pairedTrendText(series, args, ctx) ||
        eachTrendText(series, args, ctx) ||
        metricTableAnswer(
          metricTableInputFromResult(result, { currency: ctx.currency, ...(topN ? { topN } : {}) }),
        )),
    modelBasisNote(result, args),
    roasNote(result),
    // fix21b: "the rows behind october revenue by channel": what each row sums, the model named.
    rowsBehindNote(result, ctx.question),
    paidCpaNote(result),
    basisMixNote(result),
    platformGapNote(result),
    targetText(raw.targets, result.columns, ctx),
    onlyUnnamed ? "" : unnamed,
    filterNote(result, ctx.valueLabels),
    floorNote(result, ctx.currency),
    userDaysNote(result),
    channelGroupNote(result),
    noneExcludedNote(result),
  ]
    .filter(Boolean)
    .join("\n");
  // fix8a: a share asked by period is charted as that share, not the counts under it.
  const shares = memberShares(result, ctx.question);
  const chart = shares
    ? memberShareChart(shares, args.grain)
    : chooseChart(chartInputFromResult(series, { currency: ctx.currency }));
  return {
    text,
    data: withDailyAverageColumns(result, {
      columns: result.columns.map((c) => ({ key: c.key, label: c.label, unit: c.unit, format: c.format })),
      rows: result.rows,
    }),
    ...(chart ? { chart: chart as unknown as Record<string, unknown> } : {}),
    provenance: metricProvenance(result),
  };
}
