/**
 * fix18a: follow-ups that narrow or re-point the previous answer's rows. "ones", "those", "them"
 * are the previous rows; a clause after them filters those rows, and a group named with "by
 * campaign" is split into its members. Read alone, each was declined, sent to the catalog search,
 * or answered as another question (a cohort table for "only customers whose first touch was X"):
 * - a move of the rows ("just the ones that dropped", "which of those grew"): the same comparison,
 *   kept to the rows that moved that way (the comparison presenter reads the move from the turn's
 *   words, change-threshold.ts); after one period's breakdown, that period against the one before;
 * - the first touch of the journeys ("only the ones that started with paid social", "customers
 *   whose first touch was email"): the same top paths, kept to journeys that began there;
 * - a group split into its campaigns ("break paid social out by campaign", "non-brand by
 *   campaign", "show the affiliate campaigns individually"): the same measures and period, one row
 *   per campaign of that group.
 */

import type { Catalog } from "../../semantic/catalog/types.ts";
import { asksBothWays, changeThreshold, withChangeThresholdCompare } from "./change-threshold.ts";
import { filterValue } from "./dimensions.ts";
import { normalize } from "./normalize.ts";
import type { ParsedQuestion } from "./parse.ts";
import { rowBound } from "./row-bound.ts";
import type { DimensionValue, Frame, FrameFilter } from "./types.ts";

/** Metric frames whose rows a follow-up narrows. */
const ROW_INTENTS = new Set(["query", "rank", "compare"]);

/** Longest turn read as a narrowing of the previous rows. */
const MAX_WORDS = 14;

/** The previous breakdown's own dimensions, date aside. */
function rowDimensions(frame: Frame): string[] {
  return frame.dimensions.filter((d) => d !== "date");
}

/**
 * "just the ones that went down", "which of those grew", "only the campaigns where spend fell":
 * the previous comparison kept to the rows that moved that way (a metric named goes first, since
 * the presenter filters on the first); one period's breakdown becomes that period against the one
 * before. Undefined when the turn says no move, or asks for a period or breakdown of its own.
 * @example movedRows(parse("only the ones that dropped"), channelComparison, "only the ones that dropped")?.intent // "compare"
 */
export function movedRows(p: ParsedQuestion, prev: Frame, question: string): Frame | undefined {
  if (!ROW_INTENTS.has(prev.intent) || !rowDimensions(prev).length || prev.dimensions.includes("date"))
    return undefined;
  if (p.time.period || p.time.compare || p.text.split(" ").length > MAX_WORDS) return undefined;
  if (p.dims.dimensions.some((d) => !prev.dimensions.includes(d))) return undefined;
  // fix19f: "which went up and which went down": the same comparison, both groups listed.
  if (p.dims.filters.length || !(changeThreshold(question) || asksBothWays(question))) return undefined;
  const named = p.metrics.filter((m) => m !== prev.metrics[0]);
  const metrics = named.length ? [...new Set([...named, ...prev.metrics])] : prev.metrics;
  const frame: Frame = { ...prev, metrics, order: undefined, limit: undefined };
  const compared = prev.intent === "compare" ? frame : withChangeThresholdCompare(frame, question);
  return compared.intent === "compare" ? compared : undefined;
}

/** A journey's start said in words: "first touch", "started with", "came in through", "found us on". */
const STARTED =
  /\b(?:first[- ]?(?:touch|touches|touched|click|clicked|interaction|channel|came|found|heard|visit)|(?:started|start|starts|starting|began|begin|begins|came in|come in|arrived|entered|landed|found us|discovered us|first saw us|first came)\b(?: (?:with|on|from|through|thru|via|in|at|by))?|entry (?:point|channel)|acquired (?:through|via|on|by))\b/;
/** Anywhere on the path, not where it began (journey-intent.ts reads these standalone). */
const ANYWHERE = /\b(?:include|includes|including|involv\w*|contain\w*|anywhere|at any (?:step|point))\b/;

