/**
 * "are we on track vs our targets", "how are we doing against goals": the organization's targets
 * against actuals. The headline metrics are queried; query_metrics carries each target check and
 * the answer says which targets are met, missed, or that none is set and how to set one
 * (agent/present/targets.ts). Read as words, "track targets" was once searched as a metric name.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { frameFor, inCatalog } from "./frame.ts";
import { normalize } from "./normalize.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame, PlannerContext } from "./types.ts";

/** Targets or goals asked about as a whole, with no metric named. */
const TARGETS_STATUS =
  /\b(?:on track|on pace|pacing|pace|hitting|hit|meeting|meet|making|reaching|against|vs|versus|compared to|relative to|how (?:are|were) we doing (?:on|with)|status of|progress (?:on|toward|towards|against))\b.{0,30}\b(?:targets?|goals?|kpi targets?|objectives)\b/;

/**
 * fix9b: the targets themselves asked for ("which goals have we set", "list our kpi targets"): the
 * same answer, which lists each target set beside its actual (read as words it was a catalog search).
 * lead21: "what are our targets", "whats our current goals".
 * fix17a: "do we have any kpi targets", a bare "targets?".
 */
const TARGETS_LISTED =
  /\b(?:what|which|list|show(?: me)?|any|do we have(?: any)?)\b.{0,25}\b(?:targets?|goals?|kpi targets?)\b.{0,25}\b(?:set|have|got|configured|defined|in place|saved|exist)\b|\b(?:list|show(?: me)?) (?:all |the |our |my )*(?:kpi )?(?:targets|goals)\b|\b(?:what|which)(?: are| r| is|s| s)? (?:all )?(?:our|my|the) (?:current )?(?:kpi |marketing )?(?:targets|goals)\b|\b(?:do|did|have) (?:we|i) (?:even )?(?:have |got |set )?(?:any )?(?:kpi |marketing )?(?:targets|goals)\b|^(?:our |the |my )?(?:kpi |marketing )?targets\s*$/;

/**
 * left16a: the targets named first, then how they stand ("which targets are we missing", "goals we
 * are behind on", "any kpi targets off track"): read as words it was a catalog search.
 */
const TARGETS_THEN_STATUS =
  /\b(?:targets?|goals?|kpi targets?)\b.{0,30}\b(?:missing|missed|miss|behind|off (?:track|pace|target)|short|falling short|fall short|failing|not (?:hitting|meeting|making|reaching)|hitting|hit|meeting|met|making|reaching|on track|on pace|achiev(?:ed|ing)|beating|beat|exceed(?:ed|ing)?)\b|\b(?:how far|how close|how much)\b.{0,20}\b(?:off|from|behind|short of|away from)\b.{0,15}\b(?:targets?|goals?)\b|\b(?:missing|missed|behind|short of|falling short of|off) (?:on )?(?:any |our |my |the |which )?(?:kpi )?(?:targets?|goals?)\b/;

/** Metrics a target is usually set on: each one's check is in the answer when a target exists. */
export const TARGET_METRICS = ["revenue", "spend", "roas", "orders", "cpa", "cac"];

/**
 * leftE: "goals" also reads as the campaign objective breakdown ("which goals are configured" was
 * a catalog search for "configured"); asked of goals with no word for campaigns or objectives, the
 * organization's targets are meant.
 */
const OBJECTIVE_WORDS = /\b(?:objectives?|campaigns?|awareness|traffic|conversions objective)\b/;

/** @example asksTargetsStatus(parse("are we on track vs our targets")) // true */
export function asksTargetsStatus(p: ParsedQuestion): boolean {
  const goalsAsObjective =
    p.dims.dimensions.length > 0 &&
    p.dims.dimensions.every((d) => d === "campaign_objective") &&
    /\bgoals?\b/.test(p.text) &&
    !OBJECTIVE_WORDS.test(p.text);
  // fix19e: "october performance by channel vs target": each channel's figures with the target
  // checks (a breakdown named beside the targets is kept; the answer says where none is set).
  const byBreakdown = p.dims.dimensions.length > 0 && !goalsAsObjective && TARGETS_STATUS.test(p.text);
  return (
    !p.metrics.length &&
    (!p.dims.dimensions.length || goalsAsObjective || byBreakdown) &&
    (TARGETS_STATUS.test(p.text) ||
      TARGETS_LISTED.test(p.text) ||
      TARGETS_THEN_STATUS.test(p.text) ||
      (TARGET_WORDS.test(p.text) && TARGET_GAP_RANK.test(p.text)))
  );
}

/** The headline metrics over the question's period (the latest month with data by default). */
export function targetsFrame(p: ParsedQuestion, catalog: Catalog): Frame {
  const frame = frameFor("query", p, catalog);
  // "goals" read as the objective breakdown: the targets are over everything.
  const dimensions = frame.dimensions.filter((d) => d !== "campaign_objective");
  const metrics = inCatalog(TARGET_METRICS, catalog);
  // fix18a: "which one are we furthest from" ranks the targets, not campaigns by a metric.
  if (TARGET_GAP_RANK.test(p.text) && p.dims.dimensions.every((d) => d === "campaign_objective"))
    return {
      ...frame,
      dimensions: [],
      metrics,
      order: undefined,
      limit: undefined,
    };
  return { ...frame, dimensions, metrics };
}

