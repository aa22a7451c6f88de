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

/**
 * fix15d: a direction with no metric to sort by ("spend by campaign, sorted ascending", "in
 * descending order", "lowest to highest pls"): the table sorted by the figure asked. Before, a sort
 * word without "by" was dropped and the rows came back largest first.
 */
const BARE_SORT =
  /\b(?:(?:sort|sorted|sorting|order|ordered|ordering|rank|ranked|arranged|listed|list(?: them| it)?)(?: them| it| the rows| the list)?,? (?:in )?(?:ascending|descending|asc|desc|increasing|decreasing|reverse)(?: order)?|in (?:ascending|descending|increasing|decreasing|reverse) order|(?:ascending|descending) (?:sort|order)|(?:sorted |ordered |listed |ranked )?(?:lowest|smallest|least|cheapest) (?:to|->) (?:highest|largest|biggest|most)|(?:sorted |ordered |listed |ranked )?(?:highest|largest|biggest|most) (?:to|->) (?:lowest|smallest|least)|(?:sorted |ordered |listed )?(?:low|small) to (?:high|big|large)|(?:sorted |ordered |listed )?(?:high|big|large) to (?:low|small)|(?:sorted|ordered|listed|ranked),? (?:lowest|smallest|least|cheapest) first)\b/;
/** Words of a bare sort that put the smallest first (the rest put the largest first). */
const BARE_ASCENDING =
  /\b(?:ascending|asc|increasing|reverse|lowest (?:to|->)|smallest (?:to|->)|least (?:to|->)|cheapest (?:to|->)|low to|small to|(?:lowest|smallest|least|cheapest) first)\b/;

/**
 * The sort a question asks for by direction alone, with no metric after "by", or undefined.
 * @example bareSortRanking("spend by campaign last month, sorted ascending") // { direction: "asc" }
 */
export function bareSortRanking(text: string): Ranking | undefined {
  const m = BARE_SORT.exec(text);
  if (!m) return undefined;
  return { direction: BARE_ASCENDING.test(m[0]) ? "asc" : "desc" };
}
