/**
 * fix9a: "sorted by click rate", "ranked by cpa, lowest first", "order them by spend": a sort of
 * the whole table by the metric named after "by" (parse.ts reads that metric). With no ranking
 * word the rows came back in the order of the first metric asked, not the one named to sort by.
 */
import type { Ranking } from "./modifiers.ts";

/** A sort verb right before "by" ("sort by", "sorted by", "ranked by", "order them by"). */
const SORT_BY =
  /\b(?:sort|sorted|sorting|ordered|ordering|ranked|ranking|rank (?:them|it|these|those|the rows)|order (?:them|it|these|those|the rows|the table)|arranged|listed|in order of)\s+(?:by\b|of\b)?/;
/** Words that put the smallest first. */
const ASCENDING =
  /\b(?:ascending|asc|lowest first|smallest first|least first|low to high|lowest to highest|small to large|worst first|cheapest first)\b/;

/**
 * The sort a question asks for, or undefined when it names none.
 * @example sortRanking("open and click rate by email campaign sorted by click rate") // { direction: "desc" }
 */
export function sortRanking(text: string): Ranking | undefined {
  if (!SORT_BY.test(text)) return undefined;
  return { direction: ASCENDING.test(text) ? "asc" : "desc" };
}
