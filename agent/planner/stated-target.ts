/**
 * Targets the asker states in the question ("our target CPA is $45", "with our goal line at $40",
 * "we aim for a ROAS of 2.5"): the answer holds its figures against that value even when no target
 * is stored, and says it is the one they gave. "Set a target ROAS of 2.5" is a request to store
 * one (set-target-intent.ts), not a target to hold this answer against.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import type { Frame } from "./types.ts";

/** A target stated in a question. */
export interface StatedTarget {
  /** The metric key when the words name one ("target cpa"); otherwise the question's first metric. */
  metric?: string | undefined;
  target: number;
}

const NUM = String.raw`\$?(\d+(?:\.\d+)?)\s?(k|%|x)?`;
const TARGET = String.raw`(?:target|goal|benchmark|objective|threshold|kpi)`;
const METRIC = String.raw`([a-z]+(?: [a-z]+)?)`;

const PATTERNS: readonly RegExp[] = [
  // "target cpa is $45", "our goal roas of 2.5", "target line at $40", "target of $45"
  new RegExp(
    String.raw`\b${TARGET}\s+(?:${METRIC}\s+)?(?:line\s+)?(?:is|of|at|=|sits at|would be|should be|around|about)\s+(?:a\s+|an\s+)?(?:${METRIC}\s+of\s+)?${NUM}(?=\s|$)`,
  ),
  // "a $45 target cpa", "2.5x roas target", "against a $40 cac goal"
  new RegExp(String.raw`(?:^|\s)${NUM}\s+(?:${METRIC}\s+)?${TARGET}\b`),
  // "we aim for a roas of 2.5", "we want cpa under $45", "we need cac below 40"
  new RegExp(
    String.raw`\bwe (?:aim|shoot|are aiming|want|need|expect)(?: for| to (?:hit|get|keep|be at))?\s+(?:a\s+|an\s+)?${METRIC}\s+(?:of|under|below|above|over|at|around)\s+${NUM}(?=\s|$)`,
  ),
];

/** "Set a target ...", "create a goal": a target to store, which this reader leaves alone. */
export const SETS_TARGET =
  /\b(?:set|setting|create|add|save|store|record|put in|make|change|update)\s+(?:up\s+)?(?:a\s+|an\s+|the\s+|our\s+|my\s+)?(?:new\s+)?(?:[a-z]+\s+)?(?:target|goal)\b(?!\s+lines?\b)/;

function metricOf(words: string | undefined, catalog: Catalog): string | undefined {
  if (!words) return undefined;
  for (const w of [words, ...words.split(" ")]) if (catalog.metrics.has(w)) return w;
  return undefined;
}

/**
 * The target a question states, and the text with its number and target word taken out ("goal"
 * is not a campaign objective there, "45" not a ranking), or undefined.
 */
export function takeStatedTarget(
  text: string,
  catalog: Catalog,
): { target: StatedTarget; rest: string } | undefined {
  const target = readStatedTarget(text, catalog);
  if (!target) return undefined;
  const m = PATTERNS.map((re) => re.exec(text)).find(Boolean)!;
  const masked = m[0].replace(
    /\$?\d+(?:\.\d+)?\s?(?:k|%|x)?|\b(?:target|goal|benchmark|objective|threshold|kpi)\b/g,
    (s) => "|".repeat(s.length),
  );
  return { target, rest: text.slice(0, m.index) + masked + text.slice(m.index + m[0].length) };
}

/**
 * The target a question states, or undefined.
 * @example readStatedTarget("our target cpa is $45, are we hitting it by channel", catalog) // { metric: "cpa", target: 45 }
 */
export function readStatedTarget(text: string, catalog: Catalog): StatedTarget | undefined {
  if (SETS_TARGET.test(text)) return undefined;
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const groups = m.slice(1);
    // The number is the first group of digits; the words before or after name the metric.
    const at = groups.findIndex((g) => g !== undefined && /^\d/.test(g));
    if (at < 0) continue;
    const unit = groups[at + 1];
    const n = Number(groups[at]);
    const target = unit === "k" ? n * 1000 : unit === "%" ? n / 100 : n;
    if (!Number.isFinite(target) || target <= 0) continue;
    const named = groups
      .filter((g, i) => i !== at && i !== at + 1 && g !== undefined)
      .map((g) => metricOf(g, catalog))
      .find(Boolean);
    return { metric: named, target };
  }
  return undefined;
}

/**
 * The frame with the stated target on the metric it is about (the named one if the frame shows
 * it, else the frame's first metric); unchanged when the frame has no rows to hold against it.
 */
export function withStatedTarget(frame: Frame, stated: StatedTarget | undefined): Frame {
  if (!stated) return frame;
  if (frame.intent !== "query" && frame.intent !== "rank" && frame.intent !== "trend") return frame;
  const metric = stated.metric && frame.metrics.includes(stated.metric) ? stated.metric : frame.metrics[0];
  if (!metric) return frame;
  return { ...frame, statedTargets: [{ metric, target: stated.target }] };
}
