/**
 * The metric question: what is left when no special intent matched. Its intent (query, rank,
 * trend, compare, explain, attribution, budget, anomalies, define, search, list_values) comes from
 * the question's signals, metrics, period and ranking; its frame from frame.ts plus the
 * finishing touches (MER beside ROAS, the daily average, campaign groups, no redundant email
 * filter, periods settled against the data's end).
 */

import type { Catalog } from "../../../semantic/catalog/types.ts";
import { withAdReturn } from "../ad-return.ts";
import { withAskedRatios, withShareParts } from "../asked-ratio.ts";
import { withBaselineInData } from "../baseline-before-data.ts";
import { withCampaignGroups, withNoCampaignNote } from "../campaign-groups.ts";
import { withEachMember } from "../campaign-members-intent.ts";
import { campaignWindows } from "../campaign-windows.ts";
import { betterRanking, changeRanking, rankedChange } from "../change-ranking.ts";
import { changeThreshold, withChangeThresholdCompare } from "../change-threshold.ts";
import { withConvertedPart } from "../converted-part.ts";
import { withDailyAverage } from "../daily-average.ts";
import { withEmailEngagement } from "../email-engagement.ts";
import { withEmailKindGroups } from "../email-kind-groups.ts";
import { frameFor } from "../frame.ts";
import { withGroupCounts } from "../group-counts.ts";
import { withGrowthCostVerdict } from "../growth-cost-judged.ts";
import { withPaidCpa } from "../honest-cpa.ts";
import { withMerBesideRoas, withNcRoasParts } from "../honest-roas.ts";
import { withLastYearInData } from "../last-year-partial.ts";
import { grainsNamed } from "../modifiers.ts";
import { withNormalBaseline } from "../normal-baseline.ts";
import type { ParsedQuestion } from "../parse.ts";
import { withPayoff } from "../payoff-compare.ts";
import { withPeriodGroups } from "../period-groups.ts";
import { settlePeriods } from "../period-settle.ts";
import { withCampaignGroupTotals, withRegionGroups } from "../region-groups.ts";
import { asksSharpDrop, SHARP_DROP_COMPANIONS } from "../sharp-drop.ts";
import { withSpendReturn } from "../spend-return.ts";
import { withSpread } from "../spread-ask.ts";
import type { Frame, Intent } from "../types.ts";
import { whatChangedIn } from "../what-changed-in.ts";
import { withWordSideGroups } from "../word-side-groups.ts";
import {
  CREDITED_TOTALS,
  EMAIL_VALUES,
  LOOKS_LIKE_DEFINITION,
  OWN_BUSINESS,
  SIDE_BY_SIDE_WORDS,
} from "./phrasings.ts";
import type { Reading } from "./types.ts";

/** Words that set two things against each other (a comparison), not a direction over time. */
const EXPLICIT_CONTRAST =
  /\b(?:vs|versus|compared?|comparison|against|relative to|than|difference|delta|change|changed|changes)\b/;

/** Intents that report on data that already exists (and so cannot answer for the future). */
export const REPORTING: ReadonlySet<Intent> = new Set([
  "query",
  "rank",
  "trend",
  "compare",
  "explain",
  "anomalies",
]);

/** Intents that need the question's metric resolved before they can run. */
export const NEEDS_METRIC: ReadonlySet<Intent> = new Set([
  "query",
  "rank",
  "trend",
  "compare",
  "explain",
  "define",
  "anomalies",
]);

/** Intents whose answer can be broken down by a dimension. */
export const BREAKDOWN_INTENTS: ReadonlySet<Intent> = new Set([
  "query",
  "rank",
  "trend",
  "compare",
  "explain",
  "anomalies",
]);

/** Intents whose answer is a catalog search when the question names a metric the catalog lacks. */
export const SEARCHABLE: ReadonlySet<Intent> = new Set(["query", "rank", "trend", "compare", "define"]);

