/**
 * Everyday paraphrases of catalog metrics that no single synonym covers ("what did it cost us to
 * acquire a new customer", "typical order size", "what ROAS did the platforms report"). They are
 * rewritten to the catalog's own words right after normalization, so every later stage (lexicon,
 * dimensions, intent) reads one canonical phrase.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { rewriteAdProductNames } from "./ad-product-names.ts";
import { rewriteAskPhrases } from "./ask-phrasings.ts";
import { rewriteBusinessShorthand } from "./business-shorthand.ts";
import { rewriteClickSessionGap } from "./click-session-gap.ts";
import { rewriteCustomerPhrases } from "./customer-phrasings.ts";
import { rewriteDirectRising } from "./direct-share.ts";
import { consume } from "./normalize.ts";
import { rewritePerAdDollar } from "./per-ad-dollar.ts";
import { rewriteTagHygiene } from "./tag-hygiene.ts";
import { rewriteWhatIf } from "./whatif-phrasings.ts";

/** fix20b: words for what was spent on ads ("total marketing spend", "ad costs", "advertising"). */
const AD_COST =
  "(?:(?:total |our |the |all )?(?:ad |ads |advertising |marketing |media |paid media |paid )?(?:spend|spending|costs?|budget)|(?:total |our |the |all )?(?:advertising|marketing))";
/** fix20b: a cost that is not ad spend ("shipping cost", "product costs"). */
const NOT_AD_COST =
  "(?<!\\b(?:shipping|tax|product|products|goods|fulfillment|fulfilment|operating|labor|labour|cogs|return|returns|refund|refunds|email|agency|software|tool|tools|staff|salary|salaries|overhead)\\s)";
/** fix20b: a share ("%", "a percentage", "share", "ratio"). */
const SHARE_WORD = "(?:a |the )?(?:%|percent|pct|percentage|share|proportion|fraction|portion|part|ratio)";
/** fix20b: all tracked revenue ("sales", "total revenue", "income"). */
const REVENUE_WORD = "(?:(?:total |our |the |all |gross )?(?:revenue|sales|income|turnover))";

