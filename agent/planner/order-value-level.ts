/**
 * fix14d: "how many orders over $200 last month", "share of purchases under $50", "$150+ orders in
 * q3", "orders worth at least 300 dollars": a level on single orders' value. Without it the count
 * was read as the period's orders (or a floor on an orders count) and the answer was revenue,
 * spend and all orders: a different question. The level needs money words ("$", "dollars",
 * "worth", "value") so "campaigns with over 200 orders" stays a count.
 */
import type { OrderValueLevel } from "../../core/cohorts/orders-past-value.ts";

const ORDER = "(?:orders?|purchases?|transactions?|baskets?|carts?|checkouts?)";
const AMOUNT = String.raw`(?<cur>\$\s?)?(?<n>\d+(?:,\d{3})*(?:\.\d+)?)\s?(?<unit>k|grand)?(?<words>\s?(?:dollars?|bucks|usd))?`;
const OVER =
  "over|above|more than|greater than|bigger than|larger than|higher than|in excess of|exceeding|north of|at least|no less than";
const UNDER = "under|below|less than|smaller than|lower than|at most|no more than";
/** Words between the order and the bound: "orders that were over", "orders with a value above". */
const LINK = String.raw`(?:(?:that|which)\s+(?:were|was|are|came in|come in)\s+|(?:were|was|are|came in|come in|coming in)\s+|valued\s+|worth\s+|with\s+(?:a\s+|an\s+)?(?:value|total|order value|basket|cart|size|subtotal)\s+(?:of\s+)?|(?:of|with)\s+)?`;
const PERIOD = String.raw`(?:(?:in|during|from|for|this|last)\s+[a-z0-9]+(?:\s+[a-z0-9]+)?\s+(?=(?:that|which|were|was|are)\b))?`;
const TAIL_OVER = String.raw`or more|or above|or higher|and up|and above|plus|\+`;
const TAIL_UNDER = "or less|or below|or under|and under|and below";

const PATTERNS: readonly RegExp[] = [
  // "orders over $200", "purchases that were above 150 dollars", "orders worth more than $1k"
  // "orders in september were under $40": a period of up to two words may sit before the link.
  new RegExp(String.raw`\b${ORDER}\s+${PERIOD}${LINK}(?<bound>${OVER}|${UNDER})\s+${AMOUNT}`),
  // "orders of $200 or more", "orders worth 50 bucks or less"
  new RegExp(
    String.raw`\b${ORDER}\s+(?:of|worth|valued at|at)\s+${AMOUNT}\s*(?<tail>${TAIL_OVER}|${TAIL_UNDER})`,
  ),
  // "$200+ orders", "$200 or more orders", "over-$200 orders"
  new RegExp(
    String.raw`(?<cur2>\$)\s?(?<n2>\d+(?:,\d{3})*(?:\.\d+)?)\s?(?<unit2>k)?\s*(?<tail2>\+|or more|and up|plus)\s+${ORDER}\b`,
  ),
];

function opOf(bound: string): OrderValueLevel["op"] {
  if (new RegExp(`^(?:${TAIL_OVER.replace("\\+", "\\+")})$`).test(bound)) return "gte";
  if (new RegExp(`^(?:${TAIL_UNDER})$`).test(bound)) return "lte";
  if (/^(?:at least|no less than)$/.test(bound)) return "gte";
  if (/^(?:at most|no more than)$/.test(bound)) return "lte";
  return new RegExp(`^(?:${OVER})$`).test(bound) ? "gt" : "lt";
}

/**
 * The level on single order values a question states, or undefined (no money words: a count).
 * @example readOrderValueLevel("how many orders over $200 last month") // { op: "gt", value: 200 }
 * @example readOrderValueLevel("campaigns with over 200 orders") // undefined
 */
export function readOrderValueLevel(raw: string): OrderValueLevel | undefined {
  const text = raw.toLowerCase().replace(/\ba (grand|thousand)\b/g, "1 $1");
  for (const re of PATTERNS) {
    const g = re.exec(text)?.groups;
    if (!g) continue;
    const money =
      Boolean(g.cur || g.cur2 || g.words || g.unit === "grand") || /\b(?:worth|valued?|value)\b/.test(text);
    if (!money) continue;
    const n = Number((g.n ?? g.n2 ?? "").replace(/,/g, ""));
    const unit = g.unit ?? g.unit2;
    const value = unit ? n * 1000 : n;
    if (!Number.isFinite(value) || value <= 0) continue;
    return { op: opOf((g.bound ?? g.tail ?? g.tail2)!), value };
  }
  return undefined;
}
