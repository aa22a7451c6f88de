/**
 * fix6c: "new vs returning customers last month, how many of each and what revenue each brought":
 * when a question splits customers into new and returning and asks how many, the count of
 * customers in each group goes beside the value asked (revenue), rather than the value alone.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import type { Frame } from "./types.ts";

/** A count ask: "how many of each", "number of", "count". */
const COUNT_ASK = /\b(?:how many|number of|no of|count|counts|headcount|how big (?:is|was) each)\b/;
/** The groups are customers (not orders): "how many new customers", "customers of each type". */
const ORDERS_NAMED = /\b(?:orders|purchases|transactions)\b/;
/**
 * fix14b: a count that names orders ("order count", "number of orders") is the orders metric
 * already asked, not a count of customers in each group.
 */
const ORDER_COUNT =
  /\b(?:orders?|purchases?|transactions?) (?:count|counts|number)\b|\b(?:how many|number of|no of|count of) (?:orders|purchases|transactions)\b/g;

/**
 * The frame with `customers` (and `orders` when orders are named) first, when the frame splits by
 * customer type and the question asks how many; unchanged otherwise.
 * @example withGroupCounts(revenueByTypeFrame, "new vs returning how many of each and revenue", catalog).metrics // ["customers", "revenue"]
 */
export function withGroupCounts(frame: Frame, text: string, catalog: Catalog): Frame {
  const split =
    frame.dimensions.includes("customer_type") || frame.filters.some((f) => f.field === "customer_type");
  if (!split || !COUNT_ASK.test(text.replace(ORDER_COUNT, " "))) return frame;
  const needed = [...frame.dimensions.filter((d) => d !== "date"), ...frame.filters.map((f) => f.field)];
  const fits = (k: string) => {
    const m = catalog.metrics.get(k);
    return m !== undefined && needed.every((d) => m.supportedDimensions.includes(d));
  };
  const counts = ["customers", ...(ORDERS_NAMED.test(text) ? ["orders"] : [])].filter(
    (k) => !frame.metrics.includes(k) && fits(k),
  );
  return counts.length ? { ...frame, metrics: [...counts, ...frame.metrics] } : frame;
}
