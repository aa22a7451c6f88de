/**
 * The catalog-search intent: words the planner does not know ("churn rate", "LTV") that sound like
 * a metric of the user's own business are looked up in the catalog rather than guessed.
 */
import { frameFor } from "../frame.ts";
import type { ParsedQuestion } from "../parse.ts";
import { METRIC_LIKE } from "../scope.ts";
import type { Frame } from "../types.ts";
import { ACRONYM, OWN_BUSINESS } from "./phrasings.ts";
import type { Reading } from "./types.ts";

/**
 * Whether unrecognised words are worth a catalog search: they sound like a metric ("churn rate",
 * an acronym such as "LTV"), the question is about the user's own business ("our ..."), or it
 * names a breakdown or value ("cpx by channel").
 * Anything else (share prices, sports) is declined rather than searched.
 */
export function searchable(p: ParsedQuestion, question: string): boolean {
  if (!p.unknownWords.length) return false;
  return (
    METRIC_LIKE.test(p.text) ||
    OWN_BUSINESS.test(p.text) ||
    ACRONYM.test(question) ||
    p.dims.dimensions.length > 0 ||
    p.dims.filters.length > 0
  );
}

/** A catalog search for the question's unrecognised words. */
export function searchFrame(r: Reading): Frame {
  return { ...frameFor("search", r.p, r.ctx.catalog), searchText: r.p.unknownWords.join(" ") };
}