const REWRITES: ReadonlyArray<[RegExp, string]> = [
  // lead26: "pmax vs regular search", "normal search campaigns": the other search campaigns.
  [
    /\b(?:regular|normal|standard|classic|traditional|plain|ordinary|old[- ]school) (search)(?: campaigns?| ads)?\b/g,
    "the other $1 campaigns",
  ],
  // lead26: the article a second-language writer leaves out ("compare with month before").
  [
    /\b(compared?(?: with| to)?|vs|versus|against|than|from|and) (month|week|quarter|year|day) (before|prior|earlier)\b/g,
    "$1 the $2 $3",
  ],
  // lead26: "2nd order rate", "2nd purchase": the second order.
  [/\b2nd (orders?|purchases?|buys?)\b/g, "second $1"],
  // lead26: what marketing cost for each order ("what did marketing cost us per order", "how much
  // did each order cost us in ads"): cost per order, not spend and orders side by side.
  [
    /\b(?:what|how much) (?:did|does|do|has) (?:(?:our |the )?(?:marketing|ads|advertising|ad spend|paid media|media) )?(?:cost|costs) (?:us |me )?(?:per|for each|for every|for an?|an?) (order|purchase|sale|conversion)s?\b/g,
    "cost per $1",
  ],
  [
    /\b(?:what|how much) (?:did|does|do) (?:each|every|an?|one|the average|a single) (order|purchase|sale|conversion) cost (?:us|me)?(?: (?:in|on) (?:marketing|ads|advertising|ad spend|paid media|media))?\b/g,
    "cost per $1",
  ],
  // lead26: the margin the profit figures assume ("what margin do you assume", "what's our gross
  // margin"): the organization's setting, answered with the break-even ROAS it implies, never
  // "no metric called gross margin".
  [
    /^(?:so |ok |and )?(?:what|which)(?: is| are)? (?:(?:our|the|your|my) )?(?:gross |profit |product |default )?margins?(?: (?:do|does|are|is|did) (?:you|we|it|u|the tool|the app)(?: \w+)? (?:assume|assuming|use|using|used|set|have|apply|applying|work with|working with|go with|going with|plug in|put in))?(?: (?:for|in) (?:us|this|the calculations?|profit|the profit (?:numbers|figures)|break even))?(?: (?:set to|set at|set as))?$/g,
    "what is the break even roas",
  ],
  [
    /^(?:what|which) (?:gross )?margin (?:do|does|are|is|did) (?:you|we|it|u)(?: \w+)? (?:assume|assuming|use|using|used|apply|applying)\b.*$/g,
    "what is the break even roas",
  ],
  // fix20d: "our email program", "the email marketing programme": the email channel itself.
  [/\b(e ?mails?|newsletters?) (?:marketing )?(?:program|programme|programs|efforts)\b/g, "$1"],
  // fix16e: "revenue vs goal", "pacing to our spend goal", "are we hitting goal": a goal measured
  // against is the organization's target, not the campaign objective breakdown ("goal").
  [
    /\b(vs|versus|against|to|toward|towards|hit|hitting|meet|meeting|reach|reaching|beat|beating|miss|missing|missed|behind|ahead of|short of) ((?:(?:our|the|my|its|their|a|this month's|the month's) )?(?:(?:revenue|sales|spend|roas|cpa|cac|orders|order|profit|budget|monthly|quarterly|annual|yearly|kpi) )?)goals?\b/g,
    "$1 $2target",
  ],
  // fix14c: "best day to send promo emails", "what day should we email on": a weekday to choose,
  // judged over the weekdays, not the single date that carried the most sends.
  [
    /\b(best|ideal|optimal|right|good|better|worst|which|what) days? (?!of (?:the )?week)(?:is (?:best |better )?)?(?:to|for|should (?:we|i)|do (?:we|i)|would be best to|works best to|works best for) (send|sending|email|emailing|mail|mailing|schedule|blast|drop)\b/g,
    "$1 day of week to $2",
  ],
  // fix14c: "cheapest to get in front of people", "cheapest way to reach shoppers": the price of
  // being seen is CPM, not the people (users) named; "cost to reach 1000 people" likewise.
  [
    /\b(cheap\w*|least expensive|lowest cost|most affordable)(?: way| place| channel| platform)? (?:to|for) (?:get(?:ting)?|put(?:ting)?|be(?:ing)? seen|reach(?:ing)?|show(?:ing)?)(?: (?:us|our ads|our brand|ads|our stuff|the brand))?(?: in front of)? (?:(?:new|more|many) )?(?:people|customers|shoppers|users|consumers|eyeballs|an audience|audiences|prospects|folks|buyers)\b/g,
    "$1 by cpm",
  ],
  [
    /\b(?:cost|costs|price|pay|paying|spend) (?:us |we )?(?:to |for |of )?(?:get(?:ting)?|put(?:ting)?|reach(?:ing)?|show(?:ing)?) (?:us |our ads |ads )?(?:in front of )?(?:a thousand|1000|1 000|1k) (?:people|impressions|views|eyeballs|users)\b/g,
    "cpm",
  ],
  // fix12d: "are we just buying growth" names neither measure: new customers and what each cost,
  // by month (growth-cost-judged.ts adds the verdict). Left alone when either is named.
  [
    /^(?!.*\b(?:cac|cpa|new customers?|customer acquisition cost|cost per (?:acquisition|new customer)|acquisitions?)\b)(.*\b(?:buying|paying for|purchasing) (?:our |the |all this |this )?growth\b)/g,
    "$1, show new customers and cac by month",
  ],
  // "which referral sites", "top referrers": the referral channel's sources (the site of the last touch).
  [
    /\b(?:referral|referring|referrer) (?:sites|domains|websites|sources)\b|\breferrers\b/g,
    "sources in the referral channel",
  ],
  [/\b(?:referral|referring|referrer) (?:site|domain|website|source)\b/g, "source in the referral channel"],
  // "which sites send us the most traffic": sending traffic is bringing visits, not email sends.
  [
    /\b(?:send|sends|sent|sending)\s+(?:us\s+)?((?:the\s+)?(?:most|more|less|least)\s+)?(traffic|visits|visitors|sessions)\b/g,
    "bring $1$2",
  ],
  // fix7e: "how many emails went out", "emails did we send": the emails sent (the sends count).
  [
    /\b(?:e ?mails?|e mails|mailings?|blasts?)\s+(?:(?:that|which)\s+)?(?:(?:went|go|gone|going|have gone|had gone|got sent|get sent|were sent|was sent|have been sent|got) out|(?:were|was|got|have been|had been) (?:sent|delivered|mailed)(?: out)?|(?:did|do|have|had) (?:we|you|i) (?:send|sent|mail|deliver)(?: out)?|(?:we|you) (?:sent|mailed)(?: out)?)\b/g,
    "emails sent",
  ],
  [
    /\bnewsletters?\s+(?:(?:went|go|gone|going|have gone|had gone|got sent|were sent|was sent) out|(?:were|was|got|have been) (?:sent|delivered)(?: out)?|(?:did|do|have) (?:we|you|i) (?:send|sent)(?: out)?)\b/g,
    "newsletter emails sent",
  ],
  // fix17d: "how many people unsubscribed", "how many folks opted out of emails", "how many ppl opened
  // the newsletter", "how many people clicked our emails": the people are counted by what they did
  // (the action's own metric), not as site visitors ("people" alone reads as users).
  [
    /\bhow many (?:people|persons|folks|ppl|users|subscribers|recipients|readers|contacts|of (?:them|those|our subscribers)) (?:have |had |did |got )?(?:unsubscrib\w*|unsubb?\w*|opted out|opt out|opting out|left (?:the|our) (?:list|newsletter|emails?)|dropped off (?:the|our) (?:list|newsletter))\b/g,
    "how many email unsubscribes",
  ],
  [
    /\bhow many (?:people|persons|folks|ppl|users|subscribers|recipients|readers|contacts) (?:have |had |did |got |actually )?opened (?:the |our |an |any |that |this )?(?:emails?|e mails?|newsletters?|sends?|(?=[a-z]+ (?:emails?|newsletters?)\b))/g,
    "how many email opens ",
  ],
  [
    /\bhow many (?:people|persons|folks|ppl|users|subscribers|recipients|readers|contacts) (?:have |had |did |actually )?clicked (?:on |through )?(?:the |our |an |any |that |this )?(?:emails?|e mails?|newsletters?|links? in (?:the |our )?(?:emails?|newsletters?))\b/g,
    "how many email clicks",
  ],
  [
    /\bhow many (?:people|persons|folks|ppl|users|visitors|shoppers) (?:have |had |did |actually )?clicked (?:on )?(?:our |the |an |any )?(?:ads?|adverts?)\b/g,
    "how many ad clicks",
  ],
  [
    /\bhow many (?:people|persons|folks|ppl|users|visitors|shoppers) (?:have |had |did |actually )?(?:bought|purchased|ordered|placed (?:an )?orders?|made (?:a )?purchases?|checked out)\b/g,
    "how many customers",
  ],
  // fix17d: "how many subscribers did we lose", "lost email subscribers": unsubscribes.
  [
    /\b(?:how many )?(?:email |newsletter |list )?(?:subscribers|subs|contacts|recipients) (?:did we |have we |we )?(?:lose|lost|losing|churn|churned|drop|dropped)\b|\b(?:lost|losing|churned) (?:email |newsletter |list )?(?:subscribers|subs)\b/g,
    "email unsubscribes",
  ],
  // fix17d: "unsubscribes by email", "open rate per send", "break that down by email": a send's
  // measures split by the email (the email campaign), not the email channel as a filter.
  [
    /\b(unsubscribes?|unsubscribed|unsubs|opt outs|opens|opened|open rates?|email clicks|click rates?|click through rates?|ctr|bounces?|sends|email (?:opens|clicks|unsubscribes|sends))\b(.{0,40}?)\b(by|per|for each|for every|across|split by|broken down by|broke down by) (?:each |every )?(?:email|e mail|send|newsletter|mailing|blast|message)s?\b(?! (?:campaigns?|channel|type|kind)\b)/g,
    "$1$2$3 email campaign",
  ],
  [
    /^(?:(?:ok|okay|and|now|cool|great|thanks|can you|could you|pls|please)[, ]+)*(?:break|split|broke|broken|lay|show) (?:that|it|this|them|those|these|the number|that number) (?:down|out|up)? ?by (?:each |every )?(?:email|send|newsletter|mailing|blast)s?(?:\?)?$/g,
    "break that down by email campaign",
  ],
  // fix17d: "which email caused them", "which send was responsible": the sends ranked by the
  // measure asked (or the thread's), the top one named; "send" is the email, not a count of sends.
  [
    /\b(?:which|what) (?:email|e mail|send|newsletter|mailing|blast|message|promo)s?(?: campaign)? (?:caused|causes|cause|drove|drives|drive|triggered|triggers|sparked|prompted|produced|generated|led to|(?:was|were|is|are) (?:most |mainly |mostly )?(?:responsible|to blame|the culprit|the cause|behind))(?: for)?(?: (?:them|it|that|those|these|this|all that|all those))?(?=\s*$)/g,
    "which email drove the most",
  ],
  // fix5c: "spend and roas side by side": how to lay the answer out, not a breakdown called "side".
  [/\b(?:side by side|next to each other|head to head)\b/g, "vs"],
  // fix5c: email engagement named with no metric is its opens and clicks (email-engagement.ts adds
  // the sends, the rates and the previous period).
  [
    /\b(?:email|e mail|newsletter)s? engagement\b(?!\s+(?:opens?|clicks?|rates?)\b)/g,
    "email engagement opens and clicks",
  ],
  // "when do our emails get opened most": how often sent email is opened or clicked is its rate.
  [
    /\b(?:our\s+)?(?:e mails?|emails?|newsletters?)\s+(campaigns?|sends?|blasts?)\s+(?:(?:get|gets|got|are|were|is|was)\s+)?opened\b/g,
    "email $1 email open rate",
  ],
  [
    /\b(?:our\s+)?(?:e mails?|emails?|newsletters?)\s+(?:(?:get|gets|got|are|were|is|was)\s+)?opened\b/g,
    "email open rate",
  ],
  [
    /\b(?:our\s+)?(?:e mails?|emails?|newsletters?)\s+(campaigns?|sends?|blasts?)\s+(?:(?:get|gets|got|are|were|is|was)\s+)?clicked\b/g,
    "email $1 email click rate",
  ],
  [
    /\b(?:our\s+)?(?:e mails?|emails?|newsletters?)\s+(?:(?:get|gets|got|are|were|is|was)\s+)?clicked\b/g,
    "email click rate",
  ],
  // Acquisition cost phrased as a question about one customer.
  [
    /\b(?:what|how much)\s+(?:did|does|do|has|will)\s+it\s+(?:cost|costs|take)\s+(?:us\s+|me\s+)?(?:to\s+)?(?:acquire|get|win|land|bring in|gain)\s+(?:a|an|each|one|every|per)?\s*(?:new\s+|single\s+)?customers?\b/g,
    "what was customer acquisition cost",
  ],
  // para23: "which channel is most expensive to acquire customers", "costs the least to get a new
  // customer", "the cheapest platform to get new customers from": acquisition cost ranked (was new
  // customers, spend or cpm ranked).
  [
    /\b(?:is|are|was|were)?\s*(?:the\s+)?(?:most\s+expensive|priciest|costs?\s+(?:us\s+)?(?:the\s+)?most)\s+(?:to|for)\s+(?:acquire|acquiring|get|getting|win|winning)\s+(?:a|an|each|one|every)?\s*(?:new\s+)?customers?(?:\s+(?:from|on|through|with))?\b/g,
    " has the highest customer acquisition cost",
  ],
  [
    /\b(?:is|are|was|were)?\s*(?:the\s+)?(?:least\s+expensive|cheapest|costs?\s+(?:us\s+)?(?:the\s+)?least)\s+(?:to|for)\s+(?:acquire|acquiring|get|getting|win|winning)\s+(?:a|an|each|one|every)?\s*(?:new\s+)?customers?(?:\s+(?:from|on|through|with))?\b/g,
    " has the lowest customer acquisition cost",
  ],
  [
    /\b(?:the\s+)?(most\s+expensive|priciest)\s+(channel|platform|campaign)s?\s+(?:to|for)\s+(?:acquire|acquiring|get|getting|win|winning)\s+(?:a|an|each|one|every)?\s*(?:new\s+)?customers?(?:\s+(?:from|on|through|with))?\b/g,
    "$2 with the highest customer acquisition cost",
  ],
  [
    /\b(?:the\s+)?(least\s+expensive|cheapest)\s+(channel|platform|campaign)s?\s+(?:to|for)\s+(?:acquire|acquiring|get|getting|win|winning)\s+(?:a|an|each|one|every)?\s*(?:new\s+)?customers?(?:\s+(?:from|on|through|with))?\b/g,
    "$2 with the lowest customer acquisition cost",
  ],
  [
    /\bcosts?\s+(?:us\s+)?(?:to|of)\s+(?:acquire|acquiring|get|getting|win|winning)\s+(?:a|an|each|one|every)?\s*(?:new\s+)?customers?\b/g,
    "customer acquisition cost",
  ],
  [/\bcost per (?:acquired|new|first time) (?:customer|buyer)s?\b/g, "customer acquisition cost"],
  // fix17b: the new customer as the subject ("what did a new customer cost us", "how much is each
  // first-time buyer costing", "what does one new client set us back") or as what is paid for
  // ("how much do we pay for each new customer", "spend per new buyer"): acquisition cost, not
  // new customers and spend side by side. What we could pay ("how much can we pay to acquire a
  // new customer") is the affordable CPA (profitability), not what was paid.
  [
    /\b(?:(?:what|how much)\s+)?(?:did|does|do|is|are|was|were|has|have|will)\s+(?:a|an|each|one|every|the average|the typical|our average|our typical|a single)\s+(?:new|first time|newly acquired|brand new)\s+(?:customer|buyer|shopper|client|purchaser)s?\s+(?:cost(?:ing)?|set(?:ting)? (?:us|me) back|run(?:ning)? (?:us|me))\b(?:\s+(?:us|me)\b)?/g,
    "what was customer acquisition cost",
  ],
  [
    /(?<!\b(?:can|could|should|would|may|might|afford to|allowed to|able to)\s+(?:we\s+|i\s+|you\s+)?(?:afford to\s+)?)\b(?:pay|paying|paid|spend|spending|spent)\s+(?:for|on|per|to (?:get|acquire|win|land))\s+(?:a|an|each|one|every|a single)?\s*(?:new|first time|newly acquired)\s+(?:customer|buyer|shopper|client|purchaser)\b(?!s)/g,
    "customer acquisition cost",
  ],
  // fix18e: what we spend to get a customer ("and what we spend to get a customer", "how much do we
  // pay to acquire customers"): the acquisition cost, not spend and customers side by side.
  [
    /\b(?:what|how much)\s+(?:do\s+|did\s+|does\s+|are\s+|were\s+)?(?:we|you|i)\s+(?:spend|spent|spending|pay|paid|paying|shell out|fork out)\s+(?:(?:on ads|on marketing|in ads)\s+)?(?:to|for|on|per)\s+(?:get(?:ting)?|acquir(?:e|ing)|win(?:ning)?|land(?:ing)?|bring(?:ing)? in|gain(?:ing)?)?\s*(?:a|an|each|one|every|per)?\s*(?:new\s+|single\s+)?(?:customer|buyer|client|shopper)s?\b/g,
    "customer acquisition cost",
  ],
  // fix17b: "cac on ad spend alone", "counting only media spend": the cost basis acquisition cost
  // already uses (ad spend), not spend asked for beside it.
  [
    /(\b(?:customer acquisition cost|cac|ncac)\b.*?)\s+(?:on|from|counting|using|based on|with)\s+(?:(?:the|our)\s+)?(?:ad ?spend|ads|ad costs?|media spend|paid media|advertising(?: spend| costs?)?)\s+(?:alone|only)\b|(\b(?:customer acquisition cost|cac|ncac)\b.*?)\s+(?:counting|using|on)\s+only\s+(?:(?:the|our)\s+)?(?:ad ?spend|ads|ad costs?|media spend|advertising)\b/g,
    "$1$2",
  ],
  // fix5b: "the state of the business" is its health, not a US state (the region dimension).
  [/\bstate of (the |our |my )?(business|marketing|store|shop|things|affairs)\b/g, "health of $1$2"],
  // fix5b: "which states do we sell the most in": selling most is the most revenue.
  [/\b(?:(?:do|did)\s+)?(?:we|you)\s+(?:sell|sold)\s+(?:the\s+)?most\b/g, "have the most revenue"],
  // Order size is average order value, whether typical, usual or mean.
  [
    /\b(?:(?:the\s+)?(?:typical|usual|average|avg|mean|median)\s+)?(?:order|basket|cart|purchase|ticket)\s+(?:size|amount|value)s?\b/g,
    "average order value",
  ],
  [
    /\b(?:typical|usual|average|avg|mean)\s+(?:order|purchase)s?\s+(?:was|is|were)?\s*worth\b/g,
    "average order value",
  ],
  // fix13d: "states with the higher average order" is average order value, not a count of orders.
  [
    /\b(?:average|avg|mean)\s+(?:order|basket|cart|ticket)\b(?!\s+(?:value|size|amount|counts?|volume|numbers?|per|frequency|rate|growth|totals?|quantity|worth|was|is|were))/g,
    "average order value",
  ],
  // Rising or falling prices of media are a cost trend ("is paid social getting more expensive").
  [
    /\b(?:getting|gotten|got|becoming|become|grown|growing|gone|going)\s+(?:more\s+|a lot more\s+|any\s+)?(?:expensive|pricier|costlier|costly|cheaper|less expensive|less costly)\b/g,
    "cpc and cpm trend by month",
  ],
  // Commissions or fees paid to a partner network are its spend ("what did we pay Impact in commissions").
  [
    /\b(?:how much|what)\s+(?:did|do|have|has)\s+(?:we|i)\s+(?:pay|paid)\s+([a-z0-9]+)\s+(?:in|as|for)\s+(?:commissions?|fees|payouts?)\b/g,
    "what was spend on $1",
  ],
  [/\b(?:commissions?|payouts?|fees)\s+(?:paid\s+)?(?:to|for)\b/g, "spend on"],
  // fix6d: money paid out to a channel or partner is its spend ("how much did we pay out on impact",
  // "what did we pay to affiliates", "what we paid out for tiktok").
  [
    /\b(?:how much|what)\s+(?:did|do|have|has)\s+(?:we|i)\s+(?:pay|paid)\s+(?:out\s+)?(?:on|to|for|into)\b/g,
    "how much spend on",
  ],
  // "the worst return", "best returns": return on ad spend, in a ranking ("return rate", "returns
  // on the site" and refunds are other things, and stay as they are).
  [
    /\b(best|worst|highest|lowest|top|bottom|poorest|strongest|weakest|better|worse|good|bad|poor|strong|weak)\s+(?:return|returns)\b(?!\s+(?:rate|rates|policy|on\s+(?:ad\s+spend|investment)))/g,
    "$1 roas",
  ],
  // "20k extra", "$5,000 additional": money on top of the budget, as "extra 20k" reads.
  [
    /(?<![a-z0-9])([$€£]?\d[\d.]*\s*(?:k|m|thousand|grand|dollars|euros|bucks)?)\s+(?:extra|additional)\b(?!\s+(?:orders|customers|revenue|sales|clicks|sessions|visits|conversions|visitors|users))/g,
    "extra $1",
  ],
  // fix16f: "our main channels", "the major platforms", "bigest sources": size words, read as
  // "biggest" (ranked by revenue with spend beside it, checks.ts), not unknown words to search.
  [
    /\b(?:main|major|key|leading|primary|bigest|biggist|bigggest|bigest|larges|largests?)( (?:marketing |traffic |sales |ad |paid |acquisition )?(?:channels?|platforms?|sources?|source ?\/ ?mediums?|campaigns?|partners?))\b/g,
    "biggest$1",
  ],
  // "spending" names the spend metric ("biggest spending campaigns", "our spending on Meta").
  [/\bspending\b/g, "spend"],
  // Money put into a channel is spend ("how much did we put into SEM", "what we poured into TikTok").
  [
    /\b(?:put|poured|pour|sank|sunk|pumped|pump|threw|invested)\s+(?:in|into|behind)\b(?!\s+(?:the\s+)?budget)/g,
    "spend on",
  ],
  // fix17e: money made said beside the spend ("spend and make", "spent how much and made how
  // much", "spend vs bring in", "what they spent and what they earned"): two asks, spend and revenue.
  [
    /\b(spend|spent|cost)\s+(?:how much\s+)?(?:and|vs|versus|&|plus|,)\s+(?:how much\s+|what\s+)?(?:(?:did|do|does|have|has|it|they|we|i|those|these|them|in total|total)\s+)*(?:make|made|makes|bring in|brought in|brings in|earn|earned|earns|generate|generated|generates|gross|grossed|take in|took in|pull in|pulled in|rake in|raked in)\b/g,
    "$1 and revenue",
  ],
  // Money made is revenue ("how much did we make", "what did we earn from email"); fix20d: not when
  // it is made "in profit" (profitability-intent.ts reads that).
  [
    /\b(?:how much|what)(?:\s+(?:money|cash|dollars))?\s+(?:did|do|does|have|has|will|had)\s+(?:we|i|it|you)\s+(?:make|made|earn|earned|bring in|brought in|take in|took in|pull in|pulled in|rake in|raked in|generate|generated)\b(?!.*\bprofits?\b)/g,
    "what was revenue",
  ],
  [
    /\b(?:how much|what)(?:\s+(?:money|cash|dollars))?\s+(?:we|i)\s+(?:make|made|earn|earned|brought in|took in|pulled in|raked in|generated)\b/g,
    "what was revenue",
  ],
  // fix7e: "which email brought in the most money", "made us the most cash": ranked by revenue.
  [
    /\b(?:brought|bring|brings|bringing|pulled|pull|pulls|made|make|makes|earned|earns|generated|generates|drove|drives)\s+(?:in\s+)?(?:us\s+)?(?:in\s+)?(?:the\s+)?(most|least)\s+(?:money|cash|dollars|sales)\b/g,
    "drove the $1 revenue",
  ],
  [
    /\b(?:brought|bring|brings|bringing|pulled|pull|pulls|made|make|makes|earned|earns|generated|generates|drove|drives)\s+(?:in\s+)?(?:us\s+)?(?:in\s+)?(more|less)\s+(?:money|cash|dollars|sales)\b/g,
    "drove $1 revenue",
  ],
  // fix5a: what the ad spend returned, referred back to it ("spend last quarter and what it
  // generated", "what did we get back for it"); ad-return.ts reads it as paid attributed revenue.
  [
    /\bwhat\s+(?:it|that|they|those\s+ads)\s+(?:brought in|generated|returned|drove|produced|delivered)\b/g,
    "what was revenue",
  ],
  // fix14d: "and what did we get back", "how much we made back", "what came back": the return on
  // the spend named before, as "for it" says.
  [
    /\b(?:what|how much)\s+(?:d\s+|did\s+|do\s+|have\s+|has\s+)?(?:we\s+(?:get|got|gotten|make|made|earn|earned)|(?:came|come|comes|has come))\s+back\b(?!\s+(?:for|from|to|on|in)\b)/g,
    "what did we get back for it",
  ],
  [
    /\bwhat\s+(?:d\s+|did\s+|do\s+)?we\s+(?:get|got)\s+(?:back\s+)?(?:for|from)\s+(?:it|that|them)\b/g,
    "what was revenue",
  ],
  [/\bhow much (?:money )?went into\b/g, "how much spend on"],
  [
    /\bwhat\s+(?:did|do|have)\s+(?:the\s+ads|our\s+ads|the\s+campaigns|our\s+campaigns|that|it|that\s+spend)\s+(?:bring in|brought in|generate|return|drive|make|get us)\b(?!.*\bprofits?\b)/g,
    "what was revenue",
  ],
  // lead25: "what did the advantage+ campaign return", "what has display generated this year",
  // "what are we getting from affiliates": a named channel, platform or campaign's return on its
  // spend (its spend, revenue and ROAS), not a catalog search on the verb. Pronoun subjects are the
  // rewrites above; "returns" (the goods sent back) is no verb here.
  [
    /(?<=\bwhat (?:did|does|has|have|do) (?!(?:we|i|you|it|that|they|those|these|them)\b)(?:[a-z0-9+]+ ){1,6})(?:return|returned|generate|generated|deliver|delivered|produce|produced|yield|yielded|give us|gave us|get us|got us)\b(?! (?:on|rate|rates|policy|window)\b)/g,
    "spend revenue and return on ad spend",
  ],
  [
    /\bwhat (?:are|do|did|have) (?:we|i) (?:getting|get|got|gotten) (?:back )?(?:from|out of) (?=(?:the |our )?[a-z])/g,
    "spend revenue and return on ad spend of ",
  ],
  // lead25: how efficient the marketing as a whole is ("are we more efficient than last year",
  // "efficiency this quarter vs last", "has our efficiency improved"): MER (the blended efficiency
  // figure), paid ROAS and CAC, not a catalog search. A channel's "most efficient" is a ranking
  // (modifiers.ts) and "marketing efficiency ratio" is MER itself.
  [
    /(?<!\b(?:mer|roas|cac)\b.*)\b(?:are|is|were|was|have|has) (?:we|our marketing|marketing|our ads|the ads|our ad spend|our spend|our paid media|paid media|things) (?:been |getting |gotten |becoming |become |now |any |actually |really )?(?:more|less) efficient\b(?!.*\b(?:mer|roas|cac)\b)/g,
    "is mer roas and customer acquisition cost better",
  ],
  [
    /(?<!\bmarginal )(?<!\b(?:mer|roas|cac)\b.*)\b(?:(?:our|the|overall|marketing|ad|media|paid|spend) )*efficiency\b(?! ratio)(?!.*\b(?:mer|roas|cac)\b)/g,
    "mer roas and customer acquisition cost",
  ],
  // lead25: "what lookback window do you use": the attribution's lookback (its answer states the
  // account's default model and window, agent/present/attribution-direction.ts).
  [
    /(?<!\battribution )\b(?:look ?back|lookback) (window|period)\b(?!.*\battribution\b)/g,
    "attribution lookback $1",
  ],
  // lead25: "what worked best over bfcm", "which campaigns worked worst": performance ranked, as
  // "performed best" is (a review's "what worked" alone stays a review, review-shape.ts).
  [/\b(?:worked|works|work) (best|worst|better|the best|the worst)\b/g, "performed $1"],
  // fix7c: "how did X stack up against Y", "how do X measure up to Y": X vs Y.
  [/\b(?:stack(?:s|ed)?|measure[sd]?|match(?:es|ed)?|size[sd]?) up (?:against|to|with|versus|vs)\b/g, "vs"],
  // fix6a: "which one did better" between named things: "which did better" ("one" is no metric).
  [
    /\bwhich\s+(?:one|of\s+(?:the|these|those)\s+two|of\s+(?:them|the\s+two|both))\b(?=\s+(?:did|does|was|is|were|performed|performs|worked|works|won|wins|had|has|got|came|delivered|drove|brought))/g,
    "which",
  ],
  [
    /\bwhich\s+(?:won|wins|came\s+out\s+(?:on\s+top|ahead)|was\s+the\s+winner|did\s+best|was\s+better)\b/g,
    "which performed better",
  ],
  // fix20e: "which works best", "what worked better for us": how a member performs, not a metric
  // called "works"; "which affiliate partner type", "what kind of campaign": the members themselves.
  [/\b(work|works|worked|working)\s+(best|better|worst|worse)\b/g, "performed $2"],
  [
    /\b(?:(?:types?|kinds?|sorts?|categories|category|flavou?rs?) of )((?:(?:affiliate|partner|publisher|campaign|channel|platform|ad)s? ){0,2})(affiliates?|partners?|publishers?|campaigns?|channels?|platforms?)\b/g,
    "$1$2",
  ],
  [
    /\b((?:affiliate|partner|publisher|campaign|channel|platform)s?)\s+(?:types?|kinds?|categories|category)\b/g,
    "$1",
  ],
  // fix6a: "spend and return", "cost vs return": spend beside what it brought (revenue and ROAS);
  // "the return on meta": its return on ad spend ("return rate", "returns policy" stay).
  [
    /\b(spend|spent|cost|costs)\s+(?:and|&|vs|versus|against|with|plus)\s+(?:the\s+|its\s+|their\s+)?(?:return|returns)\b(?!\s+(?:rate|rates|policy|on\s+(?:ad\s+spend|investment)))/g,
    "$1 and revenue and roas",
  ],
  [
    /\b(the|our|its|their)\s+return\s+(on|from|for)\b(?!\s+(?:ad\s+spend|investment|the\s+investment))/g,
    "$1 roas $2",
  ],
  // fix8b: "how did X fare for what we put into them", "how the Y campaigns performed against their
  // spend": what the spend brought (revenue and ROAS) beside the spend, not the spend alone.
  [
    /\b(do|did|doing|done|perform|performed|performing|went|go|fare|fared|faring|stack\s+up|stacked\s+up)\s+(?:vs|versus|against|compared\s+(?:to|with)|relative\s+to|for|given)\s+(?:what|how\s+much|the\s+money|all\s+the\s+money|the\s+(?:spend|budget|cost)|(?:their|its)\s+(?:spend|budget|cost))(?:\s+(?:we|i|they|you)\s+(?:spent|spend|put\s+(?:in|into)|invested|paid|sank\s+into)(?:\s+(?:on\s+)?(?:them|it|those|these|that|this)(?:\s+ones?)?)?)?\b/g,
    "$1 spend and revenue and roas",
  ],
  // fix6a: "since we bumped the budget in july", "after we cut its budget on sep 3": the change
  // dates the period; it asks for no budget plan.
  [
    /\b(since|after|before)\s+(?:we|they|i|you|someone)\s+(?:raised|bumped(?:\s+up)?|increased|upped|doubled|tripled|cut|slashed|lowered|reduced|halved|changed|boosted|scaled\s+(?:up|down)|dropped)\s+(?:the|its|their|our|his|her)\s+(?:daily\s+|monthly\s+)?budgets?\s+(?:in|on|during|at\s+the\s+start\s+of|at\s+the\s+end\s+of)\s+/g,
    "$1 ",
  ],
];

