/**
 * Intent signals read from the normalized question: what kind of answer is wanted (definition,
 * budget, attribution, why, anomalies, comparison, a list of values), whether it is a follow-up,
 * and whether it must be declined. Security note: requests to switch tenant or override
 * instructions are declined here; the planner has no tenant argument to set in any case.
 */

import { readBudgetCut } from "./budget-cut.ts";
import { LOOSE_WHAT_IF, WEIGHED_CHANGE } from "./budget-loose.ts";
import { asksEveryModel } from "./models.ts";
import { EXTRA_BUDGET, matchesAny } from "./vocabulary-extra.ts";

/** Why a question is declined. */
export type DeclineReason = "tenant" | "injection" | "off_topic";

/** Everything intent-related the text says. */
export interface IntentSignals {
  decline?: DeclineReason | undefined;
  define: boolean;
  /** "what's the difference between ROAS and ROI": how two named things differ in meaning. */
  contrast: boolean;
  budget: boolean;
  attribution: boolean;
  explain: boolean;
  anomalies: boolean;
  compare: boolean;
  catalogHelp: boolean;
  /** Catalog dimension whose values are asked for ("which campaigns do we have"). */
  listDimension?: string | undefined;
  followUp: boolean;
  /** "also show CPA": add metrics to the previous ones instead of replacing them. */
  addMetrics: boolean;
  /** "how are we doing", "an overview of last week": the headline numbers, no metric named. */
  overview: boolean;
  /**
   * fix6b: "spend on may 14 looks insane, what happened?", "orders fell off a cliff on march 17,
   * what was that": an event asked about (what it was), which a scan with its drivers and the
   * planned changes answers when a metric and a period are named.
   */
  diagnose: boolean;
}

const TENANT =
  /\b(?:(?:another|other|different|someone else|competitor|competitors|all|every|each|their|other people)\s+(?:(?:customer|client|tenant|other|partner|business|registered)\s+)?(?:organization|organisation|org|tenant|company|companies|account|accounts|client|clients|workspace|customer account|brand)s?\b|(?:use|switch(?: to)?|change(?: to)?|impersonate|act as|log ?in as|access|as|for|from|of|in|into|set)\s+(?:the\s+)?(?:organization|organisation|org|tenant|workspace|account)(?:\s+id)?\b|(?:organization|organisation|org|tenant)\s+(?:id\s+)?(?:=|is|to)\b)/;
const INJECTION =
  /\b(?:(?:ignore|disregard|forget|override|bypass)\b.{0,40}\b(?:instructions?|prompts?|rules|previous|above|system|guardrails?|restrictions?)|system prompt|developer mode|jailbreak|you are now|pretend (?:you are|to be)|reveal (?:your|the) (?:prompt|instructions))\b/;
// para22: "forecast for" after a metric ("revenue forecast for the rest of the year", "order
// forecast for q4") is the run-rate estimate's ask, not a weather forecast.
const OFF_TOPIC =
  /\b(?:weather|(?<!\b(?:revenue|sales|orders?|spend|roas|traffic|sessions?|conversions?|signups?|cac|cpa|aov|profit|customers?|new customers?|budget|marketing|channel|email|q[1-4]|quarter|year end|month|year|ltv|mer|ctr|cpc|cpm) )forecast for|poem|poems|poetry|haiku|limerick|song|lyrics|joke|jokes|story|essay|recipe|recipes|horoscope|bitcoin|crypto|stock price|stocks|sports?|football|soccer|nba|movie|movies|tv show|capital of|president|prime minister|translate|translation|python code|javascript|write (?:me )?(?:a|an) (?:poem|song|story|essay|email|letter|tweet)|tell me a|meaning of life|girlfriend|boyfriend|dating)\b/;

