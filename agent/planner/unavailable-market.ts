/**
 * fix7s: two more asks for data the organization does not have, each declined plainly first and
 * answered with the nearest figure, labelled as what it is (unavailable-part-intent.ts plans them):
 * - the auction and the market: impression share, share of voice, auction insights, where we rank
 *   against other advertisers, what competitors spend or bid. The nearest is our own impressions
 *   and clicks, said to be ours alone, never given as if they were a share of the market.
 * - influencer partnerships: the campaigns named for creators or partners, with their figures.
 * - ads by hour of day ("what time of day should we run ads", "dayparting"): ad spend, impressions
 *   and clicks are recorded per day. The nearest is when people buy: orders by hour of day.
 */
import type { DimensionValue } from "./types.ts";
import type { UnavailablePart } from "./unavailable-part-intent.ts";

/** Auction and market measures only the ad platforms' auction reports (not loaded here) carry. */
const AUCTION =
  /\b(?:(?:search |absolute top |top |lost )?(?:impression|imp|impr) share|(?:search |ad )?share of (?:voice|search|the auction)|sov|auction insights?|auction data|(?:anyone|anybody|someone|somebody|others|who)(?: else)? (?:is |are )?(?:bidding|bid) on (?:our |my )?(?:brand|name|terms?|key ?words?)|quality scores?|qs score|ad rank|ad relevance|overlap rate|outranking share|position above rate|top of page rate|abs(?:olute)? top rate|market share|(?:competitors?|rivals?|the competition|other brands|other advertisers)(?:'s|’s|')? (?:ad )?(?:spend|spending|budgets?|bids?|bidding|cpcs?|impressions))\b/i;

