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
