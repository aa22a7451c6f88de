/**
 * Dimension resolution: breakdowns ("by channel", "which campaign", "tiktok campaigns") and
 * filters from named values ("on Meta", "excluding display"), with ambiguity when one name fits
 * several channels or platforms equally.
 */
import type { LexiconMatch } from "./lexicon.ts";
import { NEGATED_BEFORE } from "./negation.ts";
import type { FrameFilter } from "./types.ts";

/** A name that fits several values; options become clarification choices. */
export interface ValueAmbiguity {
  phrase: string;
  options: Array<{ dimension: string; value: string; label: string }>;
}

/** Breakdowns and filters found in a question. */
export interface DimensionResolution {
  dimensions: string[];
  filters: FrameFilter[];
  ambiguity?: ValueAmbiguity | undefined;
}

/** What joins the values of a list: "direct and organic", "email, referral or affiliate". */
const LIST_JOIN = /^\s*(?:,\s*)?(?:(?:and|or|nor|&|plus|\/)\s*)?(?:the\s+|our\s+)?$/;

/** When one name fits values of several dimensions, the first dimension in this order wins. */
const DIMENSION_PRIORITY = [
  "channel",
  "platform",
  "campaign_objective",
  "email_campaign",
  "campaign",
  "source_medium",
  "source",
];
/** Dimensions where one name naturally covers several values (a group of campaigns). */
const GROUP_DIMENSIONS = new Set(["campaign", "email_campaign", "source_medium", "source"]);

/** Whether a dimension noun right after a value only says what kind of value it is. */
function qualifiesValue(dimension: string, valueDimensions: readonly string[]): boolean {
  return valueDimensions.some(
    (v) => v === dimension || (dimension === "campaign" && (v === "campaign_objective" || v === "campaign")),
  );
}

/** Campaign ids are integers in the catalog; other values stay strings. */
export function filterValue(dimension: string, value: string): string | number {
  return dimension === "campaign" && /^\d+$/.test(value) ? Number(value) : value;
}

/** Add a value to the filter list, merging values of the same dimension and operator. */
export function addFilter(
  filters: FrameFilter[],
  field: string,
  op: "in" | "not_in",
  value: string | number,
): void {
  const existing = filters.find((f) => f.field === field && f.op === op);
  if (existing) {
    if (!existing.values.includes(value)) existing.values.push(value);
  } else {
    filters.push({ field, op, values: [value] });
  }
}

/**
 * The value matches a negation excludes: those right after one ("excluding direct"), and the rest
 * of a list it starts ("excluding direct and organic", "not counting email, referral or direct").
 */
function excludedValues(matches: readonly LexiconMatch[], text: string): Set<LexiconMatch> {
  const excluded = new Set<LexiconMatch>();
  const values = matches
    .filter((m) => m.entries.some((e) => e.target.kind === "value"))
    .sort((a, b) => a.span.start - b.span.start);
  let previous: LexiconMatch | undefined;
  for (const m of values) {
    const before = text.slice(Math.max(0, m.span.start - 30), m.span.start);
    const listed =
      previous !== undefined &&
      excluded.has(previous) &&
      LIST_JOIN.test(text.slice(previous.span.end, m.span.start));
    if (NEGATED_BEFORE.test(before) || listed) excluded.add(m);
    previous = m;
  }
  return excluded;
}

/**
 * Interpret dimension and value matches; `prefer` holds "dimension:value" choices from a clarification.
 * @example resolveDimensions(matches, text).filters // [{ field: "platform", op: "in", values: ["meta_ads"] }]
 */
/** Words only paid media has: a "search" beside them is paid search, never organic. */
const PAID_WORDS =
  /\b(?:campaigns?|cpc|cpm|ppc|cpa|roas|ads?|ad spend|spend|spent|spending|budgets?|bids?|bidding|keywords?|impressions)\b/;

export function resolveDimensions(
  matches: readonly LexiconMatch[],
  text: string,
  prefer: readonly string[] = [],
): DimensionResolution {
  const dimensions: string[] = [];
  const filters: FrameFilter[] = [];
  let ambiguity: ValueAmbiguity | undefined;
  let lastValue: { end: number; dimensions: string[] } | undefined;
  const excluded = excludedValues(matches, text);
  for (const match of matches) {
    const before = text.slice(Math.max(0, match.span.start - 30), match.span.start);
    const dims = match.entries.flatMap((e) => (e.target.kind === "dimension" ? [e.target.key] : []));
    const values = match.entries.flatMap((e) => (e.target.kind === "value" ? [e.target] : []));
    const byWord = /\b(?:by|per|each|every|across|all)\s+$/.test(before);
    // leftA: "email sends by weekday": a metric's phrase ("email sends") that also reads as a
    // dimension's in the plural ("email send") is the metric unless a "by" asks for the breakdown.
    const metricToo = match.entries.some((e) => e.target.kind === "metric");
    if (dims.length && metricToo && !byWord) continue;
    if (dims.length && (byWord || !values.length)) {
      // "the email channel", "awareness campaigns": the noun names the value's kind, no breakdown.
      const qualifies =
        !byWord &&
        lastValue !== undefined &&
        /^\s*$/.test(text.slice(lastValue.end, match.span.start)) &&
        dims.some((d) => qualifiesValue(d, lastValue!.dimensions));
      if (!qualifies) for (const d of dims) if (!dimensions.includes(d)) dimensions.push(d);
      continue;
    }
    if (values.length) {
      // Only the dimension the value resolves to counts, and "each TikTok campaign" still breaks down.
      const top =
        DIMENSION_PRIORITY.find((d) => values.some((v) => v.dimension === d)) ?? values[0]!.dimension;
      lastValue = byWord ? undefined : { end: match.span.end, dimensions: [top] };
    }
    // A metric sharing the exact phrase wins: "cpc" is the metric, not a channel nickname.
    if (!values.length || match.entries.some((e) => e.target.kind === "metric")) continue;
    const op = excluded.has(match) ? "not_in" : "in";
    const preferred = values.filter((v) => prefer.includes(`${v.dimension}:${v.value}`));
    if (preferred.length) {
      for (const v of preferred) addFilter(filters, v.dimension, op, filterValue(v.dimension, v.value));
      continue;
    }
    const top = DIMENSION_PRIORITY.find((d) => values.some((v) => v.dimension === d)) ?? values[0]!.dimension;
    const all = values.filter((v) => v.dimension === top);
    // lead24: "which search campaign should get more money": only the paid one has campaigns, spend or bids.
    const paid =
      PAID_WORDS.test(text) && !/\b(?:google|bing|microsoft)\s+$/.test(before)
        ? all.filter((v) => String(v.value).startsWith("paid_"))
        : [];
    const chosen = paid.length === 1 ? paid : all;
    if (chosen.length > 1 && !GROUP_DIMENSIONS.has(top)) {
      ambiguity ??= {
        phrase: match.span.text,
        options: chosen.map((v) => ({ dimension: v.dimension, value: v.value, label: v.label })),
      };
      continue;
    }
    for (const v of chosen) addFilter(filters, v.dimension, op, filterValue(v.dimension, v.value));
  }
  return { dimensions, filters, ambiguity };
}