const DEFINE =
  /\b(?:define|definition|definitions|meaning of|what (?:counts|qualifies) as|what (?:do|does|would) (?:you|we|it|this|the (?:tool|app|assistant|system|data|dashboard)) (?:count|counts|treat|treats|consider|considers|class|classes|classify|classifies|record|records|track|tracks|log|logs) as|when (?:you|we) (?:say|said|write|report|show|use the word) .{1,40} what do (?:you|we) mean|what do (?:you|we) mean when (?:you|we) (?:say|write|report)|what(?: s| is|s) (?:your|the|our) definition|what does .+ (?:mean|stand for)|what do (?:you|we) mean by|how (?:do|does|is|are|would) (?:you |we |it |this |the tool |the system )?(?:calculate|calculated|compute|computed|measure|measured|define|defined|derive|derived|work out|count|counted)|how (?:is|are) .+ (?:calculated|computed|measured|defined|derived|counted|worked out)|^(?:is|are) (?:the |our |your )?\w+ (?:calculated|computed|measured|counted|worked out) (?:on|from|using|with|off|over)|formula (?:for|of|behind)|what is the formula|explain (?:what|how) .+ (?:is|means|works))\b/;
const CONTRAST =
  /\b(?:(?:difference|differences|distinction) (?:between|of)|how (?:does|do|is|are) .+ (?:differ|different) (?:from|to)|(?:is|are) .+ (?:the same (?:as|thing as)|different (?:from|than|to))|(?:what|which) sets? .+ apart|how (?:do|does|would) \w+(?: \w+){0,3} (?:and|&) \w+(?: \w+){0,3} differ(?: in meaning| exactly)?$|what(?: s|s| is) the difference$)\b/;
const BUDGET =
  /\b(?:budgets?|allocate|allocation|allocating|reallocat\w*|re allocat\w*|media plan|spend plan|media mix|marketing mix|budget mix|invest\b|(?<!return on (?:marketing )?)investment|(?:move|shift|transfer|reallocate) (?:money|spend|budget|dollars|euros|funds|[$€£]|\d)|shift (?:money|spend|budget|dollars|funds)|where should (?:i|we) (?:spend|put|move|invest|shift)|how much should (?:i|we) (?:spend|invest)|(?:what if|what happens if|what would happen if|suppose|supposing|imagine|hypothetically|simulate|simulating|^(?:and|so|ok|okay|but) if)\b(?!\s+(?:it|that|this|they) (?:was|were|is)\b)(?:.{0,60}?\b(?:(?:goes|go|went) (?:up|down)(?= (?:by )?\d+(?:\.\d+)? ?(?:%|percent|pct))|cut\w*|increas\w*|doubl\w*|halv\w*|paus\w*|reduc\w*|rais\w*|boost\w*|stop\w*|turn\w* off|switch\w* off|shut\w* off|(?:turn|switch|shut)\w* (?:[a-z]+ ){1,2}off|kill\w*|more|less|extra|fewer|got|get|gets|gave|give|put|spend\w*|budget\w*|invest\w*|mov\w*|shift\w*|tripl\w*|scal\w*|drop\w*|remov\w*|lower\w*|trim\w*|slash\w*)\b|.{0,60}?[$€£]\s?\d)|(?:effect|effects|impact|result|outcome|consequence)s? of (?:raising|cutting|increasing|reducing|doubling|halving|pausing|stopping|boosting|lowering|moving|shifting|adding|removing|turning off|dropping|tripling|scaling|trimming|slashing|spending)|reshuffl\w*|rebalanc\w*|redistribut\w*|divvy|(?:divide|distribute|spread|split|divvy)\s+(?:up\s+)?(?:a |an |the |our |my |this |that )?(?:[$€£]\s?\d|\d[\d.]*\s*(?:k|m|thousand|million|dollars?|euros?|usd|eur)\b|(?:(?:current|total|marketing|ad|media|monthly|quarterly)\s+)?(?:budget|money|funds|dollars))|(?:best|optimal|ideal|smartest|right) (?:split|mix|allocation|distribution)|maximi[sz]e (?:our |the )?(?:revenue|orders|sales|conversions|roas|return)|if (?:i|we) (?:cut|increase|double|halve|pause|reduce|raise|boost|drop|stop|move|shift|add|lower|triple|turn off|kill)|^(?:please |lets |let us |we should |we will |we ll |i want to |what if we |say we )?(?:turn|switch|shut) (?:the |our )?(?:[a-z]+ ){1,2}off (?:in|for|during|next|from|this)\b|if (?:i|we) (?:were to |did )?(?:paused|stopped|killed|dropped|turned off|switched off|shut off|shut down|got rid of|pulled the plug on|turned (?:\w+ ){1,2}off|switched (?:\w+ ){1,2}off)|should (?:i|we) (?:cut|increase|double|pause|reduce|raise|boost|stop|scale|spend more|spend less|halve)|split [$€£]|optimi[sz]e (?:spend|the spend|my spend|our spend))/;