/**
 * "only the ones that started with paid social", "customers whose first touch was email" after top
 * paths: the same paths, kept to journeys that began on the channels or platforms named.
 * @example journeyFirstTouch(parse("only customers whose first touch was tiktok"), topPaths, "...")?.journey?.firstTouch // ["tiktok_ads"]
 */
export function journeyFirstTouch(p: ParsedQuestion, prev: Frame, question: string): Frame | undefined {
  if (prev.intent !== "journeys" || prev.journey?.analysis !== "top_paths") return undefined;
  const text = normalize(question);
  if (!STARTED.test(text) || ANYWHERE.test(text) || p.time.period || p.dims.dimensions.length)
    return undefined;
  const named = p.dims.filters.filter(
    (f) => (f.field === "channel" || f.field === "platform") && f.op === "in",
  );
  const firstTouch = named
    .flatMap((f) => f.values)
    .filter((v): v is string => typeof v === "string")
    .slice(0, 4);
  if (!firstTouch.length || named.length !== p.dims.filters.length) return undefined;
  return {
    ...prev,
    filters: named,
    journey: { ...prev.journey, firstTouch },
    metrics: [...new Set([...prev.metrics, "customers"])],
  };
}

/** "by campaign", "into its campaigns", "campaign by campaign", "individually", "each campaign". */
const INTO_CAMPAIGNS =
  /\b(?:by|per|into|to|across|at) (?:its |their |the |his |each |individual )?campaigns?(?: level)?\b|\bcampaign (?:by campaign|level|breakdown|split)\b|\b(?:each|every|individual) campaigns?\b|\bcampaigns? (?:individually|one by one|separately|each)\b|\b(?:individually|separately|one by one)\b/;
/** "non-brand", "nonbranded", "unbranded", "generic": the search campaigns but the brand one. */
const NON_BRAND = /\b(?:non ?brand(?:ed)?|unbranded|generic)\b/;
/** "brand", "branded" said alone. */
const BRAND = /\bbrand(?:ed)?\b/;

/** The campaigns whose name has "brand" as its own word ("Search - Brand - Exact"). */
function brandCampaigns(values: readonly DimensionValue[]): (string | number)[] {
  return values
    .filter((v) => v.dimension === "campaign" && normalize(v.label).split(" ").includes("brand"))
    .map((v) => filterValue("campaign", String(v.value)));
}

/** The filters naming the group the turn names, or undefined when it names none. */
function namedGroup(
  p: ParsedQuestion,
  text: string,
  values: readonly DimensionValue[],
): FrameFilter[] | undefined {
  const brand = brandCampaigns(values);
  const search: FrameFilter = { field: "channel", op: "in", values: ["paid_search"] };
  if (brand.length && NON_BRAND.test(text))
    return [search, { field: "campaign", op: "not_in", values: brand }];
  const where = p.dims.filters.filter((f) => f.field === "channel" || f.field === "platform");
  if (where.length) return where;
  if (brand.length && BRAND.test(text)) return [{ field: "campaign", op: "in", values: brand }];
  return undefined;
}

/**
 * "break paid social out by campaign", "non-brand by campaign", "show the affiliate campaigns
 * individually": the previous measures and period, one row per campaign of the group named (a
 * channel, a platform, or the non-brand search campaigns).
 * @example groupIntoCampaigns(parse("split paid social into its campaigns"), byChannel, "...", values)?.dimensions // ["campaign"]
 */