/** Marketer shorthand for catalog words ("rev", "custs", "convs"), expanded before matching. */
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\brevs?\b/g, "revenue"],
  // para21: "at 50 pct margin", "up 20 pct": a percent said as "pct".
  [/(\d)\s*(?:pct|pcnt|perc)\b/g, "$1%"],
  [/\b(?:a |one )?fortnight\b/g, "2 weeks"],
  [/\b(?:two|2) fortnights\b/g, "4 weeks"],
  [/\b(?:custs|custys|custies)\b/g, "customers"],
  [/\bcust\b/g, "customer"],
  // fix12e: "where do ppl drop off": people.
  [/\bppl\b/g, "people"],
  // fix18d: breakdown words cut short ("roas by ch", "rev per camp", "top cmpgns", "conv by plat").
  // A bare "camp" / "ch" / "plat" only after a word that takes a breakdown: "camping" and "summer
  // camp" stay as they are.
  [
    /\b(by|per|each|every|across|which|what|all|top|best|worst|bottom) (?:ch|chs|chan|chans|chnl|chnls|chnnl|chnnls)\b/g,
    "$1 channel",
  ],
  [/\b(?:chnl|chnnl)\b/g, "channel"],
  [/\b(?:chnls|chnnls)\b/g, "channels"],
  [
    /\b(by|per|each|every|across|which|what|all|top|best|worst|bottom|our) (?:camp|cmpn|cpgn)\b/g,
    "$1 campaign",
  ],
  [
    /\b(by|per|each|every|across|which|what|all|top|best|worst|bottom|our) (?:camps|cmpns|cpgns)\b/g,
    "$1 campaigns",
  ],
  [/\b(?:cmpgns|campgns|cmpgs)\b/g, "campaigns"],
  [/\b(?:cmpgn|campgn|cmpg)\b/g, "campaign"],
  [
    /\b(by|per|each|every|across|which|what|all|top|best|worst|bottom) (?:plat|plats|pltfm|pltfms|pltfrm|pltfrms)\b/g,
    "$1 platform",
  ],
  // "cr by channel", "cvr for email": the conversion rate (orders over sessions).
  [/\b(?:cr|cvr|cnv rate)\b(?! ?\d)/g, "conversion rate"],
  // fix18d: converting as a verb with a comparison ("which converts better", "best converting
  // channel", "how well does email convert"): the conversion rate, not the conversions count.
  [
    /\b(?:converts?|converting|converted)\s+(?:the\s+|a\s+lot\s+|way\s+|much\s+)?(better|best|worse|worst|higher|lower|well|poorly|badly)\b/g,
    "has $1 conversion rate",
  ],
  [
    /\b(better|best|worse|worst|highest|lowest|top|poorest|strongest|weakest)[- ]converting\b(?!\s+(?:customer\s+)?(?:journeys?|paths?|sequences?|routes?|touch\w*|channel sequences?))/g,
    "$1 conversion rate",
  ],
  [
    /\bhow (?:well|good|badly|poorly) (?:does|do|did|is|are|was|were) (.{1,40}?) convert(?:ing|s)?\b/g,
    "how is $1 conversion rate",
  ],
  [/\bconvs\b/g, "conversions"],
  [/\bconv rate\b/g, "conversion rate"],
  [/\b(?:sesh|seshs|sess)\b/g, "sessions"],
  [/\bimpr?s\b/g, "impressions"],
  // Period units as typed in a hurry ("last wk", "past 3 mos", "this yr", "last qtr", "last 30d").
  [/\bwks\b/g, "weeks"],
  [/\bwk\b/g, "week"],
  [/\byrs\b/g, "years"],
  [/\byr\b/g, "year"],
  [/\bqtrs\b/g, "quarters"],
  [/\bqtr\b/g, "quarter"],
  // "mo" and a bare "30d" only after a number or a period word: "d" alone names nothing else here.
  [/\b(last|this|next|past|previous|prior|per|a|each|\d+)\s*(?:mos|mths|mnths)\b/g, "$1 months"],
  [/\b(last|this|next|past|previous|prior|per|a|each|\d+)\s*(?:mo|mth|mnth)\b/g, "$1 month"],
  [/\b(last|past|previous|prior|trailing|the)\s+(\d+)\s*d\b/g, "$1 $2 days"],
  [/\b(last|past|previous|prior|trailing|the)\s+(\d+)\s*w\b/g, "$1 $2 weeks"],
  // "first touches", "last clicks": how often a channel was the first (last) touch of a converting
  // path, a count of conversions under that model, not the clicks metric.
  [/\b(first|last) (?:touches|clicks|interactions)\b/g, "$1 touch conversions"],
  // Spending that earns little is a ranking by return on ad spend from the bottom ("which campaigns
  // are wasting money", "our money pits"). lead23: where it is wasted adds nothing the ranking does
  // not say ("on ads", "anywhere"), so those words go with it instead of reaching the catalog search.
  [
    /\b(?:(?:wasting|burning|bleeding|losing|throwing away|throw away|waste|burn|lose) (?:the |our |my |a lot of |too much |any )?(?:money|budget|spend|cash|dollars)|money pits?|a waste of (?:money|budget|spend))(?: (?:on|in|with|across) (?:our |the |any |all )?(?:ads|advertising|marketing|paid media|ad spend|ad campaigns))?(?: (?:anywhere|somewhere|at all))?\b/g,
    "underperforming",
  ],
  // lead24: "how much of our search budget goes to brand": the share of what was spent (share.ts),
  // not a budget plan.
  [
    /\b(how much|what share|what part|what portion|what fraction|what percent(?:age)?|what %) of (the |our |my |all )?((?:[a-z]+ ){0,2}?)budgets? (goes|went|is going|is spent|gets spent|was spent|ends up|lands|is on)\b/g,
    "$1 of $2$3spend $4",
  ],
  // "our best performers": campaigns, ranked on performance.
  [
    /\b(best|top|worst|bottom|weakest|strongest|poorest|under|low|high|top-) ?performers\b/g,
    "$1 performing campaigns",
  ],
  // fix21e: "revenue this year vs what we spent", "compared to what it cost": the spend beside
  // the revenue over the same period, not a comparison of two periods.
  [
    /(?<=\b(?:revenue|sales|money|income|bring in|brought in|bring|brought|drive|drove|driven|generated?|produced?|make|made|earned?)\b.*)\b(?:vs|versus|against|compared (?:to|with)|relative to|next to)\s+(?:(?:what|how much|the money|the amount)\s+(?:(?:we|i|it|they|that|marketing|the ads)\s+)?(?:spent|spend|spend on|put in|put into|invested|paid|cost|costs)(?:\s+us)?(?:\s+(?:on|for|into)\s+(?:it|them|that|marketing|ads|advertising|the ads))?|(?:the\s+|our\s+)?(?:marketing|ad|ads|advertising|media)\s+(?:spend|cost|costs|budget))\b/g,
    "and spend",
  ],
  // Whether a channel pays for itself is its return on ad spend ("is TikTok worth it").
  [
    /\b(?:worth it|worth the (?:money|spend|investment|cost|budget)|paying off|pay(?:s|ing)? for (?:it|them)sel(?:f|ves)|pulling (?:its|their) weight)\b/g,
    "return on ad spend",
  ],
  // fix6c: "how many new and how many returning customers": the new vs returning split, once.
  [
    /\bnew (?:customers |buyers )?(?:and|or|vs|versus) (?:how many |the )?(?:returning|repeat|existing) (customers|buyers|shoppers)\b/g,
    "new vs returning $1",
  ],
  // fix9c: "new customer revenue %", "repeat buyer sales share by month": the share of revenue
  // each kind of customer brought (revenue split new vs returning), never the count of new customers
  // with revenue beside it.
  [
    /\b(?:new|first time|returning|repeat|existing) (?:customers?|buyers?|shoppers?) (?:revenue|sales) (?:%|(?:percent(?:age)?s?|shares?|mix|split|proportions?)\b)(?: of (?:total |all )?(?:revenue|sales)\b)?|\b(?:revenue|sales) (?:%|(?:percent(?:age)?s?|shares?|mix|split|proportions?)\b) (?:from|by|of) (?:new|first time|returning|repeat|existing) (?:customers?|buyers?|shoppers?)\b/g,
    "share of revenue from new vs returning customers",
  ],
  // fix16a: "roas from new customers", "return on ad spend for first-time buyers only": ROAS over
  // new customers' revenue is its own measure (new-customer ROAS), not ROAS split by customer.
  [
    /\b(?:roas|return on ad ?spend)(?: (?:from|for|of|on|among|with|counting|with only|from only|for only|only from|only for|only on))(?: (?:the|our))? (?:new|first time|first-time|fresh) (?:customers?|buyers?|shoppers?|purchasers?)(?: only)?\b/g,
    "new customer roas",
  ],
  // fix10c: "new-customer orders", "first-time buyer purchases": a new customer's order is the
  // new-customers count (one per customer), not orders beside it.
  // (Singular only: "only new customers: orders by channel" keeps its orders, filtered to new.)
  [/\b(?:new|first time) (?:customer|buyer|shopper) (?:orders|purchases|conversions)\b/g, "new customers"],
  // fix6c: "checkout -> purchase rate", "cart > checkout rate": a step-to-step rate written with an arrow.
  [
    /\b(session|visit|cart|checkout|click|impression)s? ?(?:-|>|->|→|to)? ?(purchase|order|checkout|cart)s? (rate|conversion rate|conversion)\b/g,
    "$1 to $2 $3",
  ],
  // fix20b: ad spend set against revenue as a share ("marketing cost as % of sales", "spend to
  // revenue ratio", "what % of revenue do we put into ads"): the catalog's spend_to_revenue, not
  // spend and revenue side by side with the asked percentage left out. A cost the data lacks
  // ("shipping cost as % of revenue") is not ad spend.
  [
    new RegExp(`${NOT_AD_COST}\\b${AD_COST} (?:as|in|being) ${SHARE_WORD} of ${REVENUE_WORD}\\b`, "g"),
    "spend as % of revenue",
  ],
  [
    new RegExp(
      `${NOT_AD_COST}\\b${AD_COST} (?:to|vs|versus|over|against) ${REVENUE_WORD} (?:ratio|%|percent(?:age)?)`,
      "g",
    ),
    "spend to revenue ratio",
  ],
  [
    new RegExp(
      `\\b(?:what|which|how much|how big an?)(?: ${SHARE_WORD})? of ${REVENUE_WORD} (?:(?:do|did|does|are|were|is|was) )?(?:we |you )?(?:spend|spent|spending|go|goes|went|going|gets? spent|put|puts|reinvest|reinvested|pour|poured|plough|plow)(?: back)? (?:on|to|into|in|towards?) (?:ads|advertising|marketing|paid media|media|ad spend|paid ads|ad campaigns)\\b`,
      "g",
    ),
    "spend as % of revenue",
  ],
];