/**
 * Budget questions the list above misses: money on top of the budget ("where should the next 5k
 * go", "an extra 5000 EUR"), "optimise the rest", and an imperative change by an amount
 * ("cut Meta by 30% next month", "double TikTok in January"), never a report of a past change.
 */
const BUDGET_MORE =
  /\b(?:(?:need|have|want|got|going|asked|told) to (?:cut|reduce|trim|slash|lower|increase|raise|grow|boost) (?:our |the |total |overall |ad |marketing |media )*(?:spend|budget|costs?)\s+(?:by\s+)?\d+(?:\.\d+)?\s*(?:%|percent)|where (?:should|do|can|could|would) (?:i|we|you) (?:put|spend|invest|allocate|throw|park) (?:it|that|this|them|the money|the extra|the rest)\b|where (?:should|would|could) (?:it|that|this|the money|the extra(?: money| budget| cash)?|they) go\b|if (?:i|we) (?:spend|spent|invest|put|put in|pour)\s+(?:another\s+|an extra\s+)?(?:[$€£]\s?\d|\d[\d.]*\s*(?:k|m|thousand|million|grand|dollars?|euros?|usd|eur|bucks)\b)|(?:extra|additional|another|next)\s+(?:[$€£]\s?\d|\d[\d.]*\s*(?:k|m|thousand|million|grand|dollars?|euros?|usd|eur|bucks|pounds?|gbp)\b)|\d[\d.]*\s*(?:%|percent)\s+(?:more|less|extra|additional|bigger|smaller)\s+(?:budget|money|to spend|spend)|optimi[sz]e (?:the )?(?:rest|remainder|others|everything else|remaining|other channels|other platforms|mix|split|allocation)|^(?:please\s+|lets\s+|let us\s+|we should\s+|i want to\s+|i would like to\s+)?(?:cut|reduce|increase|raise|boost|double|halve|pause|stop|trim|slash|lower|triple|scale (?:up|down|back))\s+(?:the\s+|our\s+|my\s+)?(?:spend\s+(?:on|for)\s+|budget\s+(?:on|for)\s+)?[a-z0-9 ]{1,30}?(?:\s+(?:spend|budget))?\s+(?:by\s+(?:[$€£]?\d|half|a half|a third|a quarter)|in\s+half\b|(?:next|in|for|during)\s+(?:week|month|quarter|year|january|february|march|april|may|june|july|august|september|october|november|december|q[1-4])\b))/;
/**
 * fix17c: a what-if said with a gerund after a modal: "would cutting display hurt total revenue",
 * "will pausing affiliates tank sales", "could doubling tiktok pay off".
 */
const MODAL_GERUND =
  /\b(?:would|will|could|might|does|do)\b(?: \w+){0,2}? (?:cutting(?: back on)?|pausing|killing|stopping|dropping|turning off|switching off|shutting off|doubling|halving|tripling|raising|increasing|boosting|reducing|lowering|slashing|trimming|scaling (?:up|down|back)(?: on)?)\b(?= (?:the |our )?[a-z])/;
/** fix14c: a move between attribution models ("moved from linear to last click"). */
const MODEL_SWITCH =
  /\b(?:switch\w*|mov(?:e|es|ed|ing)|chang\w*|go|going|went|shift\w*) (?:over )?(?:from|to) (?:the )?(?:last (?:touch|click|non direct)|first (?:touch|click)|linear|time decay|position based|u shaped|w shaped|markov|shapley|data driven)\b/;