/** The intent of a fresh (not follow-up) metric question. */
export function metricIntentOf(p: ParsedQuestion): Intent {
  const s = p.signals;
  const noPeriod = !p.time.period && !p.time.compare;
  const plainWhat =
    LOOKS_LIKE_DEFINITION.test(p.text) &&
    !s.explain &&
    !s.compare &&
    !s.anomalies &&
    !p.ranking &&
    !OWN_BUSINESS.test(p.text) &&
    !p.dims.dimensions.length &&
    !p.dims.filters.length;
  // Two metrics contrasted with no period or filter: what sets them apart, not how they moved.
  if (s.contrast && noPeriod && p.metrics.length >= 2 && !p.dims.filters.length && !p.dims.dimensions.length)
    return "define";
  if ((s.define || plainWhat) && noPeriod && (p.metrics.length || p.metricAmbiguity || s.define))
    return "define";
  if (s.catalogHelp && !p.metrics.length) return "search";
  if (s.listDimension && !p.metrics.length) return "list_values";
  if (s.budget) return "budget";
  // "why do markov and shapley credit display so differently": the models' credit side by side
  // (the answer says what each rewards), not a change over time.
  if (s.explain && p.models.length >= 2) return "attribution";
  // fix7b: "why did orders tank mid march": the days that fell, not two averages (sharp-drop.ts).
  if (asksSharpDrop(p)) return "anomalies";
  if (s.explain) return "explain";
  // fix20c: "cpa last week vs the week before, what changed?": the move with what moved it, not a scan.
  const changedIn = whatChangedIn(p);
  if (changedIn) return changedIn;
  if (s.attribution || p.models.length) {
    const ratio = p.metrics.some((m) => !CREDITED_TOTALS.test(m));
    // fix10c: "new customers by first touch channel": new customers counted on the channel the
    // model credits (query_metrics with the model), not every order's credit (the attribution tool).
    const newCustomers = p.metrics.includes("new_customers");
    // lead22: email's credit across every model ("how does email's credit change across
    // attribution models") is the attribution tool's table (one query per model holds three, and
    // the email measures are not what the models credit). Other rates keep one query per model.
    if (p.models.length > 3 && p.metrics.length && p.metrics.every((m) => m.startsWith("email_")))
      return "attribution";
    return (ratio || newCustomers) && p.models.length ? "query" : "attribution";
  }
  // "CVR in August vs July, something broke?": two named periods are a comparison (it shows whether
  // anything broke); an anomaly scan of one of them answered a different question.
  if (s.anomalies && p.time.compare?.mode !== "explicit") return "anomalies";
  // fix6b: "spend on may 14 looks insane, what happened?": the event asked about is a scan of the
  // named metric over the named days, with what moved it and the planned changes in it.
  if (s.diagnose && p.metrics.length && p.time.period && p.time.compare?.mode !== "explicit")
    return "anomalies";
  // fix6c: "unsub rate by month, getting worse?": one metric's series asked with only a direction
  // word is its trend (the answer gives first vs last, peak and low), not the whole span against
  // the one before. (Several metrics keep the comparison, whose answer says each one's direction.)
  if (
    p.trend.trend &&
    p.metrics.length === 1 &&
    grainsNamed(p.text).length &&
    !p.time.compare &&
    s.compare &&
    !EXPLICIT_CONTRAST.test(p.text)
  )
    return "trend";
  // "mom growth in orders for q3": month over month within a period of several months is the
  // monthly series with each month's change on the one before, not the period against the one before.
  if (p.time.seriesGrain && !p.time.compare) return "trend";
  const changeWords = s.compare && !SIDE_BY_SIDE_WORDS.test(p.text);
  if (p.time.compare || (changeWords && !p.ranking && !p.sideBySide)) return "compare";
  // fix12c: "which campaign had the sharpest fall in ctr in june": members ranked by the move
  // from the period before, not by june's level.
  if (!p.sideBySide && !SIDE_BY_SIDE_WORDS.test(p.text) && rankedByMove(p)) return "compare";
  if (p.ranking) return "rank";
  if (p.trend.trend) return "trend";
  return "query";
}

/** A ranking of members (not days) by how far a metric moved: the comparison answers it. */
function rankedByMove(p: ParsedQuestion): boolean {
  const members = p.dims.dimensions.filter((d) => d !== "date");
  return (
    members.length > 0 && members.length === p.dims.dimensions.length && rankedChange(p.text) !== undefined
  );
}

/**
 * "newsletter open rate": a channel or platform filter naming email on metrics that exist only for
 * email (and so cannot be filtered by channel) says nothing the metric does not; it is dropped.
 */
export function redundantEmailFilter(
  f: Frame["filters"][number],
  metrics: readonly string[],
  catalog: Catalog,
): boolean {
  if (f.field !== "channel" && f.field !== "platform") return false;
  if (!f.values.every((v) => EMAIL_VALUES.has(String(v)))) return false;
  return (
    metrics.length > 0 &&
    metrics.every((m) => {
      const def = catalog.metrics.get(m);
      return def !== undefined && m.startsWith("email_") && !def.supportedDimensions.includes(f.field);
    })
  );
}

/** Traffic, orders and spend: read together they tell a tracking loss from a demand drop. */
const DIAGNOSIS_COMPANIONS = ["sessions", "orders", "spend"] as const;

/**
 * fix6b: "what happened on march 17? orders fell off a cliff": one day of an outcome asked about is
 * scanned beside sessions, orders and spend, so the answer shows whether traffic and orders fell
 * together while spend ran (tracking lost) or only the one metric moved.
 */
function withDiagnosisCompanions(frame: Frame, diagnose: boolean, sharpDrop: boolean): string[] {
  if (sharpDrop && frame.intent === "anomalies")
    return [...new Set([...frame.metrics, ...SHARP_DROP_COMPANIONS])];
  const oneDay = frame.period && frame.period.from === frame.period.to;
  const outcome =
    frame.metrics.length === 1 &&
    ["orders", "revenue", "sessions", "conversions"].includes(frame.metrics[0]!);
  if (!diagnose || frame.intent !== "anomalies" || !oneDay || !outcome) return frame.metrics;
  return [...new Set([...frame.metrics, ...DIAGNOSIS_COMPANIONS])];
}

