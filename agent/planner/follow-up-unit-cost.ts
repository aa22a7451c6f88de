/**
 * fix13b: "what did each one cost us", "how much was that per head", "and the cost of each?" after a
 * count of new customers (or orders): the cost of one, for the same period and rows: CAC (ad spend
 * over new customers) or CPA (over orders), with the spend and the count beside it. Read alone,
 * "each one" was a breakdown by "one" to clarify.
 */

import type { Catalog } from "../../semantic/catalog/types.ts";
import { inCatalog } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame } from "./types.ts";

/** The cost of one of what was just counted. */
const COST_OF_ONE =
  /\b(?:what|how much)\b.{0,20}\b(?:each|every|per|apiece|a pop|one|a head|per head)\b.{0,20}\b(?:cost|costs|set (?:us|me) back|run (?:us|me)|pay|paid|spend|spent)\b|\b(?:cost|costs|pay|paid|spend|spent)\b.{0,20}\b(?:each|apiece|a pop|per head|a head|per one|for each|per (?:customer|order|buyer|one))\b|\b(?:cost|price) (?:per|of (?:each|one|a single)) (?:one|head|customer|order|buyer|acquisition)\b/;

/** What the cost of one is for each count. */
const COST_OF: Record<string, string> = { new_customers: "cac", customers: "cac", orders: "cpa" };

/**
 * The cost-of-one frame after a count of customers or orders, or undefined.
 * @example unitCostAfterCount(parse("what did each one cost us"), newCustomersSept)?.metrics // ["cac", "spend", "new_customers"]
 */
export function unitCostAfterCount(
  p: ParsedQuestion,
  prev: Frame | undefined,
  catalog: Catalog,
): Frame | undefined {
  if (!prev || !["query", "compare", "trend", "rank"].includes(prev.intent)) return undefined;
  const count = prev.metrics.find((m) => COST_OF[m]);
  if (!count || !COST_OF_ONE.test(p.text) || p.time.period || p.dims.filters.length) return undefined;
  if (p.metrics.some((m) => m !== "spend" && m !== COST_OF[count] && m !== count)) return undefined;
  const cost = COST_OF[count]!;
  const metrics = inCatalog([cost, "spend", count], catalog);
  const needed = [...prev.dimensions, ...prev.filters.map((f) => f.field)];
  const fits = metrics.filter((k) =>
    needed.every((d) => catalog.metrics.get(k)?.supportedDimensions.includes(d)),
  );
  if (!fits.includes(cost)) return undefined;
  return {
    ...prev,
    metrics: fits,
    ...(prev.order ? { order: { ...prev.order, field: cost, direction: "asc" as const } } : {}),
  };
}