const ATTRIBUTION =
  /\b(?:attribution|attribute|credit|credited|credits|first touch|last touch|first click|last click|last non direct|linear model|linear attribution|time decay|position based|u shaped|w shaped|markov|shapley|data driven|multi touch|mta|counterfactual|removal effect|touchpoint|touchpoints)\b/;
const EXPLAIN =
  /\b(?:why|what (?:caused|causes|drove|drives the change|is driving|was driving|happened (?:to|with))|(?:reason|reasons|cause|causes|driver|drivers) (?:for|of|behind)|explain(?:\s+[a-z0-9]+){0,3}?\s+(?:drop|dip|decline|increase|rise|spike|jump|change|fall|decrease|growth|swing|movement|shift)|(?:drove|drive|drives|driving|driven|caused|causing|behind|responsible for|accounts? for|accounted for)\s+(?:the |this |that |our |a )?(?:[a-z0-9]+\s+){0,2}?(?:drop|dip|decline|increase|rise|spike|jump|change|fall|decrease|growth|swing|movement|shift)|what made\b.{0,50}\b(?:change|drop|dip|rise|increase|decrease|fall|go up|go down|jump|spike|move|shift|double|triple|halve)|what is behind|what went wrong|went wrong with|what explains|contributed (?:most )?to (?:the )?(?:drop|increase|change|decline|growth)|how come|root cause)\b/;
/**
 * "what happened on march 17", "what went on last tuesday", "what's going on with the numbers this
 * week": no metric and no "to X" (that is a why question): an anomaly scan of the period's headline
 * metrics, which shows what moved against what was expected. Read as nothing, it was declined as
 * outside what the agent does.
 */