/** A target word in the previous question ("what are our targets", "list our goals"). */
const TARGET_WORDS = /\b(?:targets?|goals?|kpi targets?)\b/;

/**
 * fix17a: how the actuals stand against targets the previous turn listed, with a pronoun for them
 * ("how are we tracking against them", "are we hitting them", "how far off are we", "on pace?").
 * Read alone it was the overview, which never named a target.
 */
const STATUS_AGAIN =
  /\b(?:track(?:ing)?|doing|pacing|performing|measuring up|stack(?:ing)? up|hitting|hit|meeting|meet|making|reaching|beating|missing|behind|ahead)\b.{0,20}\b(?:them|those|these|it|that|each|each one)\b|\b(?:how far|how close)\b.{0,20}\b(?:off|away|are we|from)\b|\b(?:on track|on pace|off track|on target)\b|\bare we (?:there|close)\b/;

/**
 * fix18a: the targets ranked by how far off they are ("which one are we furthest from", "where's
 * the biggest gap", "which goal is most behind", "what are we closest to hitting"): the same
 * answer, led by that target (agent/present/targets.ts).
 */
export const TARGET_GAP_RANK =
  /\b(?:furthest|farthest|furthermost|further (?:off|from|behind)|most (?:behind|off|short)|(?:biggest|largest|widest|worst) (?:gap|miss|shortfall)|(?:miss\w*|behind|off|short) (?:on |by )?(?:the )?most|closest|nearest|worst)\b/;

/** Said first: the answer repeats the figures on purpose, each held against its target. */
export const TARGETS_AGAIN_NOTE = "Each figure below is held against its target, where one is set.";

/**
 * fix19b: which of the targets shown stand off them, asked with no pronoun ("which ones are
 * behind", "any we're missing?", "what's lagging", "who fell short"): after a targets answer the
 * rows are the targets (read alone, "which ones are behind" was declined as off topic).
 */
export const BEHIND_TARGET =
  /\b(?:behind|ahead|missing|missed|miss|misses|short|lagging|lag|underperform\w*|under ?delivering|off (?:track|pace|target)|not (?:on track|on pace|hitting|meeting|making))\b/;

/** Breakdowns a target may be set on, asked per member after a targets answer ("which channel missed most"). */
const TARGET_SPLITS: ReadonlySet<string> = new Set(["channel", "platform", "campaign"]);

/** Whether a turn asks about the targets the previous question named. */
export function asksTargetsAgain(p: ParsedQuestion, previousQuestion: string | undefined): boolean {
  if (!previousQuestion || !TARGET_WORDS.test(normalize(previousQuestion))) return false;
  if (p.metrics.length) return false;
  // fix19b: "which channel missed by the most": the targets' metrics per channel (a target may be
  // set per channel; the answer says when none is).
  const gap = TARGET_GAP_RANK.test(p.text) || BEHIND_TARGET.test(p.text);
  if (p.dims.dimensions.length) return gap && p.dims.dimensions.every((d) => TARGET_SPLITS.has(d));
  return STATUS_AGAIN.test(p.text) || gap;
}

/**
 * fix19b: the targets asked again keep the period of the targets answer before ("which ones are
 * behind" after October's targets is October), unless the turn names its own.
 */
export function withTargetsPeriod(frame: Frame, p: ParsedQuestion, previous: Frame | undefined): Frame {
  if (p.time.period || !previous || !TARGET_METRICS.every((m) => previous.metrics.includes(m))) return frame;
  return { ...frame, period: previous.period };
}

/** fix19b: the targets per member are every member's row held against its target, not a top-N cut. */
export function targetsPerMember(frame: Frame): Frame {
  if (!frame.dimensions.length) return frame;
  const { order: _o, limit: _l, ...rest } = frame;
  return rest;
}

/** A short follow-up that names only the targets ("and vs target", "how about against goals?"). */
const TARGETS_FOLLOW_UP =
  /^(?:(?:and|ok|okay|so|now|also|what about|how about)\s+)*(?:(?:how (?:are|were|did) we (?:doing|do|tracking|pacing) )?(?:vs|versus|against|compared to|relative to|on) (?:the |our |my )?(?:kpi )?(?:targets?|goals?)|(?:the |our )?(?:targets?|goals?)(?: too| as well)?)\s*\??$/;

/**
 * fix19e: "and vs target" after "october MoM for revenue, spend, ROAS and CAC": the previous
 * turn's period, measures and filters held against their targets, not the default 30 days of six
 * headline metrics.
 */
export function targetsAfter(frame: Frame, r: { p: ParsedQuestion; ctx: PlannerContext }): Frame {
  const prev = r.ctx.previous;
  if (prev?.kind !== "tool_calls" || r.p.time.period || !TARGETS_FOLLOW_UP.test(r.p.text)) return frame;
  const before = prev.frame;
  if (!before.period || !before.metrics.length) return frame;
  const dimensions = frame.dimensions.length
    ? frame.dimensions
    : before.dimensions.filter((d) => d !== "date");
  return {
    ...frame,
    period: before.period,
    metrics: before.metrics.filter((m) => m !== "mer"),
    filters: before.filters,
    dimensions,
  };
}
