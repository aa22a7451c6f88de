/**
 * fix15e: "campaigns that never got an order", "which channels had zero sales", "any platform with
 * no conversions at all": the rows asked are the ones with nothing. The breakdown is read over
 * every day of data (never is all time) from fewest up, and the answer names the rows at zero or
 * says plainly that there are none, with the fewest (present/zero-rows-verdict.ts). A breakdown of
 * October's orders answered a different question.
 */
import { addDays } from "../../semantic/query/dates.ts";
import type { ParsedQuestion } from "./parse.ts";

/** "never got an order", "zero orders", "no sales", "not a single conversion", "0 purchases"; fix16c: "$0 revenue", "0 convs". */
export const ZERO_ROWS_ASK =
  /\b(?:(?:never|not ever|have not ever|has not ever|did not ever)\s+(?:got|gotten|get|had|have|made|make|received|receive|generated|generate|drove|drive|driven|brought in|produced|won|landed|closed)\s+(?:an?|one|any|a single)?\s*(?:orders?|sales?|conversions?|purchases?|transactions?)|(?:zero|\$?0|no|not a single|not one|without (?:an?|any))\s+(?:orders?|sales?|conversions?|convs?|purchases?|transactions?|revenue|rev)|(?:did not|does not|do not|has not|have not|had not)\s+(?:get|have|make|receive|generate|drive|bring in|produce|win|land|close)\s+(?:an?|any|one|a single)\s+(?:orders?|sales?|conversions?|purchases?|transactions?)|(?:never|not once)\s+(?:converted|sold|ordered))\b/;

/** What the rows can be: the breakdowns that have members with no orders. */
const ENTITY_DIMS = new Set(["campaign", "channel", "platform", "source", "region"]);

/**
 * Read a zero-rows ask in place: fewest first, every row, all time when no period is named.
 * @example applyZeroRowsAsk(parse("campaigns that never got an order")) // ranking asc, all time
 */
export function applyZeroRowsAsk(p: ParsedQuestion): boolean {
  if (!ZERO_ROWS_ASK.test(p.text)) return false;
  const dims = p.dims.dimensions;
  if (dims.length !== 1 || !ENTITY_DIMS.has(dims[0]!)) return false;
  // The count asked of is what the rows are ranked and judged by: "campaigns that spent money but
  // had zero orders" asks for orders, with spend only to keep a row that spent and sold nothing.
  const counted = p.metrics.filter((m) => m !== "spend");
  p.metrics = counted.length ? counted : ["orders"];
  // Spend beside the count keeps a paid campaign (or platform) with spend and no order as a row.
  if (dims[0] === "campaign" || dims[0] === "platform") p.metrics = [...p.metrics, "spend"];
  p.ranking = { direction: "asc" };
  if (!p.time.period && p.dataStart)
    p.time.period = {
      from: p.dataStart,
      to: p.dataEnd ?? addDays(p.today, -1),
      label: "all time (every day of data)",
    };
  return true;
}
