/**
 * leftC: a region named beside data we do not track ("TV spend in california", "radio by state").
 * The region is not dropped in silence: regions exist only on orders and customers (the US state a
 * customer orders from), so the nearest answer becomes revenue and orders for that state, or by
 * state, and the note says why the offer changed.
 */
import { REGION_LABELS, US_STATE_CODES } from "../../semantic/catalog/us-states.ts";

/** A region the question names: the words to plan with and how the answer names it. */
export interface AskedRegion {
  /** Words the planner reads as the region ("in california", "by state"). */
  words: string;
  /** The region as the answer names it ("California", "each state"). */
  label: string;
}

const BY_REGION =
  /\b(?:by|per|each|every|across|which|what|top) (?:us )?(?:states?|regions?|geograph(?:y|ies)|geos?|locations?)\b|\b(?:state|regional|geographic) (?:breakdown|split)\b/i;

/** Longest names first, so "west virginia" is not read as "virginia". */
const STATE_NAMES = Object.keys(US_STATE_CODES).sort((a, b) => b.length - a.length);

/**
 * The region a question names, or undefined.
 * @example regionAsked("TV spend in california") // { words: "in california", label: "California" }
 * @example regionAsked("radio by state") // { words: "by state", label: "each state" }
 */
export function regionAsked(question: string): AskedRegion | undefined {
  const lower = question.toLowerCase();
  for (const name of STATE_NAMES) {
    if (!new RegExp(`\\b${name}\\b`).test(lower)) continue;
    const code = US_STATE_CODES[name]!;
    return { words: `in ${name}`, label: REGION_LABELS[code] ?? name };
  }
  // "TV in CA": a two-letter code as written, after a place word (not "in IT" or "OR").
  const code = /\b(?:in|from|for|across) ([A-Z]{2})\b/.exec(question)?.[1];
  if (code && code !== "OR" && code !== "IN" && REGION_LABELS[code]) {
    const label = REGION_LABELS[code]!;
    return { words: `in ${label.toLowerCase()}`, label };
  }
  if (BY_REGION.test(question)) return { words: "by state", label: "each state" };
  return undefined;
}

/** The offer's words when it cannot be split by region: revenue and orders, for the region. */
export function regionOffer(region: AskedRegion): { offer: string; nearest: string } {
  return {
    offer: `revenue and orders ${region.words}`,
    nearest: `Regions are known only for orders and customers (the US state a customer orders from), not for media or site visits, so the nearest I can give is revenue and orders (every channel) ${region.label === "each state" ? "by state" : `from ${region.label}`}:`,
  };
}
