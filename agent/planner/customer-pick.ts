/**
 * leftD: a journey question that describes one customer instead of naming an id ("the path of
 * whoever placed the biggest order last month", "timeline of our top spender this year", "how did
 * the first buyer on Oct 3 find us"). The journeys tool picks that customer from the period's
 * orders and shows their timeline; before this, such questions were read as plain totals.
 * A plural ("journeys of our biggest orders") is a paths question, not one customer, so the order
 * words are singular here.
 */

/** How the customer is picked (the journeys tool's `pick`). */
export type CustomerPick = "largest_order" | "most_orders" | "most_revenue" | "first_order" | "last_order";

/** Words that ask for one customer's history rather than a number. */
const HISTORY =
  /\b(?:journey|path|history|timeline|touch ?points?|touches|trail|story|steps|walk (?:me )?through|how (?:did|do|does) (?:they|he|she|that (?:person|customer|buyer)) (?:find|found|discover|come|get|end up|arrive)|what (?:did|had) (?:they|he|she) (?:touch|click|see|come through)|(?:came|come|arrived) (?:in )?through|(?:find|found|discovered|reach|reached) us)\b/;

const ORDER = "(?:order|purchase|basket|cart|transaction|sale|checkout)";
const PERSON = "(?:customer|buyer|shopper|person|client|purchaser|user|guy|one|someone|whoever)";
const BIG =
  "(?:biggest|largest|highest|priciest|most expensive|top|highest value|high value|max|maximum|single biggest|single largest|record)";

/** Picks in order; the first that matches wins. */
const PICKS: ReadonlyArray<readonly [CustomerPick, RegExp]> = [
  // "the customer with the most orders", "whoever ordered most often", "our most frequent buyer"
  [
    "most_orders",
    new RegExp(
      `\\b(?:${PERSON} (?:with|who (?:placed|made|had|has)|that (?:placed|made|had|has)) (?:the )?most ${ORDER}s|${PERSON} who (?:ordered|bought|purchased) (?:the )?most (?:often|times|frequently)|most (?:frequent|loyal|regular) (?:customer|buyer|shopper|purchaser)|(?:top|biggest) repeat (?:customer|buyer))\\b`,
    ),
  ],
  // "our biggest spender", "the customer who spent the most", "top customer by revenue"
  [
    "most_revenue",
    new RegExp(
      `\\b(?:(?:biggest|top|largest|highest|best) (?:spender|spending (?:customer|buyer))|${PERSON} (?:who|that) (?:spent|paid) (?:us )?(?:the )?most|(?:top|best|biggest|most valuable) (?:customer|buyer|client) (?:by|in) (?:revenue|sales|spend)|most valuable (?:customer|buyer|client))\\b`,
    ),
  ],
  // "the customer with the biggest order", "the largest single purchase", "our priciest basket"
  ["largest_order", new RegExp(`\\b${BIG} (?:single |one |individual )?${ORDER}\\b(?!s)`)],
  // "whoever placed the first order on Oct 3", "the first buyer of the month"
  [
    "first_order",
    new RegExp(
      `\\b(?:${PERSON} (?:who|that|with) (?:placed |made |had )?the (?:very )?first ${ORDER}|the (?:very )?first (?:${ORDER}|buyer|customer|purchaser) (?:of|on|in|placed|made)\\b(?! (?:a|their|each|every)\\b))`,
    ),
  ],
  // "whoever placed the most recent order", "the latest purchase's path"
  [
    "last_order",
    new RegExp(
      `\\b(?:${PERSON} (?:who|that|with) (?:placed |made |had )?the (?:most recent|latest|last|newest) ${ORDER}\\b(?!s)|the (?:most recent|latest|newest) (?:${ORDER}|buyer|customer|purchaser)\\b(?!s))`,
    ),
  ],
];

/**
 * @example readCustomerPick("show the path of the buyer with the largest purchase in september") // "largest_order"
 * @example readCustomerPick("how many touches before a customer's first order") // undefined
 */
export function readCustomerPick(text: string): CustomerPick | undefined {
  if (!HISTORY.test(text)) return undefined;
  for (const [pick, pattern] of PICKS) if (pattern.test(text)) return pick;
  return undefined;
}
