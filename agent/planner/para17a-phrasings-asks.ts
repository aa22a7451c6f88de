/**
 * para17a: the rest of the other wordings (para17a-phrasings.ts applies them). MORE_FLOWS: periods,
 * comparisons and what-ifs said another way; MORE_ASKS: advice, journeys, funnels, cohorts, outside
 * events and names the data does not have.
 */
import { MONTH, type Rewrite } from "./para16-phrasings-asks.ts";

const CHANNEL = "(?:paid search|paid social|display|email|affiliate|organic search|referral|direct)";
const EVENT = "(?:black friday|cyber monday|bfcm|bf cm|thanksgiving|holidays?|christmas)";

/** The present tense of a passive what-if's verb ("display were cut", "is halved"). */
const PRESENT: Readonly<Record<string, string>> = {
  cut: "cut",
  reduced: "reduce",
  increased: "increase",
  raised: "raise",
  doubled: "double",
  halved: "halve",
};

/** Periods and comparisons said another way; what-ifs in the passive or with the result first. */
export const MORE_FLOWS: Rewrite[] = [
  // "this wk vs same wk ly": last year said as "ly".
  [/\b(same (?:week|wk|month|day|period|time)|vs|versus|than) ly\b/g, "$1 last year"],
  // "last year's black friday weekend revenue": the event's year said first.
  [
    new RegExp(
      String.raw`^(last year) (${EVENT}(?: weekend| week)?) (?!.*\b(?:vs|versus|compared|against|than|and)\b)(.+)$`,
    ),
    "$3 $2 $1",
  ],
  // "the sept -> oct change in orders", "% change in spend, september to october": earlier to later.
  [
    new RegExp(
      String.raw`\bthe (${MONTH}) - (${MONTH}) (change|drop|increase|decrease|growth) in ([a-z]+(?: [a-z]+)?)\b`,
      "g",
    ),
    "the $3 in $4 from $1 to $2",
  ],
  [
    new RegExp(
      String.raw`\b(change|drop|increase|decrease|growth) in ([a-z]+(?: [a-z]+){0,2}) (${MONTH}) to (${MONTH})\b`,
      "g",
    ),
    "$1 in $2 from $3 to $4",
  ],
  // "cac by month jan to now": since that month.
  [new RegExp(String.raw`\b(${MONTH}) to (?:now|today|date|present)\b`, "g"), "since $1"],
  // "what would we lose if display were cut in half", "if paid search is cut by 30% what happens".
  [
    /\b(?:what would we lose|what would happen|what happens|what would change|what do we lose) (?:if|when) ([a-z]+(?: [a-z]+)?) (?:were|was|is|gets?|got) (cut|reduced|increased|raised|doubled|halved)( in half| by half| by \d+ ?%| by \d+ percent)?\b/g,
    (_m, what: string, verb: string, by?: string) => `what if we ${PRESENT[verb]} ${what}${by ?? ""}`,
  ],
  [
    /^if ([a-z]+(?: [a-z]+)?) (?:were|was|is|gets?|got) (cut|reduced|increased|raised|doubled|halved)( in half| by half| by \d+ ?%| by \d+ percent)? (?:what happens|what would happen|what then|what do we lose|what would we lose)$/,
    (_m, what: string, verb: string, by?: string) => `what if we ${PRESENT[verb]} ${what}${by ?? ""}`,
  ],
  // "what if tiktok spend doubles".
  [
    /\bwhat (?:if|happens if) ([a-z]+(?: [a-z]+)?) (?:spend|budget) (doubles|halves|triples)\b/g,
    (_m, what: string, verb: string) => `what happens if we ${verb.replace(/s$/, "")} ${what}`,
  ],
  // "where do we cut to reduce spend 20 percent".
  [
    /\bwhere (?:do|should|can) we cut to (?:reduce|lower|trim|bring down) (?:spend|the budget|budget|costs?) (?:by )?(\d+) ?(?:%|percent)\b/g,
    "we need to cut spend $1% what do we cut",
  ],
];

