/**
 * fix13e: sales of a product ("how many tents did we sell in july", "sleeping bag sales this
 * summer", "units sold last month", "best selling items"). Orders carry no line items, so no
 * product's own sales or units are known. Read as a metric question, "tent sales" gave the store's
 * whole revenue (or the revenue of one campaign whose name holds the word) as if it were the
 * product's. The answer says first that product sales are not tracked, then gives the nearest:
 * all orders and revenue over the period, with the campaigns named after the product pointed out.
 */
import { normalize } from "./normalize.ts";
import type { DimensionValue } from "./types.ts";
import type { UntrackedKind } from "./untracked-data-intent.ts";

/** Things a store sells, as a marketer names them (an outdoor store's and any store's). */
const GOODS =
  "(?:tents?|sleeping (?:bags?|pads?)|backpacks?|packs|rucksacks?|(?:hiking |trail |rain )?boots|shoes|sneakers|jackets?|coats?|stoves?|trekking poles|hiking poles|headlamps?|lanterns?|hammocks?|tarps?|(?:camping |outdoor |hiking )?(?:gear|equipment|kit|apparel|clothing)|products?|items?|skus?|merch(?:andise)?|units)";

const PRODUCT_SALES = new RegExp(
  [
    `\\b${GOODS} (?:(?:we|did we|have we|were|got) )?(?:sales|sold|sell|sell[- ]through|units|volume)\\b`,
    `\\b(?:sold|sell|selling|sales of) (?:\\w+ ){0,3}${GOODS}\\b`,
    `\\bhow many (?:\\w+ ){0,3}(?:did we|have we|do we|we) (?:sell|sold|move|moved)\\b`,
    `\\bbest[- ]?sell(?:ing|ers?)\\b(?! (?:channels?|campaigns?|platforms?|months?|weeks?|days?|states?|regions?))`,
    `\\btop (?:selling )?(?:products?|items?|skus?)\\b`,
    // para26: "which skus had the most sales in october", "what products got the most orders".
    `\\b(?:which|what) ${GOODS} (?:had|have|got|get|made|make|brought in|bring in|drove|did) (?:the )?(?:most|highest|best|biggest|top) (?:sales|orders|revenue|units|volume)\\b`,
  ].join("|"),
  "i",
);

/** An email, an ad or a campaign named as such is not a product ("the sale email's sales"). */
const NOT_GOODS =
  /\b(?:e ?mails?|newsletters?|campaigns?|ads?|adverts?|collections?|categor(?:y|ies)|channels?|platforms?|sources?|tiktok|meta|facebook|fb|instagram|ig|google|affiliates?|paid|display|organic|direct|referral|social|search)\b/i;

export const UNTRACKED_PRODUCT_SALES: UntrackedKind = {
  words: new RegExp(`^(?!.*${NOT_GOODS.source}).*(?:${PRODUCT_SALES.source})`, "i"),
  note: "Sales by product are not tracked in your data: orders carry one revenue figure with no line items, so I can't say how many of a product sold or what it brought in.",
  nearest: "The nearest is the store's orders and revenue over all products:",
  offer: "orders and revenue",
};

/** The goods word of the question, singular ("tents" -> "tent"), or undefined. */
function goodsWord(question: string): string | undefined {
  const m = new RegExp(GOODS, "i").exec(normalize(question));
  const word = m?.[0]
    .split(" ")
    .at(-1)
    ?.replace(/(?<=[a-z]{3})s$/, "");
  return word &&
    !/^(?:product|item|sku|unit|merch|merchandise|gear|equipment|kit|apparel|clothing)$/.test(word)
    ? word
    : undefined;
}

/**
 * The campaigns named after the product asked about, said as the paid side of it (their figures
 * are the campaign's, not the product's sales).
 * @example productCampaignsAside("tent sales in july", values) // " Ads that promote it: Search - NonBrand - Tents & Shelters ..."
 */
export function productCampaignsAside(question: string, values: readonly DimensionValue[]): string {
  const word = goodsWord(question);
  if (!word) return "";
  const named = values
    .filter((v) => v.dimension === "campaign")
    .map((v) => v.label)
    .filter((label) =>
      normalize(label)
        .split(" ")
        .some((w) => w.startsWith(word)),
    );
  return named.length
    ? ` Campaigns named after it: ${named.join(", ")} (ask for a campaign's revenue for what its ads were credited with, which is not the product's sales).`
    : "";
}