export function groupIntoCampaigns(
  p: ParsedQuestion,
  prev: Frame,
  question: string,
  values: readonly DimensionValue[],
): Frame | undefined {
  if (!ROW_INTENTS.has(prev.intent) || prev.dimensions.includes("date")) return undefined;
  const text = normalize(question);
  if (!INTO_CAMPAIGNS.test(text) || p.time.period || p.text.split(" ").length > MAX_WORDS) return undefined;
  if (p.dims.dimensions.some((d) => d !== "campaign")) return undefined;
  if (p.metrics.some((m) => !prev.metrics.includes(m))) return undefined;
  const group = namedGroup(p, text, values);
  if (!group) return undefined;
  const fields = new Set(group.map((f) => f.field));
  // The group replaces any filter on where the money went or which campaigns; the rest carries over.
  const kept = prev.filters.filter(
    (f) => !fields.has(f.field) && f.field !== "campaign" && f.field !== "channel" && f.field !== "platform",
  );
  return {
    ...prev,
    dimensions: ["campaign"],
    filters: [...kept, ...group],
    groups: undefined,
    order: prev.intent === "compare" ? undefined : prev.order,
    limit: undefined,
  };
}

/** Words that set the new group beside the previous one rather than in its place. */
const BESIDE =
  /\b(?:compare|compared|comparing|vs|versus|against|next to|beside|alongside|side by side|stack(?:s|ed)? up|relative to)\b/;
/** A group named as a kind of campaign: "the holiday ones", "our summer campaigns", "bf25 ones". */
const KIND_OF_CAMPAIGN = /\b([a-z]+(?: ?\d{2})?) (?:ones|campaigns|campaign ones)\b/g;
/** Fields that say where the money went: a group of rows is named by one of them. */
const WHERE = new Set(["campaign", "channel", "platform"]);

interface RowGroup {
  label: string;
  filter: FrameFilter;
}

/** The campaigns whose names start with the word ("holiday" or "holiday25": Holiday25 - ...), with the prefix. */
function campaignsOfPrefix(word: string, values: readonly DimensionValue[]): RowGroup | undefined {
  const bare = word.replace(/ /g, "");
  const members = values.filter((v) => {
    if (v.dimension !== "campaign") return false;
    const prefix =
      v.label
        .split(/\s[-|–:]\s/)[0]
        ?.trim()
        .toLowerCase() ?? "";
    return (
      prefix !== v.label.trim().toLowerCase() && (prefix === bare || prefix.replace(/\d+$/, "") === bare)
    );
  });
  if (members.length < 2) return undefined;
  const prefix = members[0]!.label.split(/\s[-|–:]\s/)[0]!.trim();
  return {
    label: `${prefix} campaigns`,
    filter: { field: "campaign", op: "in", values: members.map((m) => filterValue("campaign", m.value)) },
  };
}

/** The group a filter names, labelled: a campaign prefix's campaigns, or a channel or platform. */
function groupOf(f: FrameFilter, values: readonly DimensionValue[]): RowGroup | undefined {
  if (!WHERE.has(f.field) || f.op !== "in" || !("values" in f) || !f.values.length) return undefined;
  const named = values.filter(
    (v) =>
      (v.dimension === f.field || (f.field === "campaign" && v.dimension === "campaign")) &&
      f.values.map(String).includes(v.value),
  );
  if (f.field === "campaign") {
    const prefixes = new Set(named.map((v) => v.label.split(/\s[-|–:]\s/)[0]?.trim()));
    const [prefix] = [...prefixes];
    const whole = prefixes.size === 1 && prefix ? campaignsOfPrefix(prefix.toLowerCase(), values) : undefined;
    const same =
      whole &&
      whole.filter.op === "in" &&
      "values" in whole.filter &&
      whole.filter.values.length === f.values.length;
    return {
      label: same ? whole.label : named.map((v) => v.label).join(" and ") || "those campaigns",
      filter: f,
    };
  }
  return { label: named.map((v) => v.label).join(" and ") || f.values.join(", "), filter: f };
}

