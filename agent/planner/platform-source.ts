/**
 * "revenue from instagram": Instagram is a source inside the Meta Ads platform, not all of it. The
 * lexicon reads the word as the platform (so spend questions still find Meta Ads); here a question
 * that names the source and not the platform is narrowed to that source's traffic where the metrics
 * are known per source (orders and revenue, by the last touch's source), "instagram vs facebook" set
 * side by side, and otherwise the answer says the figure is the whole platform's, since ad spend and
 * clicks are not split by source.
 */
import { editDistance } from "../../semantic/catalog/suggest.ts";
import { normalize } from "./normalize.ts";
import { SOURCE_FILTERABLE_INTENTS } from "./source-medium.ts";
import type { DimensionValue, Frame, FrameFilter } from "./types.ts";

/** Source words a platform's name may stand for, and the stored source they name. */
const SOURCES: ReadonlyArray<{ words: RegExp; source: string; label: string }> = [
  { words: /\b(?:instagram|insta|ig)\b/, source: "instagram", label: "Instagram" },
  { words: /\b(?:facebook|fb)\b/, source: "facebook", label: "Facebook" },
];

const undoubled = (w: string) => w.replace(/([a-z])\1+/g, "$1");

/**
 * fix19c: a source's name typed with one slip ("instagarm", "faceboook", "instgram"): the parse
 * corrects it for the platform, and the source split must read it too.
 * @example misspells("roas faceboook vs instagarm", "instagram") // true
 */
function misspells(text: string, source: string): boolean {
  return text
    .split(/[^a-z]+/)
    .some((w) => w.length >= 6 && (editDistance(w, source) <= 1 || undoubled(w) === undoubled(source)));
}

/** Words that name the whole platform: then the platform is meant, not one of its sources. */
const WHOLE_PLATFORM = /\bmeta\b/;

/** What a frame becomes when the question names one source of a platform. */
export type PlatformSourceReading =
  | { kind: "narrowed"; frame: Frame; label: string }
  | { kind: "whole_platform"; note: string };

/**
 * @param supportsSource whether a metric is known per source / medium (the catalog's dimensions).
 * @example platformSource("revenue from instagram last month", frame, values, () => true)
 * // { kind: "narrowed", frame: { ...frame, filters: [{ field: "source", op: "in", values: ["instagram"] }] } }
 */
export function platformSource(
  question: string,
  frame: Frame,
  values: readonly DimensionValue[],
  supportsSource: (metric: string) => boolean,
): PlatformSourceReading | undefined {
  const text = normalize(question);
  if (WHOLE_PLATFORM.test(text)) return undefined;
  const named = SOURCES.filter((s) => s.words.test(text) || misspells(text, s.source));
  // "Facebook" alone is how many people name Meta Ads: only a question that names Instagram (alone
  // or against Facebook) asks for the source.
  if (!named.some((s) => s.source === "instagram")) return undefined;
  const platform = frame.filters.find((f) => f.field === "platform" && f.op === "in");
  if (platform?.values.length !== 1) return undefined;
  const label = named.map((s) => s.label).join(" and ");
  const platformName = values.find(
    (v) => v.dimension === "platform" && v.value === platform.values[0],
  )?.label;
  if (SOURCE_FILTERABLE_INTENTS.has(frame.intent) && frame.metrics.some(supportsSource)) {
    const filters: FrameFilter[] = frame.filters.filter((f) => f !== platform);
    filters.push({ field: "source", op: "in", values: named.map((s) => s.source) });
    // Two sources named ("instagram vs facebook") are set side by side, one row each.
    const dimensions =
      named.length > 1 && !frame.dimensions.includes("source")
        ? [...frame.dimensions, "source"]
        : frame.dimensions;
    // The source is known for the last touch only (the attribution table keeps no UTMs).
    return { kind: "narrowed", frame: { ...frame, filters, dimensions, models: ["last_touch"] }, label };
  }
  const whole = platformName ?? "the whole platform";
  return {
    kind: "whole_platform",
    note: `${platformName ?? "The platform"} reports ad spend, clicks and impressions for ${label} and its other placements together, so these figures are for ${whole}, not ${label} alone; orders and revenue can be split by ${label} traffic.`,
  };
}

/**
 * fix21b: measures with no source of their own and the one that counts the same thing per source:
 * "customers we got from instagram" are the new customers its traffic brought (a customer count
 * has no touch; a new customer's first order has one).
 */
const SOURCE_STAND_INS: Readonly<Record<string, string>> = {
  customers: "new_customers",
  buyers: "new_customers",
  conversions: "orders",
};

/** "how do I find that", "where would I see this": the way to the figure is asked beside it. */
const HOW_TO_FIND =
  /\bhow (?:do|can|would|should|could) (?:i|we|you|someone) (?:\w+ )?(?:find|get|see|pull|check|look up|work out|figure out|calculate|track|measure|report)\b|\bwhere (?:do|can|would|could) (?:i|we) (?:\w+ )?(?:find|see|get|look)\b/;

/**
 * A frame whose measures have no source split ("how many customers did instagram bring") with
 * each measure put as the one that has it, and the sentences that say so; undefined when a
 * measure has neither (ROAS on a platform's spend stays the whole platform's).
 * @example sourceStandIn("customers from instagram this year", frame(["customers"]), (m) => m === "new_customers")
 * // { frame: { metrics: ["new_customers"] ... }, notes: ["Customers from Instagram are counted as ..."] }
 */
export function sourceStandIn(
  question: string,
  frame: Frame,
  supportsSource: (metric: string) => boolean,
): { frame: Frame; notes: string[] } | undefined {
  const text = normalize(question);
  const label = SOURCES.filter((s) => s.words.test(text) || misspells(text, s.source))
    .map((s) => s.label)
    .join(" and ");
  if (!label || frame.metrics.every(supportsSource)) return undefined;
  const metrics = frame.metrics.map((m) => (supportsSource(m) ? m : SOURCE_STAND_INS[m]));
  if (metrics.some((m) => !m || !supportsSource(m))) return undefined;
  const notes = [
    `Customers from ${label} are counted as new customers whose first order came from ${label} traffic (its source, by last touch); Meta Ads' own figures mix ${label} with its other placements.`,
  ];
  if (HOW_TO_FIND.test(text))
    notes.push(
      `To find it yourself: new customers, filtered to source ${label.toLowerCase()} (last-touch attribution), over the period you need; I've run that below.`,
    );
  return { frame: { ...frame, metrics: [...new Set(metrics as string[])] }, notes };
}