/**
 * Rewrite metric paraphrases in a normalized question to catalog words.
 * @example rewritePhrases("what was the typical order size in q2") // "what was average order value in q2"
 */
export function rewritePhrases(text: string): string {
  let out = rewriteAskPhrases(
    rewriteCustomerPhrases(
      rewriteWhatIf(
        rewriteClickSessionGap(
          rewriteDirectRising(rewriteTagHygiene(rewriteAdProductNames(rewritePerAdDollar(text)))),
        ),
      ),
    ),
  );
  for (const [re, to] of [...ABBREVIATIONS, ...REWRITES]) out = out.replace(re, to);
  // fix8d: "qbr numbers", "what did each one cost us", a bare "yoy growth" (business-shorthand.ts).
  return rewriteBusinessShorthand(out.replace(/\s+/g, " ").trim());
}

const PLATFORM_REPORTED =
  /\b(?:did|do|does)\s+(?:the\s+)?(?:ad\s+|advertising\s+)?platforms?\s+(?:report|say|claim|show|attribute)\b|\b(?:reported|claimed)\s+by\s+(?:the\s+)?(?:ad\s+|advertising\s+)?platforms?\b|\baccording\s+to\s+(?:the\s+)?(?:ad\s+|advertising\s+)?platforms?\b|\b(?:ad\s+|advertising\s+)?platforms?\s+(?:reported|report|claimed)\b|\bin platform\b/;

/**
 * "What ROAS did the ad platforms report": the platforms' own figures, not a breakdown by
 * platform. Masks the phrase and returns the text plus whether it was found.
 */
export function platformReported(text: string): { rest: string; reported: boolean } {
  const m = PLATFORM_REPORTED.exec(text);
  if (!m) return { rest: text, reported: false };
  return { rest: consume(text, { start: m.index, end: m.index + m[0].length }), reported: true };
}

/**
 * The platform-reported variant of each metric, where the catalog has one (roas -> platform_roas).
 * @example asPlatformReported(["roas"], catalog) // ["platform_roas"]
 */
export function asPlatformReported(metrics: readonly string[], catalog: Catalog): string[] {
  return metrics.map((m) => (catalog.metrics.has(`platform_${m}`) ? `platform_${m}` : m));
}