/** The group the turn names: a kind of campaign said with "ones" or "campaigns", else a channel, platform or campaign read. */
function turnGroup(p: ParsedQuestion, text: string, values: readonly DimensionValue[]): RowGroup | undefined {
  const where = p.dims.filters.filter((f) => WHERE.has(f.field) && f.op === "in");
  if (where.length === 1) return groupOf(where[0]!, values);
  if (where.length) return undefined;
  // A season's word ("the summer ones") is read as a period: here it names the campaigns.
  for (const m of text.matchAll(KIND_OF_CAMPAIGN)) {
    const word = m[1]!.endsWith("friday") ? "bf" : m[1]!;
    const found = campaignsOfPrefix(word, values);
    if (found) return found;
  }
  return undefined;
}

const sameValues = (a: FrameFilter, b: FrameFilter) =>
  a.field === b.field &&
  "values" in a &&
  "values" in b &&
  [...a.values].map(String).sort().join() === [...b.values].map(String).sort().join();

/**
 * "now the holiday ones", "same for the summer ones", "compare that to the holiday ones" after the
 * BF25 campaigns: a sibling group of rows in the previous group's place, or set beside it (one
 * total each, with the campaigns' rows). Everything else (measures, period) carries over.
 * @example siblingGroup(parse("compare that to the holiday ones"), bf25Campaigns, "...", values)?.groups?.map((g) => g.label) // ["BF25 campaigns", "Holiday25 campaigns"]
 */
export function siblingGroup(
  p: ParsedQuestion,
  prev: Frame,
  question: string,
  values: readonly DimensionValue[],
): Frame | undefined {
  if (!ROW_INTENTS.has(prev.intent) || prev.groups?.length || prev.dimensions.includes("date"))
    return undefined;
  if (p.dims.dimensions.some((d) => !prev.dimensions.includes(d)) || p.text.split(" ").length > MAX_WORDS)
    return undefined;
  if (p.metrics.some((m) => !prev.metrics.includes(m))) return undefined;
  const before = prev.filters.filter((f) => WHERE.has(f.field) && f.op === "in");
  const old = before.length === 1 ? groupOf(before[0]!, values) : undefined;
  const text = normalize(question);
  const next = turnGroup(p, text, values);
  if (!old || !next || sameValues(old.filter, next.filter)) return undefined;
  const rest = prev.filters.filter((f) => !WHERE.has(f.field));
  if (!BESIDE.test(text)) return { ...prev, filters: [...rest, next.filter] };
  const campaigns = old.filter.field === "campaign" && next.filter.field === "campaign";
  const mixed = !campaigns && (old.filter.field === "campaign" || next.filter.field === "campaign");
  const union: FrameFilter[] = campaigns
    ? [
        {
          field: "campaign",
          op: "in",
          values: [
            ...(old.filter as { values: (string | number)[] }).values,
            ...(next.filter as { values: (string | number)[] }).values,
          ],
        },
      ]
    : [];
  return {
    ...prev,
    intent: "query",
    // Campaign rows come only when both groups are campaigns (their rows in one call); a campaign
    // group beside a channel or platform is set side by side as totals.
    dimensions: campaigns ? ["campaign"] : mixed ? [] : prev.dimensions,
    filters: [...rest, ...union],
    groups: [old, next].map((g) => ({ label: g.label, filters: [g.filter] })),
    order: undefined,
    limit: undefined,
  };
}

/**
 * The previous answer's rows narrowed or split as the turn asks, or undefined when it is none of
 * these (see the file comment).
 */
export function narrowedRows(
  p: ParsedQuestion,
  prev: Frame,
  question: string,
  values: readonly DimensionValue[],
  catalog?: Catalog,
): Frame | undefined {
  // "why did the ones that dropped fall", "move budget from those": an ask of its own.
  const s = p.signals;
  if (s.explain || s.budget || s.anomalies || s.define) return undefined;
  return (
    journeyFirstTouch(p, prev, question) ??
    groupIntoCampaigns(p, prev, question, values) ??
    movedRows(p, prev, question) ??
    (catalog ? rowBound(p, prev, question, catalog) : undefined) ??
    siblingGroup(p, prev, question, values)
  );
}