/** The other side named beside it: "compare to REI on", "vs competitors", "against Patagonia". */
const OTHER_SIDE =
  /\b(?:how (?:do|does|did) (?:we|i|our \w+) (?:compare|stack up|do|rank|fare)\s+)?(?:compared?\s+(?:to|with)|compare (?:to|with)|vs\.?|versus|against|relative to|than|stack up (?:to|against))\s+(?:the\s+)?([A-Z][\w&.-]*|competitors?|competition|rivals?|other brands|other advertisers|the market)(?:'s|’s)?(?:\s+(?:on|in|for))?/;

const WHO =
  /\b(?:compared?\s+(?:to|with)|compare (?:to|with)|vs\.?|versus|against|than|stack up (?:to|against))\s+(?:the\s+)?([A-Z][\w&.-]*)/;

/** The hour-of-day words of a timing question (para22: "when during the day should ads run"). */
const HOURLY =
  /\b(?:times? of (?:the )?day|hours? of (?:the )?day|hourly|by hour|per hour|which hours?|what hours?|what time|which time|when (?:during|in) the day|day ?parting|dayparts?|ad schedul(?:e|ing))\b/i;

/** Running, showing or judging ads (not a question about when people buy). */
const ADS =
  /\b(?:(?:run|running|show|showing|serve|serving|schedule|scheduling|launch|turn on|bid|bidding|post|posting|boost|push|spend|spending)(?: \w+){0,3} (?:ads?|adverts?|campaigns?|advertising|ad spend|budget)|advertis(?:e|ing)|for (?:our |the )?(?:ads?|adverts?|campaigns?)\b|day ?parting|ad schedul(?:e|ing)|(?:ads?|campaigns?) (?:do|does|perform|performs|work|works|convert|converts|run|runs|be running|go live|go out)\w*)\b/i;

/** "how do we compare to REI on impression share": the auction part, or undefined. */
export function auctionPart(question: string): UnavailablePart | undefined {
  const m = AUCTION.exec(question);
  if (!m) return undefined;
  const who = WHO.exec(question)?.[1];
  const search =
    /\bsearch\b|impression share|auction|top of page|top rate|outranking|overlap|\bbid(?:s|ding)?\b/i.test(
      question,
    );
  const after = question
    .slice(m.index + m[0].length)
    .replace(OTHER_SIDE, "")
    // para15: "brand keywords": the auction's words for our own terms, not a keyword breakdown.
    .replace(/\b(?:key ?words?|search terms?)\b/gi, "")
    // lead24: "impression share lost to budget": the reason an auction report gives, not a budget ask.
    .replace(/\b(?:lost )?(?:to|due to|because of|from) (?:budget|(?:ad )?rank(?:ing)?)\b/gi, "")
    .replace(/[?!.]+\s*$/, "");
  // para23: "the brand campaign's impression share": the campaign named before the measure is
  // what the nearest figures are for (the words after it alone lost it).
  const campaign = /\b((?:the |our )?(?:[a-z0-9-]+ ){1,3}campaign)(?:'s|’s|')?\s*$/i.exec(
    question.slice(0, m.index),
  )?.[1];
  const named = campaign && !/\bcampaign\b/i.test(after) ? ` for ${campaign}` : "";
  const scope = search ? "paid search " : "";
  const against = who && !/^(?:I|We|Our|How|What)$/.test(who) ? ` with ${who}` : "";
  const cannot = `so I can't say how you compare${against}`;
  const source =
    "(impression share, quality score, share of voice, auction insights, other advertisers' spend and bids come from the ad platforms' auction reports, which are not loaded)";
  // "what do competitors spend": the nearest is our own spend; otherwise our impressions and clicks.
  if (/spend|budget/i.test(m[0]))
    return {
      rest: `our ad spend ${after}`.replace(/\s+/g, " ").trim(),
      note: `There is no competitor data here ${source}, ${cannot}. The nearest is your own ad spend below: it is yours alone, not what others spend.`,
      keepMetrics: ["spend"],
    };
  return {
    rest: `our ${/\bsearch\b/i.test(after) ? "" : scope}impressions and clicks${named} ${after}`
      .replace(/\s+/g, " ")
      .trim(),
    note: `There is no competitor or auction data here ${source}, ${cannot}. The nearest is your own ${scope}impressions and clicks below: they are yours alone, not a share of the market.`,
    keepMetrics: ["impressions", "clicks"],
  };
}

/** "what time of day should we run ads": the hourly-ads part, or undefined. */
export function hourlyAdsPart(question: string): UnavailablePart | undefined {
  const h = HOURLY.exec(question);
  const a = ADS.exec(question);
  if (!h || !a) return undefined;
  // Orders by hour of day, with what else the question names (a period, a platform) kept.
  const others = question
    .replace(new RegExp(HOURLY.source, "gi"), " ")
    .replace(new RegExp(ADS.source, "gi"), " ")
    .replace(
      /\b(?:when|during the day|at what|what|which|should|do|does|we|i|our|best|in|the|perform|use|to)\b/gi,
      " ",
    )
    .replace(/[?!.,]+/g, " ");
  const rest = `orders by hour of day ${others}`.replace(/\s+/g, " ").trim();
  return {
    rest,
    note:
      "Ad spend, impressions and clicks are recorded per day, not per hour, so I can't judge how ads perform at different times of day or which hours to run them in. " +
      "The nearest is when people buy: orders by hour of day below, across every channel (not only orders from ads).",
  };
}

/** Influencer and creator partnerships: not tracked as such (no creator codes, no payouts). */
const INFLUENCER_ASK =
  /\b(?:influencers?|inf\w{0,4}n[cs]ers?|kols?|content creators?|creator (?:codes?|partners?|partnerships?|collabs?|deals?|programs?|marketing)|(?:brand )?ambassadors?|ugc creators?)\b/i;

/**
 * fix17f: whether a question asks about influencer or creator marketing (typos included), which
 * the creator campaigns answer: "did our influencers help sales" is not an assists analysis.
 */
export function asksInfluencer(question: string): boolean {
  return INFLUENCER_ASK.test(question);
}

/** Campaigns whose names say they are run with creators or partners (read from the data's names). */
const CREATOR_CAMPAIGN =
  /\b(?:creators?|influencers?|ugc|spark|ambassadors?|reviews?|reviewers?|collabs?)\b/i;

/** The question's words that are neither the influencer ask nor its verbs: a period, a platform (para21: "influencer marketing performance" names neither). */
const ASK_WORDS =
  /\b(?:how much|how many|how|what|which|did|do|does|have|has|were|was|is|are|our|we|the|all|any|of|from|with|through|via|in|on|bring in|brought in|bring|brings|drive|drove|driven|generate|generated|make|made|earn|earned|deliver|delivered|return|returned|worth it|worth|work|worked|working|perform|performed|performing|pay off|paid off|help|helps|helped|helping|boost|boosts|boosted|lift|lifted|contribute|contributed|impact|impacted|affect|affected|partnerships?|partners?|collabs?|collaborations?|deals?|programs?|money|results?|roi|marketing|performance|doing|going|efforts?|stuff)\b/gi;

/** A figure the question names itself ("which creators brought the most orders"). */
const NAMED_METRIC = /\b(?:orders?|revenue|sales|roas|spend|cpa|conversions?|aov|clicks|impressions|cac)\b/i;

/** With no period named, every day of data: creator campaigns run in bursts, not in the last month. */
const DATED =
  /\b(?:last|this|past|previous|since|ytd|mtd|q[1-4]|20\d\d|weeks?|months?|years?|quarters?|days?|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|spring|summer|fall|autumn|winter|holiday\w*)\b/i;
const when = (others: string) => (DATED.test(others) ? "" : " all time");

/** A platform's names as typed: "meta ads", "meta", its aliases ("instagram", "facebook"). */
const namesOf = (v: DimensionValue) =>
  [v.label, v.label.replace(/ ads$/i, ""), v.value.replace(/_/g, " "), ...v.aliases]
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 2);

