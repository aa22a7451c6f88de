/**
 * fix10a: "now only paid channels", "just the google campaigns" after a breakdown by something
 * else (new vs returning customers by month): the words name a filter, and the plural ("channels",
 * "campaigns") also read as a breakdown by it, which replaced the breakdown asked before (revenue
 * by channel by month instead of the new-customer share of paid revenue). A turn that only
 * restricts, with no "by" / "per" / "split" of its own, keeps the previous breakdown.
 */
import type { ParsedQuestion } from "./parse.ts";

/** "only", "just", "exclude", "without", "except", "limited to", "restricted to". */
const RESTRICT =
  /\b(?:only|just|exclud\w*|without|except|limit(?:ed)? (?:it |that )?to|restrict\w* (?:it |that )?to)\b/;
/** Words that ask for a breakdown of their own. */
const BREAKDOWN_CUE = /\b(?:by|per|split|break\w*|each|across|grouped|group|segment\w*|vs|versus)\b/;

/**
 * Whether the turn's dimension words are only its filter's words, so the previous breakdown stays.
 * @example keepsBreakdown(parse("now only paid channels"), ["date", "customer_type"]) // true
 */
export function keepsBreakdown(p: ParsedQuestion, previousDimensions: readonly string[]): boolean {
  const previous = previousDimensions.filter((d) => d !== "date");
  // "paid channels" names the channels it keeps; "the paid social campaigns" asks for campaigns.
  const filterFamily = (field: string) => (field === "channel_group" ? "channel" : field);
  const ownWords = p.dims.dimensions.every((d) => p.dims.filters.some((f) => filterFamily(f.field) === d));
  return (
    previous.length > 0 &&
    p.dims.filters.length > 0 &&
    ownWords &&
    RESTRICT.test(p.text) &&
    !BREAKDOWN_CUE.test(p.text)
  );
}
