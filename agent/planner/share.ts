/**
 * Share questions ("what share of orders came from paid social", "% of revenue from new
 * customers"): a share needs the whole as well as the part, so the named value becomes a
 * breakdown by its dimension (every row with its percent of the total) instead of a filter that
 * would leave only the part.
 */
import type { DimensionResolution } from "./dimensions.ts";

/** fix10b: also a measure's share after the value it is of: "email revenue share", "social's order share". */
const SHARE =
  /\b(?:share|percent|percentage|proportion|portion|fraction|slice|chunk|what part|contribution)\s+of\b(?!\s+voice\b)|%\s+of\b|\bwhat\s+%|\bhow much of (?:the |our |all )?(?:\w+ )?(?:revenue|sales|orders|spend|traffic|sessions)\b|\b(?:as an?|in) (?:%|(?:percent|percentage|share)\b)|\b(?:percentage|percent)[- ]wise\b|\b(?:revenue|sales|orders?|spend|conversions?|customers?|traffic|sessions?|clicks?|s) share\b(?!\s+of\s+voice\b)/;

/** Whether a (normalized) question asks for a share (fix14b: also "in %", "as a %" at the end). */
export function asksShare(text: string): boolean {
  return SHARE.test(text);
}

/**
 * Turn the one value filter of a share question into a breakdown (in place); true when it did.
 * @example shareAsBreakdown(dims, "what share of orders came from paid social") // filters [] -> dimensions ["channel"]
 */
export function shareAsBreakdown(dims: DimensionResolution, text: string): boolean {
  if (!SHARE.test(text) || dims.dimensions.length) return false;
  const named = dims.filters.filter((f) => f.op === "in");
  // lead24: "what share of paid search spend is brand": the finer value (the campaign) is the part
  // shown as a breakdown, the coarser one (the channel) the whole it is a share of.
  const part =
    named.length === 1
      ? named[0]
      : named.length === 2 && named[0]!.field !== named[1]!.field
        ? [...named].sort((a, b) => fineness(a.field) - fineness(b.field))[0]
        : undefined;
  if (!part || (named.length === 2 && fineness(part.field) === COARSEST)) return false;
  dims.filters = dims.filters.filter((f) => f !== part);
  dims.dimensions.push(part.field);
  return true;
}

/** Fields from the finest (a campaign inside a platform inside a channel) to the coarsest. */
const FINEST_FIRST = ["campaign", "source", "platform", "channel"];
const COARSEST = FINEST_FIRST.length;
const fineness = (field: string) => {
  const i = FINEST_FIRST.indexOf(field);
  return i < 0 ? COARSEST : i;
};
