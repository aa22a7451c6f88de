/**
 * lead23: ad platforms' product names as media buyers say them. Campaign names carry one spelling
 * ("Prospecting - Broad - Advantage+", "Shopping - PMax - All Products"); buyers type others:
 * "advantage plus" left "plus" unread (a catalog search), "performance max roas" read "max" as a
 * ranking and dropped the campaign, "ASC" (Advantage+ shopping campaigns) was not read at all and
 * the total came back, and "advantage shopping" matched the Google Shopping campaign. Each is
 * rewritten to the word the campaign names use, so the campaign reader (groups.ts) finds it, or
 * finds nothing and the question says so.
 */

/** Product names in a normalized question, and the campaign-name word each stands for. */
const PRODUCT_NAMES: ReadonlyArray<[RegExp, string]> = [
  // Meta's Advantage+ (shopping) campaigns: "advantage plus", "adv+", "advantage shopping", "asc".
  [/\b(?:advantage|adv)\s*(?:\+|plus)?\s*(?:shopping|sales)\b/g, "advantage"],
  [/\badvantage\s*(?:\+|plus)\b/g, "advantage"],
  [/\badv\s*(?:\+|plus)\b/g, "advantage"],
  // "asc" is also "ascending" after a sort word ("sort by roas asc"): only elsewhere.
  [/(?<!\b(?:sort|sorted|order|ordered|rank|ranked|by)\b[^.?!]{0,30})\basc\b(?! order)/g, "advantage"],
  // Google's Performance Max: "performance max", "perf max", "p max", "p-max".
  [/\b(?:performance|perf|p)[\s-]?max\b/g, "pmax"],
];

/**
 * The question with ad-product names in the campaign names' words.
 * @example rewriteAdProductNames("how is advantage plus doing") // "how is advantage doing"
 * @example rewriteAdProductNames("performance max roas last month") // "pmax roas last month"
 */
export function rewriteAdProductNames(text: string): string {
  let out = text;
  for (const [re, to] of PRODUCT_NAMES) out = out.replace(re, to);
  return out;
}
