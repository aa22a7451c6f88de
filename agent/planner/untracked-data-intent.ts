/**
 * Data marketers ask for that the organization's data does not hold at all (search rankings,
 * returns and refunds, shipping and tax, stock levels, reviews and satisfaction scores). A catalog
 * search for such words answers "no metric called '<words>'" with a list of loosely related
 * metrics, which reads like a system error or, worse, like an answer. Instead the answer says
 * plainly, first, that the data is not tracked and why, then gives the nearest figure the data
 * has (labelled as what it is), over the period the question named.
 */

import { extractTime } from "./time.ts";
import { rewriteTimeShorthand } from "./time-shorthand.ts";
import type { DimensionValue } from "./types.ts";
import type { UnavailablePart } from "./unavailable-part-intent.ts";
import { UNTRACKED_BILLING } from "./untracked-billing.ts";
import { UNTRACKED_COSTS } from "./untracked-cost.ts";
import { productCampaignsAside, UNTRACKED_PRODUCT_SALES } from "./untracked-product-sales.ts";
import { regionAsked, regionOffer } from "./untracked-region.ts";

/** A match of any of the patterns (each case-insensitive). */
function anyOf(...patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join("|"), "i");
}

/** "Returns" as typed, with its common slips ("retuns", "retruns"). */
const RETURNS = String.raw`(?:returns|retuns|retruns|reutrns|returnes)`;

/**
 * fix20e: money asked of returns: "revenue we lost to returns", "how much did returns eat", "the
 * dollar value of returns", "returns losses". "Returns" alone stays a return on spend ("returns
 * by channel"); a word of losing or of an amount beside it makes it goods sent back.
 */
const RETURNS_LOST = new RegExp(
  [
    String.raw`\b(?:lost|lose|loses|losing|loss(?:es)?|leak(?:ed|ing|s)?|gave back|give back|giving back|paid back|went back|go back|refunded)\b(?:\s+[\w$]+){0,5}?\s+(?:to|from|through|thru|via|on|in|as|with|due to|because of|owing to)\s+(?:(?:our|the|all|customer|product|order|item)\s+)*${RETURNS}\b`,
    String.raw`\b${RETURNS}\s+(?:cost|costs|costing|ate|eat|eats|eaten|eating|took|take|takes|lost|loss(?:es)?|wiped|knocked|cut|set us back|hit)\b`,
    String.raw`\b(?:value|amount|dollars?|total|sum|cost|size|volume|\$)\s+(?:of|in|from|on)\s+(?:(?:our|the|all|customer|product|order|item)\s+)*${RETURNS}\b`,
    String.raw`\b${RETURNS}\s+(?:value|amount|volume|dollars?|total)\b`,
  ].join("|"),
);

/** One kind of data we do not have: the words that ask for it, what to say, what to offer. */
export interface UntrackedKind {
  words: RegExp;
  /** What is missing, said first. */
  note: string;
  /** How the nearest answer is introduced. */
  nearest: string;
  /** The nearest question the data answers (the question's period and grain are added). */
  offer: string;
  /** The offer keeps its own default period rather than the question's. */
  ownPeriod?: boolean;
}