/** Advice, journeys, funnels, cohorts, outside events and unknown names said another way. */
export const MORE_ASKS: Rewrite[] = [
  // Advice: what to focus on, what needs attention, what worries.
  [/\bwhat do (?:i|we) need to (focus on|prioriti[sz]e|look at|work on)\b/g, "what should i focus on"],
  [
    /^(this week|today|this month)(?: s)? (?:priorities|focus)(?: what should (?:i|we) (?:look at|focus on|do))?$/,
    "what should i focus on $1",
  ],
  [/\bwhere should (?:my|our) (?:attention|focus|time) go\b/g, "what should i focus on"],
  [
    /\banything (?:that )?(?:needs|requires|deserves) (?:my|our) attention\b/g,
    "anything i should worry about",
  ],
  [
    /\bis there anything (?:worrying|concerning|alarming)(?: going on| happening)?\b/g,
    "anything i should worry about",
  ],
  [/\bat the moment\b/g, "right now"],
  [
    /\bany (campaigns|ads) (?:we|i) (?:ought to|should|need to|must) (?:switch|turn|shut) off\b/g,
    "which $1 should we pause",
  ],
  [
    /\b(?:which|what) campaigns (?:have (?:room|headroom) to (?:scale|grow)|could (?:take|use|absorb) more (?:budget|spend|money))\b/g,
    "which campaigns can we scale",
  ],
  // "is marketing actually doing anything for us", "are our marketing efforts working".
  [/\bis (?:our )?marketing (?:actually |really )?doing anything(?: for us)?\b/g, "is our marketing working"],
  [
    /\bare (?:our )?marketing (?:efforts|campaigns|activities|dollars) (?:actually |really )?(?:working|paying off)\b/g,
    "is our marketing working",
  ],
  // "is tiktok working better for us than meta".
  [
    /\bis ([a-z]+(?: [a-z]+)?) (?:working|doing|performing) better (?:for us )?than ([a-z]+(?: [a-z]+)?)\b/g,
    "is $1 better than $2 for us",
  ],
  // "what's causing email revenue to fall": why it is down (or up).
  [
    /\bwhat (?:is |s )?(?:causing|driving|behind) ([a-z]+(?: [a-z]+){0,2}) to (fall|drop|decline|go down|shrink|rise|grow|go up|increase|spike)\b/g,
    (_m, what: string, way: string) =>
      `why is ${what} ${/fall|drop|decline|down|shrink/.test(way) ? "down" : "up"}`,
  ],
  // "has tracking broken anywhere lately", "any tracking outages recently": the anomaly scan.
  [/\bhas (?:our )?tracking (?:broken|failed|gone down|stopped working)\b/g, "did tracking break"],
  [
    /^(?:were there |have there been )?any tracking (?:outages?|breaks?|failures?|gaps?)\b/,
    "did tracking break anywhere",
  ],
  // "what return do we get on video advertising": the return on that kind of ad.
  [
    /\bwhat (?:return|roi) do we (?:get|see|make) (?:on|from) (?:our )?([a-z]+) (?:advertising|ads)\b/g,
    "what is the roi of our $1 ads",
  ],
  // Journeys: the share of single-touch orders, the commonest paths.
  [
    /\bwhat (?:%|percent|percentage|share) of (?:purchases|orders|conversions|sales) (?:came from|had|were from|involved|took) (?:one|a single|1|just one|only one) (?:touch|touchpoint|touch point|interaction)(?: only)?\b/g,
    "what percentage of orders had only one touchpoint",
  ],
  [
    /\bwhat (?:journeys|paths) (?:lead|led) to (?:purchases|orders|conversions|a purchase|an order) (?:most (?:often|frequently)|the most)\b/g,
    "what are the most common paths to purchase",
  ],
  // Funnels: the biggest drop-off, abandonment as a share, two channels' funnels side by side.
  [
    /\b(?:where is|where s|wheres|what is|whats) (?:our |the )?(?:biggest|largest|worst|main) drop ?off\b/g,
    "where do we lose the most people",
  ],
  [
    /\bwhere in (?:the )?(checkout|funnel|cart) do we lose the most (people|users|visitors|shoppers)\b/g,
    "where do we lose the most $2 in $1",
  ],
  [
    /\bwhat (?:%|percent|percentage|share) of (checkouts|carts) (?:were|are|get|got) abandoned\b/g,
    (_m, what: string) => `${what === "carts" ? "cart" : "checkout"} abandonment rate`,
  ],
  [
    new RegExp(String.raw`^(?:compare )?(?:the )?(${CHANNEL}) (?:vs|versus|and) (${CHANNEL}) funnels?$`),
    "funnel by channel for $1 vs $2",
  ],
  [
    new RegExp(
      String.raw`\bcompare the funnels? (?:of|for) (${CHANNEL}) (?:and|vs|versus|with) (${CHANNEL})\b`,
      "g",
    ),
    "funnel by channel for $1 vs $2",
  ],
  // Cohorts: which channel's customers come back.
  [
    /\b(?:which|what) (channel) (?:brings?|drives?|gets?|brought) (?:in |us )?(?:returning|repeat) (?:customers|buyers|purchasers)\b/g,
    "which $1 brings customers who come back",
  ],
  // Outside events and benchmarks said another way: kept honest by the readers of the usual words.
  [/\b(?:have|has|had) (?:an|any) (?:effect|impact) on\b/g, "affect"],
  [
    new RegExp(
      String.raw`\bwas there a (sales|revenue|orders?) (?:boost|lift|bump|dip|drop) from the (${MONTH}) ([a-z]+)\b`,
      "g",
    ),
    "did the $3 in $2 affect $1",
  ],
  [
    /\b(?:typical|normal|standard|usual) (roas|cpa|cac|ctr|cpc|cpm|conversion rate|aov) for (?:an? )?([a-z]+ )?(?:retailers?|brands?|stores?|companies|shops?)\b/g,
    "industry average $1",
  ],
  // "industry average roas for outdoor retail": the industry is not a campaign ("Outdoor Enthusiasts").
  [
    /\b(industry (?:average|benchmark|norm|standard)s?(?: (?:roas|cpa|cac|ctr|cpc|cpm|conversion rate|aov))?) for (?:an? )?(?:[a-z]+ ){0,2}?(?:retail|retailers|brands|ecommerce|e commerce|dtc|stores|shops|companies)\b/g,
    "$1",
  ],
  [
    /\b(blended roas|mer) (?:compared (?:with|to)|vs|versus) what (?:the )?(?:ad )?platforms? (?:report|reports|say|says|claim|claims)\b/g,
    "$1 vs platform roas",
  ],
  // Other single asks: the holidays' performance, brand against non-brand, names of customers.
  [/^(?:the )?holidays?(?: season)? (?:performance|results|numbers)$/, "how did we do over the holidays"],
  [/\bbrand search (?:vs|versus|and|compared (?:with|to)) non ?brand search\b/g, "brand vs non brand search"],
  [/\bnames of (?:our )?(top \d+ customers)\b/g, "who are our $1 by name"],
  [
    /\bhow many (?:people|users|subscribers|folks|recipients) unsubscribed (?:after|from|on|following) (the [a-z0-9 ]+? email)\b/g,
    "how many unsubs did $1 get",
  ],
  [/^affiliate partners (.+) for each(?: one| of them)?$/, "affiliate $1 by partner"],
  [
    /\b(revenue|rev|spend|roas|orders)(?: and (revenue|rev|spend|roas|orders))? for each (partner|campaign|channel|platform)\b/g,
    (_m, a: string, b: string | undefined, by: string) => `${a}${b ? ` and ${b}` : ""} by ${by}`,
  ],
];
