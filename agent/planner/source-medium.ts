/**
 * "revenue from google / cpc": a source / medium pair (as GA writes it) names the source_medium
 * dimension, not the Google Ads platform and not the CPC metric. Read before the rest of the
 * question is parsed, so neither word is taken for something else, then applied as a filter.
 */
import { readChannelGroup } from "./channel-group-intent.ts";
import type { Frame } from "./types.ts";

/** Media a source / medium pair ends with (GA's default channel grouping and common UTM values). */
const MEDIA =
  "cpc|ppc|cpm|cpv|paid|paidsearch|paid search|paid social|paidsocial|organic|email|e mail|newsletter|referral|social|display|banner|affiliate|none|direct";
const PAIR = new RegExp(`\\b([a-z0-9][a-z0-9.]*) / (${MEDIA})\\b`);

/** A source / medium pair found in a normalized question, and the question without it. */
export interface SourceMediumMention {
  /** As stored: "google / cpc"; "(none)" for the medium "none", "(direct)" for the source "direct". */
  value: string;
  rest: string;
}

/**
 * @example readSourceMedium("revenue from google / cpc last month") // { value: "google / cpc", rest: "revenue from last month" }
 */
export function readSourceMedium(text: string): SourceMediumMention | undefined {
  // "paid / organic / owned" lists the channel groups (channel-group-intent.ts), not a source pair.
  if (readChannelGroup(text)?.kind === "breakdown") return undefined;
  const m = PAIR.exec(text);
  if (!m) return undefined;
  const source = m[1] === "direct" ? "(direct)" : m[1]!;
  const medium = m[2] === "none" ? "(none)" : m[2]!.replace(/ /g, "");
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim();
  return { value: `${source} / ${medium}`, rest };
}

/** Intents whose query can be filtered by source / medium (or by source alone: platform-source.ts). */
export const SOURCE_FILTERABLE_INTENTS: ReadonlySet<string> = new Set([
  "query",
  "rank",
  "trend",
  "compare",
  "explain",
]);

/**
 * The frame filtered to the pair: a channel or platform filter read from the same words is
 * replaced (the pair is more precise), anything else is kept.
 */
export function withSourceMedium(frame: Frame, value: string): Frame | undefined {
  if (!SOURCE_FILTERABLE_INTENTS.has(frame.intent)) return undefined;
  const filters = frame.filters.filter((f) => f.field !== "platform" && f.field !== "channel");
  // Source / medium is known for the last touch only (the attribution table keeps no UTMs).
  return {
    ...frame,
    filters: [...filters, { field: "source_medium", op: "in", values: [value] }],
    models: ["last_touch"],
  };
}