const UNTRACKED: readonly UntrackedKind[] = [
  {
    // "where do we rank on google for X", "our SEO positions", "search console impressions";
    // fix13e: "which terms do we rank for", "seo: our rank on X", "keywords we're ranking on".
    words:
      /\b(?:(?:seo|serp|search engine|search|google|organic|keyword) (?:rankings?|ranks?|positions?)|rank(?:ing|ed|s)? (?:on|in|for) (?:google|bing|search|the search results)|where do(?:es)? (?:we|our (?:site|store|website|shop|page|pages)) (?:rank|show up|appear)(?: on google| in google| in search)?|search console|backlinks?|domain authority|page ?rank|(?:positions?|rankings?|ranks?|spot) (?:\w+ ){0,5}(?:in|on) (?:the )?(?:google|bing|search results|serps?)|(?:we|our (?:site|store|website|shop|pages?|brand)) (?:rank|ranking|ranked) (?:for|on|in)|seo\b.{0,40}\brank\w*|rank\w*\b.{0,40}\bseo|keywords? (?:\w+ ){0,3}rank\w*|rank(?:ing|ed|in|s)? (?:organic |seo |google |search )?(?:keywords?|search terms?|search queries|queries|terms|pages?|posts?|articles?|urls?)|(?:we|our (?:site|store|website|shop|pages?|brand)) (?:\w+ )?(?:rank|ranking|ranked) (?:#\s?\d+|no \d+|number (?:one|1|\d+)|first|1st|top(?: \d+| three| ten)?)(?: (?:spot|place|position))? (?:for|on|in)|(?:number one|top spot|first page|page one) (?:on|in|of) (?:google|bing|search)|(?:top|first page) of (?:google|bing|the search results) for|(?:our|my|the site s|the store s) (?:current |organic |google )?(?:rankings?|ranks?|search positions?|positions?|placements?) (?:for|on) (?!(?:roas|revenue|spend|cpa|cac|orders|sales|conversions?|ctr|cpc|cpm|aov|profit|margin|mer|each|every|all|channels?|campaigns?|platforms?)\b)['"‘’“”]?|(?:how|where|what|how well|how high) (?:do|are|did|does) (?:we|our (?:site|store|website|shop|pages?|brand)) (?:rank|ranking|show up|appear|place)(?: (?:for|on|in) (?!(?:roas|revenue|spend|cpa|cac|orders|sales|conversions?|each|every|all|channels?|campaigns?)\b)['"‘’“”]?|\s*\??$)|(?:are|do|did) (?:we|our (?:site|store|website|shop|pages?|brand)) (?:on|show up on|appear on) (?:page (?:one|1)|the first page)\b)\b|(?<![\w#])#\s?1 (?:on|in|of) (?:google|bing|search)\b/i,
    note: "Search rankings (where your pages rank on Google for a search term) are not tracked in your data: there is no SEO or Search Console data here.",
    nearest: "The nearest is your organic search traffic, its sessions and revenue:",
    offer: "organic search sessions and revenue",
  },
  {
    // fix21b: pages and content ("which blog posts bring organic visits", "top landing pages from
    // google", "seo traffic by url"): sessions are kept per channel and day, never per page. Pages
    // alone asked with no search word stay a breakdown to clarify (unavailable-breakdown.ts); a
    // request to write a post stays off topic.
    words: anyOf(
      /^(?!.*\b(?:write|draft|compose|generate|come up with|brainstorm|ideas? for|outline|publish|post)\b)(?=.*\b(?:blog|blogs|blog ?posts?|articles?|guides?)\b)(?=.*\b(?:traffic|visits?|visitors|sessions|views|pageviews|readers|clicks|organic|seo|google|search|drives?|drove|bring\w*|brought|gets?|got|perform\w*|convert\w*|top|best|most|popular)\b)/,
      /^(?=.*\b(?:organic|seo|google|search engines?|serps?)\b).*\b(?:landing pages?|entry pages?|urls?|web ?pages?|site pages?|content pages?|(?:which|what|top|most visited|most popular|best|our) (?:\w+ )?pages)\b/,
    ),
    note: "Page-level data is not tracked in your data: visits are recorded per channel and day, with no page, URL or blog post, so I can't say which pages or posts bring visits.",
    nearest: "The nearest is your organic search traffic as a channel, month by month:",
    offer: "organic search sessions orders and revenue by month",
  },
  {
    // fix15c: "which promo codes were redeemed most", "coupon code usage by affiliate": orders carry
    // no code; the coupon and deal sites are affiliate campaigns, whose orders the data credits.
    words:
      /\b(?:(?:coupon|promo|promotion|promotional|discount|voucher|offer|referral) codes?|codes? (?:\w+ )?(?:used|redeemed|applied)|(?:coupon|voucher|promo) (?:usage|use|redemptions?)|redemptions? of (?:the )?(?:coupons?|codes?|vouchers?)|(?:which|what|top|most used) (?:coupons?|vouchers?))\b/i,
    note: "Coupon, promo and discount codes are not tracked in your data: orders carry no code or discount, so I can't say which codes were used.",
    nearest:
      "The nearest is your affiliate campaigns (coupon and deal sites are affiliates), with their spend, orders and revenue:",
    offer: "spend orders and revenue by campaign for affiliate",
  },
  {
    // "return rate", "refunds last month", "how many orders were returned", "chargebacks";
    // fix20e: money lost to returns ("revenue lost to returns", "what did returns cost us").
    words: anyOf(
      RETURNS_LOST,
      /\b(?:refunds?|refunded|refund rate|returns? rates?|rate of returns|(?:product|order|customer|item) returns|returned (?:orders?|items?|products?|goods|purchases?)|how many returns|orders? (?:were |got |get |gets |are |is |being )?returned|(?:got|get|gets|was|were|been|being) returned|return (?:their |an |the |our )?(?:orders?|items?|products?|purchases?|stuff)|chargebacks?|cancell?ed orders?|order cancell?ations?|cancell?ation rate|(?:after|minus|less|net of|excluding|excl|without|less any) (?:returns|refunds|returns and refunds)|returns?[- ]adjusted)\b/i,
    ),
    note: "Returns and refunds are not tracked in your data: orders are recorded as placed, with no return, refund or cancellation records, so I can't give a return rate, and revenue here is gross (before any returns or refunds).",
    nearest: "Here are orders and revenue as placed:",
    offer: "orders and revenue",
  },
  {
    words:
      /\b(?:shipping (?:costs?|fees?|revenue|charges?)|delivery (?:costs?|fees?|times?)|(?:sales )?tax(?:es)? (?:collected|paid|revenue)|cost of shipping|fulfil?ment costs?|(?:after|net of|minus|less|excluding|excl|before) (?:the )?(?:shipping|taxe?s?|vat)|shipping (?:and|&|or) (?:sales )?tax(?:es)?|tax(?:es)? (?:and|&|or) shipping|(?:includ\w*|contain\w*|count\w*|net of|gross of|excluding|minus|after|before|with)\b.{0,30}\b(?:shipping|delivery|(?:sales )?tax(?:es)?|vat)(?! (?:rate|day|date))|(?:shipping|delivery|(?:sales )?tax(?:es)?|vat) (?:included|includ\w*|in (?:it|there|that|the (?:revenue|number|total|figure)))|is (?:shipping|tax|vat) in)\b/i,
    note: "Shipping, delivery and tax amounts are not tracked in your data: each order carries one revenue figure, gross, so I can't take shipping or tax out of it.",
    nearest: "Here are orders and gross revenue:",
    offer: "orders and revenue",
  },
  {
    // fix8d: "how did the radio ads go", "did the billboard work", "podcast sponsorship results":
    // offline media is not connected; what it may have moved shows in unpaid visits over time.
    words:
      /\b(?:tv|television|tele ?vision|ctv|connected tv|radio|podcasts?|billboards?|out of home|ooh|print (?:ads?|adverts?|campaigns?|media)|magazine (?:ads?|adverts?)|newspaper (?:ads?|adverts?)|direct mail(?:ers?|ings?)?|mailers?|offline (?:ads?|advertising|marketing|media|campaigns?|spend|channels?)|(?:commercials?|spots?) on (?:tv|air|the radio))\b/i,
    note: "TV, radio, podcasts, print, billboards and other offline media are not tracked in your data: no offline spend or airings are connected, so I can't say how an offline spot did.",
    nearest:
      "The nearest sign of offline reach is unpaid demand: direct and organic search visits and revenue, week by week (a lift after the spot aired would show here):",
    offer: "sessions and revenue for direct and organic search by week",
  },
  {
    // fix20d: "is smart bidding working", "did tROAS help", "should we go back to manual cpc": no
    // bid strategy or its changes are in the data; the search campaigns' return and click cost
    // month by month are what a bidding change would move.
    words:
      /\b(?:smart[- ]?bid+ing|smart bids?|bid(?:ding)? strateg(?:y|ies)|(?:automated|automatic|auto|algorithmic|value[- ]based) ?bid(?:ding|s)?|(?:target|t) ?(?:roas|cpa)(?: bid(?:ding|s)?| strateg(?:y|ies))|troas|tcpa|max(?:imi[sz]e)? (?:conversions?|conversion value|clicks)(?: bid(?:ding|s)?| strateg(?:y|ies))?|manual (?:cpc|bid(?:ding|s)?)|enhanced cpc|ecpc|bid (?:adjustments?|modifiers?|caps?|limits?|changes?)|bidding)\b/i,
    note: "Bid strategies (smart bidding, target ROAS or CPA, maximize conversions, manual CPC) and when they changed are not in your data: the ad platforms' settings are not connected, so I can't say whether a bid strategy is working.",
    nearest:
      "The nearest is what a bidding change would move: your paid search campaigns' (Performance Max among them) ROAS and cost per click, month by month:",
    offer: "roas and cpc for paid search by month",
  },
  {
    words: /\b(?:inventory|stock levels?|in stock|out of stock|stockouts?|sell[- ]through)\b/i,
    note: "Inventory and stock levels are not tracked in your data (orders carry no products either).",
    nearest: "Here are orders:",
    offer: "orders",
  },
  {
    words:
      /\b(?:nps|net promoter|customer satisfaction|csat|(?:product|customer|store|google|online|trustpilot|yelp|their|our) reviews?|rate us|reviews? (?:scores?|ratings?)|star ratings?|average rating|how many reviews)\b/i,
    note: "Reviews, ratings and satisfaction scores (NPS, CSAT) are not tracked in your data.",
    nearest:
      "The nearest sign of how customers feel is whether they come back: the repeat-purchase rate by cohort:",
    offer: "repeat purchase rate",
    // A cohort over one recent month has had no time to come back: the whole history answers.
    ownPeriod: true,
  },
];

/** Breakdowns and series words worth keeping from the question ("by month", "by channel"). */
const KEPT_PHRASES =
  /\b(?:(?:by|per|each|every) (?:day|week|month|quarter|year|channel|platform|campaign)|(?:daily|weekly|monthly|quarterly)|trend(?:ing|ed|s)?|over time)\b/gi;

/** Rows a question ranks ("which channels have the highest ..."), kept as a breakdown. */
const RANKED_ROWS = /\b(?:which|what) (channel|platform|campaign)s?\b/g;

/** The question's time phrases (masked by the time parser), in order, with "vs" kept between them. */
export function timeWords(question: string, today: string): string {
  // para23: "last qtr", "prev mo": the shorthand said in full first, as the time parser reads it.
  const lower = rewriteTimeShorthand(question.toLowerCase());
  const masked = extractTime(lower, today).rest;
  const spans: string[] = [];
  let current = "";
  for (let i = 0; i < lower.length; i++) {
    if (masked[i] === "|") current += lower[i];
    else if (current) {
      spans.push(current.trim());
      current = "";
    }
  }
  if (current) spans.push(current.trim());
  return spans.length === 2 && /\b(?:vs|versus|compared|against)\b/.test(lower)
    ? `${spans[0]} vs ${spans[1]}`
    : spans.join(" ");
}

/**
 * Campaign names that share the question's subject words ("... for hiking boots" -> the campaign
 * "Search - NonBrand - Hiking Boots"), named in a ranking answer as the paid side of the term.
 */
function campaignsOnTopic(question: string, values: readonly DimensionValue[]): string[] {
  const topic =
    /\bfor ["“']?([a-z][a-z0-9 &'-]{2,40}?)["”']?(?:\?|$| in | on | last | this | over | during )/i.exec(
      question,
    );
  if (!topic) return [];
  const words = topic[1]!
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 2);
  if (!words.length) return [];
  return values
    .filter((v) => v.dimension === "campaign")
    .map((v) => v.label)
    .filter((name) => words.every((w) => name.toLowerCase().includes(w.replace(/s$/, ""))));
}

/**
 * The untracked data a question asks for, as the nearest question plus the note that leads the
 * answer, or undefined when it asks for nothing of the kind.
 * @example untrackedData("whats our refund rate last month", "2026-11-01", [])?.rest // "orders and revenue last month"
 */
export function untrackedData(
  question: string,
  today: string,
  values: readonly DimensionValue[],
): UnavailablePart | undefined {
  // left16a: costs outside ad spend (commissions, agency fees, COGS) after the kinds above.
  // fix13e: invoices and accruals, a product's own sales.
  const kinds = [...UNTRACKED, ...UNTRACKED_COSTS, UNTRACKED_BILLING, UNTRACKED_PRODUCT_SALES].filter((k) =>
    k.words.test(question),
  );
  const kind = kinds[0];
  if (!kind) return undefined;
  // fix19e: "does that include refunds and shipping": each missing part said, one nearest answer.
  const alsoMissing = kinds
    .slice(1)
    .filter((k) => k.offer === kind.offer)
    .map((k) => ` ${k.note}`)
    .join("");
  // para20: "which channels have the highest return rate" ranks channels: kept as "by channel".
  const kept = [
    ...[...question.toLowerCase().matchAll(KEPT_PHRASES)].map((m) => m[0]),
    ...[...question.toLowerCase().matchAll(RANKED_ROWS)].map((m) => `by ${m[1]}`),
  ];
  // leftC: a region beside visits or offline media (which carry none) turns the offer to the
  // region's revenue and orders, said so, rather than dropping the region.
  // An offer of orders and revenue keeps the region as asked ("refunds in texas").
  const region = kind.ownPeriod ? undefined : regionAsked(question);
  const byRegion = region && kind.offer.includes("sessions") ? regionOffer(region) : undefined;
  const offer = byRegion?.offer ?? (region ? `${kind.offer} ${region.words}` : kind.offer);
  const rest = kind.ownPeriod
    ? offer
    : [offer, timeWords(question, today), ...(byRegion ? kept.filter((k) => !/week/.test(k)) : kept)]
        .filter(Boolean)
        .join(" ");
  const campaigns = kind.offer.startsWith("organic search") ? campaignsOnTopic(question, values) : [];
  const paid = campaigns.length
    ? ` You also run paid search on it: ${campaigns.join(", ")} (ask for that campaign's clicks, spend and revenue).`
    : kind === UNTRACKED_PRODUCT_SALES
      ? productCampaignsAside(question, values)
      : "";
  return { rest, note: `${kind.note}${alsoMissing}${paid} ${byRegion?.nearest ?? kind.nearest}` };
}
