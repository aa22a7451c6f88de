/**
 * para17b: other wordings of single asks (para17b-phrasings.ts applies them): scaling a platform's
 * ad sets, the next dollar, a monthly move written with a slash, budgets kept, targets set or met,
 * alerts said as "let me know", definitions, break-even, contribution, payback, the weekday to send
 * email, an email's rate, the customers who come back, checkout completion, paths starting on a
 * touch, a coast pair, the groups of named campaigns.
 */
import type { Rewrite } from "./para16-phrasings-asks.ts";

const PLATFORM = "(meta|facebook|instagram|tiktok|google|google ads)";
const METRIC = "(roas|cpa|cac|mer|aov|cpc|cpm|ctr)";
const AMOUNT = "(\\$ ?\\d+(?:\\.\\d+)?k?|\\d+(?:\\.\\d+)?k?x?)";

/** Budget and advice asks said another way. */
const ADVICE: Rewrite[] = [
  // "what meta adset do i scale up", "which meta ad set should get more budget": that platform's scaling.
  [/\badsets?\b/g, "ad set"],
  [
    new RegExp(
      `^(?:which|what) ${PLATFORM} (ad set|campaign)s? (?:should (?:get|receive) more budget|do (?:i|we) scale(?: up)?|(?:is|are) worth scaling|should (?:i|we) scale(?: up)?)$`,
    ),
    "which $2 should i scale on $1",
  ],
  [
    new RegExp(`^on ${PLATFORM} (?:which|what) (ad set|campaign)s? (?:is|are) worth scaling$`),
    "which $2 should i scale on $1",
  ],
  // "best place to put our next marketing dollar": where the next dollar is best spent.
  [
    /\b(?:the )?(?:best place|where) (?:to|should (?:we|i)) (?:put|spend|invest|place) (?:our |the )?next (?:marketing |ad |advertising )?dollar\b/g,
    "where is the next dollar best spent",
  ],
  // "move 5k/month out of display and into paid search": a monthly amount from one to the other.
  [/\b(\$ ?\d+(?:\.\d+)?k?|\d+(?:\.\d+)?k?) ?\/ ?(?:month|mo)\b/g, "$1 a month"],
  [/\bout of ([a-z]+(?: [a-z]+)?) and into ([a-z]+(?: [a-z]+)?)\b/g, "from $1 to $2"],
  // "did we stay within daily budgets in october": spend held against the budgets set.
  [
    /\bdid (?:we|spend) (?:stay|keep|remain) (?:within|under|on) (?:our |the )?(daily )?budgets? (in|for|during|last) ([a-z]+)\b/g,
    "how did spend $2 $3 compare to the $1budgets we set",
  ],
  // "are we on target": the targets met or missed.
  [/^are we (?:on target|on track (?:with|against|for) (?:our )?targets?)$/, "are we hitting our targets"],
  // "make the paid social roas target 3x", "paid social target 3.0 roas", "set a 3x roas target for X".
  [new RegExp(`^set (?:a |an |the )?${AMOUNT} ${METRIC} target for (.+)$`), "set a target of $1 $2 for $3"],
  [new RegExp(`^make the (.+?) ${METRIC} target ${AMOUNT}$`), "set a target of $3 $2 for $1"],
  [new RegExp(`^([a-z]+(?: [a-z]+)?) target ${AMOUNT} ${METRIC}$`), "set a target of $2 $3 for $1"],
  // "let me know any time cpa tops $60": "any time" is "whenever", an alert on that level.
  [/^(let me know|ping me|notify me|tell me) (?:any ?time|every time)\b/, "$1 whenever"],
];

