/**
 * para16: the rest of the other wordings (para16-phrasings.ts applies them): a stated target said
 * first, a ratio with a slash, a year pair, named things side by side, what a platform claims, the
 * journey asks (assists, single touch, path length, first touch), cohorts of a season's buyers.
 */

export const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
export const METRIC = "(?:cpa|roas|cac|mer|aov|cpc|cpm|ctr|cvr|revenue|spend|orders|conversion rate)";
export const PLATFORM = "(?:meta|facebook|instagram|tiktok|google|google ads|impact)";

/** A pattern over the normalized question and what it becomes. */
export type Rewrite = [RegExp, string | ((...m: string[]) => string)];

/** Other single kinds: a stated target first, a ratio with a slash, a year pair, journeys. */
export const OTHER_ASKS: Rewrite[] = [
  [
    new RegExp(String.raw`^target (${METRIC}) (\$ ?\d+(?:\.\d+)?k?|\d+(?:\.\d+)?x?) `),
    "our target $1 is $2 ",
  ],
  [new RegExp(String.raw`\b(${METRIC}) / ([a-z]+(?: [a-z]+)?) (${METRIC})\b`, "g"), "$1 divided by $2 $3"],
  [
    /\bblack friday 2026 (?:vs|versus|compared (?:to|with)) (?:black friday )?2025\b/g,
    "black friday this year vs last year",
  ],
  [
    /\bhow does this year black friday compare (?:with|to) last year\b/g,
    "black friday this year vs last year",
  ],
  [/\bwhich hours? should (?:our |we run )?ads(?: run)?\b/g, "what hour of the day should we run ads"],
  [/\bwhat % of revenue goes to shipping\b/g, "shipping cost as % of revenue"],
  [/\bsince the ([a-z]+) budget (?:increase|bump|raise|boost)\b/g, "since we bumped the budget in $1"],
  [
    /\b(?:what did we pay|payouts? (?:to|on)) impact\b|\bimpact payouts?\b/g,
    "how much did we pay out on impact",
  ],
  [/\band what (?:came|comes) back\b/g, "and what did we get for it"],
  [/\b(?:ad )?spend and what we got back(?: for it)?\b/g, "ad spend and what did we get back for it"],
  [/\bhow has ([a-z]+(?: [a-z]+){0,2}) changed by month since\b/g, "how has $1 moved month over month since"],
  [/\bwhat (roas|cpa|cac|mer) should we (?:aim for|target|be aiming for)\b/g, "what is a good $1 for us"],
  [/\b(?:selling|sell) anything\b/g, "drive sales"],
  [/\band should (?:be|get) (?:paused|turned off|killed|cut)\b/g, "and should we pause"],
  [
    /^campaigns (?:below|under|with less than) (\d+(?:\.\d+)?x) roas (.+?) should (?:i|we) (?:pause|kill|cut|turn off) (?:them|those|these)$/,
    "which campaigns should i pause anything under $1 roas $2",
  ],
  [/\bwhat changed (?:the )?most (?:quarter over quarter|qoq|vs q[1-4])\b/g, "what moved the most qoq"],
  [/\borganic (?:vs|versus|and|or) paid search\b/g, "organic search vs paid search"],
  [/\bpaid (?:vs|versus|and|or) organic search\b/g, "paid search vs organic search"],
  [/\bhow often did people see\b/g, "how often are people seeing"],
  [/\bblack friday next year\b/g, "next black friday"],
  [/^([a-z]+(?: [a-z]+)?) (?:vs|versus) ([a-z]+(?: [a-z]+)?) growth\b/, "is $1 growing faster than $2"],
  [/\bvs (?:last month|the month before) at (?:this|the same) point\b/g, "vs same point last month"],
  [/\b(revenue|sales|rev) (?:vs|versus|against) ad spend\b/g, "$1 and ad spend"],
  [/\borders (?:divided by|over) sessions\b/g, "site conversion rate"],
  [
    /\bbest (?:and |plus |\+ )?worst (revenue|sales|orders?|spend) (week|day|month)s?\b/g,
    "best and worst $2 for $1",
  ],
  [
    /\bwhich (week|day|month) (.+?) had the highest (revenue|sales|orders|spend) and which the lowest\b/g,
    "best and worst $1 $2 for $3",
  ],
  [
    /\b(?:best place|where) (?:for|to put) (?:the )?(?:incremental|extra|additional|more) (?:spend|budget|money|dollars)\b/g,
    "where is the next dollar best spent",
  ],
  [/\b(?:over |during |for )?(?:the )?july 4th weekend\b/g, " for the 4th of july weekend"],
  [
    /^(draft|write|put together|prepare) (.+?) for the ([a-z]+) slack channel$/,
    "$1 $2 i can paste into the $3 channel",
  ],
  [/^sum up\b/, "summarize"],
  [/\bfirst time orders\b/g, "new customer orders"],
  [
    /\bwhich channel (?:brings|drives|gets) the most (?:returning|repeat) (?:buyers|customers)\b/g,
    "which acquisition channel brings the most repeat buyers",
  ],
  [
    /\bwhich channel (?:customers )?(?:return|come back) the most\b/g,
    "which acquisition channel brings the most repeat buyers",
  ],
  [
    new RegExp(
      String.raw`\b(declined|dropped|fell|rose|grew|jumped|improved|got worse|worsened|down|up) (?:from )?(${MONTH}) (?:-|to) (${MONTH})\b`,
      "g",
    ),
    "$1 $3 vs $2",
  ],
  [/\bconv rates?\b/g, "conversion rate"],
  [/\bconv\b/g, "conversions"],
  [/^(?:the )?brief for\b/, "give me the brief for"],
  // Journeys: the assist ask, single vs multi touch, path length, mean and median.
  [/\bhelp a lot but (?:seldom|rarely) (?:get|are) the last touch\b/g, "assist a lot but rarely close"],
  [/\bone touch vs several touches\b/g, "single touch vs multi touch"],
  [/\btouchpoints per journey\b/g, "path length"],
  [
    /^first touch ([a-z]+(?: [a-z]+)?) (?:-|to) last touch ([a-z]+(?: [a-z]+)?) does (?:that|this) (?:happen|ever happen)$/,
    "do people who first find us through $1 end up buying through $2",
  ],
  [/\bjourneys (?:starting|beginning|that begin) (on|with|from|in) /g, "journeys that start $1 "],
  [
    /^when ([a-z]+(?: [a-z]+)?) is the first touch do (?:those|these|they|the) (?:people|customers|users)? ?ever (?:buy|convert|purchase)$/,
    "do journeys that start on $1 ever actually convert",
  ],
  [
    /^how often does ([a-z]+(?: [a-z]+)?) (?:start|open) vs (?:close|end|finish) (converting (?:paths|journeys))$/,
    "how often is $1 the first touch vs the last touch on $2",
  ],
  [/\bmedian first (click|touch) to (purchase|order|conversion) time\b/g, "median time from first $1 to $2"],
  [/\bby first touch channel vs last touch channel\b/g, "by first touch channel vs by last touch channel"],
  [
    /^(bf25|bfcm 2025|black friday 2025|holiday25) first time (?:buyers|customers) how many (?:returned|came back)\b/,
    "of the people who first bought during $1 how many came back",
  ],
  [/\bat (\d+) (\d+) (?:and )?(\d+) days\b/g, "at $1/$2/$3 days"],
  [
    /^do customers (?:acquired|we got|we won|won) (?:over|during|in|on) (.+?) repeat more than everyone else$/,
    "repeat purchase rate for customers we got during $1 vs everyone else",
  ],
  // What a platform claims beside what we attribute to it.
  [
    /\b(roas|revenue|conversions|purchases|cpa) by (?:ad )?platform what (?:the )?(?:ad )?platforms? (?:reports?|claims?|says?) (?:vs|versus|compared (?:to|with)) (?:ours|our own|what we attribute)\b/g,
    "platform reported $1 vs ours by ad platform",
  ],
  [
    new RegExp(
      `^what (${PLATFORM}) (?:claims|reports|says) (?:for|in) ([a-z]+) (?:compared (?:with|to)|vs|versus) (?:our attributed revenue|what we attribute)(?: (?:for|to) (?:${PLATFORM}|them|it))?$`,
    ),
    "what does $1 claim we made in $2 vs what we actually attribute to them",
  ],
  [
    /\bcost vs attributed revenue vs what (\w+) (?:reports|claims|says)\b/g,
    "what we pay vs what we attribute vs what $1 claims",
  ],
  [
    /\bwhat we pay what we attribute and what (\w+) (?:claims|reports|says)\b/g,
    "what we pay vs what we attribute vs what $1 claims",
  ],
  // "compare the A campaign with the B one": both named things, side by side.
  [
    /^compare (?:the )?(.+?) (campaign|email|ad|promo) (?:with|to|against) (?:the )?(.+?) one$/,
    "$1 $2 vs $3 $2",
  ],
  // "how many people did tiktok reach and how often": reach and frequency, both not in the data.
  [
    /^how many (?:people|users) did (.+?) reach( last month| last week| in [a-z]+| this year)? and how (?:often|many times)$/,
    (_m, what: string, when: string | undefined) => `reach and frequency on ${what}${when ?? ""}`,
  ],
  [/\bopens %/g, "open rate"],
  [/\bclicks %/g, "click rate"],
  [
    /^(?:average|avg|mean) (?:and|\+|plus) median (?:touches|touchpoints) before (?:a |the )?first (?:purchase|order)$/,
    "how many touches before a first purchase on average and what is the median",
  ],
];