/**
 * "what did our influencer partnerships bring in": no influencer data; the nearest are the
 * campaigns named for creators or partners (from the organization's own campaign names), with
 * their revenue, spend and ROAS. Undefined when the question is not about influencers or when no
 * campaign name reads as one (the caller then keeps its general campaigns answer).
 */
export function influencerCampaignsPart(
  question: string,
  values: readonly DimensionValue[],
): UnavailablePart | undefined {
  if (!INFLUENCER_ASK.test(question)) return undefined;
  const creators = values.filter((v) => v.dimension === "campaign" && CREATOR_CAMPAIGN.test(v.label));
  if (!creators.length) return undefined;
  const others = question
    .replace(new RegExp(INFLUENCER_ASK.source, "gi"), " ")
    .replace(ASK_WORDS, " ")
    .replace(/[?!.,]+/g, " ");
  // fix18f: "our instagram influencers": a platform named keeps the creator campaigns on it; when
  // none is, its own campaigns are the nearest (the creator campaigns filtered to it showed none).
  const platform = values.find(
    (v) =>
      v.dimension === "platform" &&
      namesOf(v).some((w) =>
        new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(others.toLowerCase()),
      ),
  );
  const onPlatform = platform
    ? creators.filter((c) => namesOf(platform).some((w) => c.label.toLowerCase().includes(w)))
    : creators;
  if (platform && !onPlatform.length)
    return {
      rest: `${NAMED_METRIC.test(others) ? "" : "revenue, spend and roas "}by campaign ${others}${when(others)}`
        .replace(/\s+/g, " ")
        .trim(),
      note:
        `There is no influencer data here (no influencer or creator codes on orders, no creators' own post figures), so I can't say what influencers on ${platform.label} brought. ` +
        `No ${platform.label} campaign is named for creators or partners, so the nearest is your own ${platform.label} campaigns below: paid ads, not influencer posts.`,
    };
  const names = onPlatform.map((c) => c.label).join(", ");
  return {
    // "what did it drive" (read as revenue by now) asks what the money brought: spend and ROAS beside it.
    rest: `${NAMED_METRIC.test(others.replace(/\b(?:revenue|sales)\b/g, " ")) ? "" : "revenue, spend and roas "}by campaign ${others}${when(others)}`
      .replace(/\s+/g, " ")
      .trim(),
    note:
      "There is no influencer data here (no influencer or creator codes on orders, no partner payouts), so I can't say what influencer partnerships brought in. " +
      `The nearest are the campaigns run with creators or partners: ${names}, below with their figures.`,
    campaigns: onPlatform.map((c) => (/^\d+$/.test(c.value) ? Number(c.value) : c.value)),
  };
}