/** The frame of a metric question whose intent is `intent`. */
export function metricQuestionFrame(r: Reading, intent: Intent): Frame {
  const { p, ctx } = r;
  const metricFrame = withPaidCpa(
    withNcRoasParts(
      withMerBesideRoas(frameFor(intent, p, ctx.catalog), ctx.catalog, p.metrics),
      ctx.catalog,
      p.metrics,
    ),
    ctx.catalog,
    p.metrics,
    r.question.toLowerCase(),
  );
  const frame = withCampaignGroups(
    // fix15d: "standard deviation of daily revenue": the series with its spread (spread-ask.ts).
    withSpread(withDailyAverage(withAdReturn(metricFrame, ctx.catalog, r.question), p.text), p.text),
    p.text,
    ctx.catalog,
  );
  frame.filters = frame.filters.filter((f) => !redundantEmailFilter(f, frame.metrics, ctx.catalog));
  // fix5c: "the BF25 campaigns, spend and roas each": every campaign of the group.
  Object.assign(frame, withEachMember(frame, p.text));
  // fix5c: "... and how many converted": orders and the conversion rate beside the traffic.
  frame.metrics = withConvertedPart(frame, p.text, ctx.catalog).metrics;
  // fix6c: "new vs returning, how many of each and the revenue": the customer counts beside it.
  frame.metrics = withGroupCounts(frame, p.text, ctx.catalog).metrics;
  // fix5c: "how's email engagement been": sends, rates and the previous period beside the counts.
  Object.assign(frame, withEmailEngagement(frame, p.text, ctx.catalog));
  if (intent === "list_values") frame.listDimension = p.signals.listDimension;
  if (intent === "search") frame.searchText = "";
  frame.metrics = withDiagnosisCompanions(frame, p.signals.diagnose, asksSharpDrop(p));
  // fix7a: "vs normal": the usual level for ratios, a like-for-like stretch for totals.
  // fix7c: a baseline wholly before the first day of data: the months that exist, said so.
  // "which campaigns doubled their spend last month": a threshold on a change compares periods.
  const framed = withChangeThresholdCompare(frame, r.question);
  // fix17e: a rate "this year vs last year" with last year's data starting late: its covered part.
  const settled = withLastYearInData(
    withBaselineInData(settlePeriods(framed, p, r.question), ctx.dataStart, ctx.dataEnd),
    r.question,
    ctx.dataStart,
    ctx.catalog,
  );
  // fix9c: "which campaign's cpa rose most": every member, ordered by the change when presented;
  // a top-n cut by the current value would keep the wrong ones.
  const byMove =
    changeRanking(r.question) || rankedByMove(p) || changeThreshold(r.question) || betterRanking(r.question);
  if (settled.intent === "compare" && byMove) delete settled.limit;
  // s16: "east coast vs west coast": parts of the US as their states, after the periods settle
  // (which clears the frame's note, where the states each part holds are said).
  // The finishing steps, in order; each returns the frame changed or as it was.
  let done = withNoCampaignNote(
    withNormalBaseline(settled, ctx.catalog, campaignWindows(ctx.dimensionValues), ctx.dataStart),
    p.text,
  );
  done = withRegionGroups(done, p.text, ctx.catalog);
  done = withCampaignGroupTotals(done, p.campaignGroups);
  // lead22: "black friday, cyber monday and christmas": each stretch over its own dates.
  done = withPeriodGroups(done, p.time.windows);
  // fix12d: "prospecting vs retargeting": two kinds of campaign named by a word, one total each.
  done = withWordSideGroups(done, p.text, ctx.dimensionValues, ctx.catalog);
  // fix12e: "the newsletter vs the promos": one total per kind of email beside each send's row.
  done = withEmailKindGroups(done, p.text, ctx.dimensionValues);
  // lead18: "rev/session by channel": a ratio of two metrics the catalog lacks, computed by the tool.
  done = withAskedRatios(done, p.text, r.question, ctx.catalog, ctx.dimensionValues);
  // fix20b: "ad spend as % of revenue": the share with the spend and revenue it divides.
  done = withShareParts(done, ctx.catalog);
  // fix15f: "we spent more in q3, did it pay off": revenue, ROAS and MER beside spend, judged.
  done = withPayoff(done, r.question.toLowerCase());
  // fix21d: "what did we spend over bf25 and what did it bring back": the return beside the spend.
  done = withSpendReturn(done, r.question.toLowerCase().replace(/\s+/g, " "));
  // fix12d: "are we buying growth": new customers against their cost, with a verdict.
  return withGrowthCostVerdict(done, p.text, p.today, ctx.dataEnd);
}