const WHAT_HAPPENED =
  /\b(?:what (?:happened|went on|was going on|was happening|went down|went wrong|broke|was wrong)(?! (?:to|with)\b)|what(?:'?s)?(?: is| has| was)? (?:been )?(?:going on|happening)(?! (?:to|with) (?!the numbers|our numbers|the data|things)))\b/;
const ANOMALIES =
  /\b(?:unusual|anomal\w*|abnormal\w*|behav\w* (?:oddly|strangely|weirdly|unusually|differently)|weird|strange|odd|outliers?|spikes?|spiked|unexpected\w*|out of the ordinary|stand(?:s)? out|anything (?:off|wrong|broken|break|broke|change)|something (?:off|wrong|broken|break|broke)|(?:anything|something|what) (?:go|went|gone) (?:wrong|off|sideways)|red flags?|alerts?|irregular\w*|surpris\w*|look(?:s)? off|jump(?:s)? out|glitch\w*|what changed|sudden\w*|suspicious|(?:tracking|pixel|tag|tags|analytics) (?:break|breaks|broke|broken|down|outages?|issues?|problems?|gaps?|working|work|stopped|fail\w*|firing|missing)|(?:broken|missing|lost|dropped) (?:tracking|data|events)|data (?:gaps?|outages?|missing|loss))\b/;
/** fix6b: an event asked about: "what was that", "what happened", "looks insane", "fell off a cliff". */
const DIAGNOSE =
  /\b(?:what (?:was|is) (?:that|this|it)$|what (?:was|is) (?:that|this) (?:about|from|spike|drop|dip|jump)|what (?:happened|went on|was going on|was happening)(?! (?:to|with)\b)|looks? (?:insane|crazy|wild|nuts|bonkers|ridiculous|way off|off|wrong|broken)|(?:off|over) a cliff|fell through the floor|went through the roof|was (?:something|anything) (?:broken|wrong|off))\b/;
/** para15: "are other brands bidding on our name": rivals in the ad auction, not another tenant's data. */
const RIVALS_IN_AUCTION =
  /\b(?:other|rival|competing|competitor) brands? (?:are |is )?(?:\w+ )?(?:bid|bids|bidding|outbid\w*|buying|targeting|advertising)\b/;
const COMPARE =
  /\b(?:vs|versus|compared?|comparison|against|relative to|change|changed|changes|grow|grew|growth|grown|increase|increased|decrease|decreased|up or down|improve|improved|worse|better|declin\w*|drop|dropped|fell|rise|rose|delta|difference|trending up|trending down|go up|go down|went up|went down|rising|climbing|creeping up)\b/;
/**
 * fix13b: "did orders fall in august", "were sales down in september?": a yes-or-no on a direction
 * is answered against the period before ("fall" alone is also the season, so only after "did").
 */
const ASKED_DIRECTION =
  /\b(?:did|have|has) (?:[a-z]+ ){1,3}(?:fall|dip|slip|slide|shrink|sink)\b|\b(?:were|was|are|is) (?:our |the |total )?(?:(?![a-z]+ing\b|(?:set|signed|hooked|lined|picked|ramped|backed|messed|mixed|fed|teed|cut|shut|broken|let)\b)[a-z]+ ){1,2}(?:down|up)(?: or (?:down|up))?(?: (?:in|for|during|over|last|this|on|vs|versus|compared|against)\b|\s*\??$)/;
const CATALOG_HELP =
  /\b(?:what can (?:i|you) (?:ask|do|answer|tell)|what (?:metrics|kpis|measures|data) (?:do|can|are)|which metrics|list (?:the |all |your |of )?(?:metrics|kpis)|available metrics|what do you (?:know|track|support|measure)|what questions|^help$|^help me$)\b/;
const LIST_VALUES =
  /\b(?:what|which|list|show(?: me)?|name|how many|see)\s+(?:all\s+)?(?:the\s+|our\s+|my\s+|of our\s+|of the\s+)?(?:(?:active|live|running|different|marketing|advertising|connected|current|existing)\s+)*(channels|platforms|ad platforms|advertising platforms|campaigns|objectives|campaign objectives|sources|newsletters|email campaigns)\b(?:\s+(?:do|does|are|did|have|has|exist|is|can|we|you|there|running|active|available|live|currently|track|tracked|connected|integrated|linked|set|up|configured|use|using|used|enabled|synced|in|here|been))*\s*$/;
const LIST_DIMENSION: Record<string, string> = {
  channels: "channel",
  platforms: "platform",
  "ad platforms": "platform",
  "advertising platforms": "platform",
  campaigns: "campaign",
  objectives: "campaign_objective",
  "campaign objectives": "campaign_objective",
  sources: "source",
  newsletters: "email_campaign",
  "email campaigns": "email_campaign",
};
// para23: "switch to monthly bars", "limit to 3", "what if we go by number of orders": a change
// said by its verb.
const FOLLOW_UP =
  /^(?:and|also|what about|how about|same (?:for|but|thing|question)|now|ok(?:ay)?|then|instead|only|just|break (?:that|it|this|those|them) (?:down|out)|split (?:that|it|this|those) (?:by|down|out)|drill (?:into|down)|by|per|for|excluding|exclude|without|except|but|show (?:that|it|this|those) (?:by|for|as)|make it|change (?:it|that) to|what if it was|switch (?:it |that |this |them )?(?:over )?to|change to|limit (?:it |that |this |them |the list |the rows )?to|cap (?:it |that |this |them )?at|(?:what if |how about if |and if )?(?:we |you )?(?:go|went|sort|rank) (?:it |them )?by|vs|versus|compared (?:to|with)|against)\b|\b(?:that|this|those|it|them) (?:by|for|down|instead|but)\b|\binstead\b|\bsame (?:for|period|thing)\b/;
const OVERVIEW =
  /\b(?:overview|summary|summarize|summarise|recap|snapshot|rundown|round up|roundup|highlights|scorecard|performance|the numbers|our numbers|headline (?:numbers|metrics|kpis)|kpis|how(?:s| (?:are|is|were|was|did|do)) (?:we|things|it|the business|business|the store|marketing) (?:doing|going|looking|tracking|performing|do))\b/;
const ADD_METRICS = /\b(?:also|add|as well|too|plus|along with|together with|include|including)\b/;

/**
 * fix10a: "which attribution model should we use and why", "what should we cut, and why?": the
 * trailing "why" asks for the reasoning behind a recommendation, not for what drove a change.
 */
const REASON_FOR_CHOICE =
  /(?<=\b(?:which|what)\b.*\b(?:should|would you|do you recommend|recommend|is best|best|to use|go with|pick|choose)\b.*)\s(?:and |so |but )?why(?: is that| so| not)?$/;

/**
 * Read every intent signal from a normalized question.
 * @example readSignals("why did revenue drop last week").explain // true
 */
export function readSignals(text: string): IntentSignals {
  const list = LIST_VALUES.exec(text);
  const decline: DeclineReason | undefined = INJECTION.test(text)
    ? "injection"
    : TENANT.test(text) && !RIVALS_IN_AUCTION.test(text)
      ? "tenant"
      : OFF_TOPIC.test(text)
        ? "off_topic"
        : undefined;
  return {
    decline,
    define: DEFINE.test(text),
    contrast: CONTRAST.test(text),
    budget:
      (BUDGET.test(text) ||
        BUDGET_MORE.test(text) ||
        matchesAny(EXTRA_BUDGET, text) ||
        matchesAny(LOOSE_WHAT_IF, text) ||
        WEIGHED_CHANGE.test(text) ||
        MODAL_GERUND.test(text) ||
        readBudgetCut(text) !== undefined) &&
      // "spent" reports the past, except money yet to be spent: "where is the next 5k best spent".
      !/\b(?:(?<!\b(?:best|be|well|wisely|better) )spent|did we spend|used)\b/.test(text) &&
      // fix14c: "if we moved from linear to last click": a switch of attribution model, not money.
      !MODEL_SWITCH.test(text),
    attribution: ATTRIBUTION.test(text) || asksEveryModel(text),
    explain: EXPLAIN.test(text.replace(REASON_FOR_CHOICE, "")),
    anomalies: ANOMALIES.test(text),
    compare: COMPARE.test(text) || ASKED_DIRECTION.test(text),
    catalogHelp: CATALOG_HELP.test(text),
    listDimension: list ? LIST_DIMENSION[list[1]!] : undefined,
    followUp: FOLLOW_UP.test(text),
    addMetrics: ADD_METRICS.test(text),
    overview: OVERVIEW.test(text) || WHAT_HAPPENED.test(text),
    diagnose: DIAGNOSE.test(text),
  };
}

/** Words intent detection uses; the typo matcher never reads them as misspelled metrics. */
export const INTENT_WORDS: ReadonlySet<string> = new Set(
  (
    "define definition meaning mean means calculate calculated compute computed measure measured formula explain " +
    "budget budgets allocate allocation reallocate invest investment move shift spend split cut increase double halve " +
    "pause reduce raise boost drop stop lower triple turn kill scale optimize optimise attribution attribute credit " +
    "credited touch click model models markov shapley linear decay position shaped driven multi counterfactual " +
    "why caused drove driving reason reasons cause driver drivers behind unusual anomaly anomalies weird strange odd " +
    "spike spikes outlier outliers unexpected alert alerts compare compared comparison change changed growth grow " +
    "grew decrease decreased improve improved worse better decline declined dropped fell rise rose delta difference " +
    "top bottom best worst highest lowest biggest smallest most least trend trends daily weekly monthly quarterly " +
    "yearly chart half third quarter fixed locked lock keep same flat unchanged next plan happens happen would " +
    "only exclude excluding except without ignore ignoring omit omitting excl breakdown channel channels campaign campaigns platform platforms " +
    "overview summary summarize summarise recap snapshot rundown roundup highlights scorecard " +
    "perform performs performing performed performance " +
    "pie bar bars donut doughnut column graph plot visualize visualise tracking pixel outage outages " +
    "efficient inefficient " +
    // fix18b: "does that differ for new vs returning", "do they vary by channel": a comparison's words.
    "differ differs differed different vary varies"
  ).split(" "),
);