/** Single metric asks said another way. */
const METRICS: Rewrite[] = [
  [
    /^how do you (?:decide|determine|know|tell|work out) (?:whether|if) (?:a |someone is a )?customer is new$/,
    "how do you define a new customer",
  ],
  [/\bcontribution (after|minus|less|net of)\b/g, "contribution margin $1"],
  [
    /\bpay back (?:what we spend|what it costs|the cost) to (?:get|acquire|win) a (?:new )?customer\b/g,
    "pay back cac",
  ],
  [
    /\bat what (roas|cpa|cac) do we (?:stop losing money|start making money|stop losing)\b/g,
    "at what $1 do we break even",
  ],
  [
    /\bwhat time of (?:the )?day should (?:our |we run )?ads(?: run)?\b/g,
    "what hour of the day should we run ads",
  ],
  [
    /\b(?:which|what) (?:day|weekday|day of the week) should (?:we|i) send (?:our |the )?(?:emails?|newsletters?)(?: on)?\b/g,
    "which weekday is best to send email",
  ],
  // "highest unsubscribe rate by email": the email that had it.
  [/^(highest|lowest|best|worst) (.+? rate) by email(?: campaign)?$/, "which email had the $1 $2"],
  [/\bmost (unsub|open|click)s? as a (?:%|percent|share) of sends\b/g, "highest $1 rate"],
  [
    /(?<!\b(?:share|percent|percentage|%|rate|proportion) of )\bfirst time (?:customers|buyers)\b/g,
    "new customers",
  ],
  [/\bnot counting returning$/, "not counting returning customers"],
  [
    /^which channel (?:s )?customers (?:repeat|come back|return|buy again|reorder)(?: the)? most$/,
    "which channel brings customers who come back",
  ],
  [/\bcheckout to (?:order|purchase) conversion(?: rate)?\b/g, "checkout to purchase rate"],
  // "which converting paths begin with tiktok": the paths to purchase that start there.
  [
    /\b(?:which|top|most common) converting (?:paths|journeys) (?:that )?(?:begin|start) (?:with|on|from|in)\b/g,
    "top paths that end in a purchase that start with",
  ],
  [
    /\b(?:really|actually) help (?:drive )?(sales|conversions|orders) or (?:only|just) (?:take|claim|steal) (?:the )?credit\b/g,
    "actually assist $1 or just take credit",
  ],
  // "revenue by coast - east vs west", "which coast drives more revenue, east or west".
  [/\bby coast (east|west) (?:vs|versus|or|and) (east|west)\b/g, "$1 coast vs $2 coast"],
  [/^which coast (.+?) (east|west) or (east|west)$/, "$1 $2 coast vs $3 coast"],
  // "total spend and revenue per group": each named group's total.
  [/\b(?:per|for each|by) group\b/g, "each"],
  // "holiday 2025 campaigns vs summer 2026 campaigns": the campaigns named with the year's two digits.
  [/\b(holiday|summer|spring|fall|winter|bf) 20(\d\d) (campaigns?|ones)\b/g, "$1$2 $3"],
];

/** Cohorts, journeys and emails said another way. */
const COHORTS_EMAILS: Rewrite[] = [
  // "customers we acquired over black friday 2025": the BF25 season's cohort, not the one day.
  [
    /\b(acquired|got|won|gained|picked up) (?:over|during|on|around|from) black friday(?: 2025| 25)\b(?! (?:and|&|\/) (?:cyber monday|cm)\b)/g,
    "$1 during bf25",
  ],
  // "90 day ltv of the january cohort vs the may cohort": each month's cohort, side by side.
  [
    /\b(\d+) ?day ltv\b(?=.*\bcohort (?:vs|versus|compared (?:to|with)) (?:the )?[a-z]+ cohort\b)/g,
    "$1 day revenue per customer",
  ],
  [
    /\bof the ([a-z]+) cohort (vs|versus|compared (?:to|with)) the ([a-z]+) cohort\b/g,
    ", $1 cohort vs $3 cohort",
  ],
  // "days where google ads roas dropped below 1": that platform's days under the level.
  [
    /^(?:which|any) days (?:when|where) (google ads|meta|tiktok|google) roas (?:was|went|dropped|fell|is) (under|below) (\d+(?:\.\d+)?x?)$/,
    "which days was roas $2 $3 on $1",
  ],
  // "which product launch email", "the launch emails for our collections", "most clicked launch email".
  [/\bproduct (?:launch|announcement) emails?\b/g, "collection launch email"],
  [/\b(?:the )?launch emails? for (?:our |the )?collections?\b/g, "collection launch emails"],
  [
    /^which of (?:our |the )?collection launch emails (?:had|got|drove)\b/,
    "which collection launch email got",
  ],
  [
    /^most (clicked|opened) (.+? email)$/,
    (_m, verb: string, what: string) =>
      `which ${what} got the most ${verb === "clicked" ? "clicks" : "opens"}`,
  ],
];

export const ASK_KINDS: Rewrite[] = [...ADVICE, ...METRICS, ...COHORTS_EMAILS];
