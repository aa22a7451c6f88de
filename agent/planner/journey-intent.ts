/**
 * Questions about customer journeys (paths to purchase, touches before conversion, time to convert,
 * assists, one customer's history), recognised from the normalized question. The vocabulary is a
 * table, most specific analysis first: a question that names a customer is about that customer
 * even when it also says "path"; "how long ... to convert" is about time even when it says "first
 * touch". Answered by the journeys tool, never by attribution totals.
 */

import { type CustomerPick, readCustomerPick } from "./customer-pick.ts";
import { defaultPeriod } from "./frame.ts";
import { ANYWHERE_WORDS, FIRST_TOUCH_OF_CLOSES, readClosedAfter } from "./journey-closers.ts";
import type { ParsedQuestion } from "./parse.ts";
import { readPathEnds } from "./path-ends.ts";
import type { DimensionValue, Frame, JourneyAnalysis } from "./types.ts";

const BUY =
  "(?:convert\\w*|conversions?|purchas\\w*|buy\\w*|bought|orders?|ordering|checkout|sales?|transact\\w*)";
const TOUCH = "(?:touch ?points?|touches|interactions|steps|ad exposures|marketing touches|visits|clicks)";
/**
 * para25: "how many clicks and what ctr did each platform get", "how many visits per channel": a
 * count of clicks or visits by a breakdown, not the touches on a path.
 */
const TOUCH_NOT_CLICKS = "(?:touch ?points?|touches|interactions|steps|ad exposures|marketing touches)";
const NOT_A_BREAKDOWN =
  "(?!.{0,40}\\b(?:(?:per|by|each|every|across)(?: [a-z]+)? (?:platforms?|channels?|campaigns?|networks?|sources?|days?|weeks?|months?)|ctr|click through rate|cpc|impressions)\\b)";

/** How a question says a journey began ("first find us through", "came in via", "started on"). */
const STARTED =
  "(?:first (?:find|found|finds|discover\\w*|hear\\w*|come|came|comes|land\\w*|visit\\w*|touch\\w*|arriv\\w*|click\\w*)|(?:find|found|discover\\w*) us (?:first )?|(?:come|came|comes|coming) in|(?:start|starts|started|starting|begin|begins|began|beginning) (?:their |the |a )?(?:journey |path )?|introduced|acquired)";
/** How it says the journey ended ("end up buying through", "convert via", "close on"). */
const ENDED =
  "(?:end up|ends up|ended up|eventually|later|finally|then|go on to|went on to|wind up|end|ends|ended|finish\\w*|close|closes|closed|convert\\w*)";

/** Phrasings by analysis, checked in this order. */
export const JOURNEY_PHRASINGS: ReadonlyArray<readonly [JourneyAnalysis, RegExp]> = [
  // "do people who first find us through organic end up buying through paid ads", "of customers
  // who came in via email, how many closed on paid search", "first touch vs last touch channel":
  // where a journey began against where it ended, before "how many ... before" reads a count.
  [
    "first_last",
    new RegExp(
      `\\b(?:${STARTED}\\b.{0,60}\\b${ENDED}\\b.{0,25}\\b(?:${BUY}|on|through|via|with)\\b|first (?:touch|click) (?:channel )?(?:vs|versus|against|compared (?:to|with)|and|to|->) (?:the )?last (?:touch|click) (?:channel|pairs?|crossing|matrix)|(?:first|opening) (?:touch|click) (?:to|->) (?:last|closing) (?:touch|click)(?! (?:attribution|model|credit)))\\b`,
    ),
  ],
  // para23: "the most common first touchpoint for buyers", "which first touch do purchasers
  // usually have", "where do buyers first come from most often": where buyers' journeys began.
  [
    "first_last",
    /\b(?:(?:most common|commonest|most frequent|most usual|usual|typical|top|main|most popular) first (?:touch ?points?|touch(?:es)?|clicks?|interactions?|channels?)(?: channels?)? (?:for|of|among|by) (?:our |the )?(?:buyers|purchasers|customers|converters|shoppers|people|users|folks)|first (?:touch ?points?|touch(?:es)?|clicks?|channels?) (?:do|does) (?:our |the |most )?(?:buyers|purchasers|customers|converters|shoppers) (?:usually|typically|normally|mostly|most often|tend to) (?:have|take|come from|start with|start on)|where (?:do|did) (?:our |the |most )?(?:buyers|purchasers|customers|converters|shoppers) first (?:come from|find us|hear (?:about|of) us|discover us)\b.{0,20}\b(?:most|usually|typically|mostly|most often|most commonly))\b/,
  ],
  // f049: "paths that start with paid social and end in paid search": a path's two ends ("in" only
  // right after the end word, so "close them in september" stays a date).
  [
    "first_last",
    /\b(?:paths?|journeys?|routes?)\b.{0,20}\b(?:start|starts|started|starting|begin|begins|began|beginning)\b.{0,60}\b(?:end|ends|ended|ending|finish\w*|close|closes|closed|closing) (?:up )?(?:in|at) /,
  ],
  // f049: "paths ending in direct", "journeys that end on email": where paths ended (a channel,
  // not "ending in a purchase", which is every converting path).
  [
    "first_last",
    new RegExp(
      `\\b(?:paths?|journeys?|routes?) (?:that |which )?(?:end|ends|ending|ended|finish\\w*|close|closes|closing|closed) (?:up )?(?:in|on|with|at|via|through) (?!(?:a |an |the )?(?:${BUY}|sale|checkout)\\b)`,
    ),
  ],
  [
    "time_to_convert",
    new RegExp(
      `\\b(?:how (?:long|many days|much time|quickly|fast|soon)\\b.{0,50}\\b(?:${BUY}|to decide)|(?:time|days|lag|delay|gap|duration) (?:it takes |taken |needed )?(?:to|until|till|before) (?:a |the |first )?${BUY}|(?:time|days|lag) (?:from|between) (?:the )?(?:first|initial) (?:touch|click|visit|interaction|contact)|conversion (?:lag|delay|time|velocity|speed)|(?:purchase|buying|sales|decision) (?:cycle|lag|window)|time to (?:first )?(?:value|purchase|conversion)|(?:journeys?|paths?) (?:that |which )?(?:start|starts|started|begin|begins|began) (?:on|with|in|from|via|through|at)\\b.{0,40}\\b${BUY}|take (?:longer|more time|less time|more days|fewer days) (?:to |before (?:they )?)?${BUY}|(?:slower|faster|quicker|sooner) to ${BUY}|${BUY} (?:faster|slower|quicker|sooner|more quickly|more slowly) than)\\b`,
    ),
  ],
  [
    "path_length",
    new RegExp(
      `\\b(?:(?:number|count|amount|avg|average|mean|median|typical) (?:number |# |no )?(?:of )?${TOUCH}\\b.{0,30}\\b(?:before|to|until|till|per|prior|ahead of|leading)|how many (?:(?:clicks|visits)${NOT_A_BREAKDOWN}|${TOUCH_NOT_CLICKS})|${TOUCH} (?:does it take|it takes|needed|required|before|per|until|prior to|leading to) (?:a |an |the |each |one )?(?:customer |buyer )?(?:to )?${BUY}|(?:take|takes|took|need|needs|needed|require|requires|required) (?:fewer|more|less) ${TOUCH}|(?:path|journey) lengths?|length of (?:the |our |a )?(?:customer )?(?:paths?|journeys?)|(?:only|just|exactly|a single) (?:one |1 )?(?:touch ?point|touch|interaction|click)|single touch (?:orders|purchases|conversions|journeys|paths)|(?:single|one) touch (?:vs|versus|or|and|against) (?:multi|multiple|many)(?: touch)?|multi touch (?:orders|purchases|conversions|journeys|paths|share)|one touch (?:orders|purchases|conversions|journeys|paths)|(?:no|zero|0|without(?: a| any)?|never had(?: a| any)?|lack(?:ing|ed|s)?(?: a| any)?|missing(?: a| any)?) (?:single )?(?:recorded |tracked |marketing |known )?(?:touch ?points?|touches)|(?:untracked|untouched|touchless|orphan(?:ed)?) (?:orders|purchases|conversions|sales))\\b`,
    ),
  ],
  // fix14c: "buyers who close on email, where did they first come from": the first touches of
  // the journeys a channel closed, after time to convert and touch counts have had their turn.
  ["first_last", FIRST_TOUCH_OF_CLOSES],
  // f049: "what share of paths start with email": where paths began, after "how long do journeys
  // that start on X take to buy" (time to convert) has had its turn.
  [
    "first_last",
    /\b(?:paths?|journeys?|routes?) (?:that |which )?(?:start|starts|starting|started|begin|begins|beginning|began) (?:with|on|in|via|from|at|through) /,
  ],
  [
    "assists",
    /\b(?:assist\w*|without being the last (?:click|touch)|(?:not|never|isn t|aren t|wasn t) the last (?:click|touch)|(?:help|helps|helped|helping) (?:to )?(?:close|convert|conversions|sales)|(?:open|opens|opened|start|starts|started|introduce|introduces|introduced) (?:the |new )?(?:journeys?|customers|buyers|conversations)|closer channels?|openers? (?:and|or|vs) closers?)\b/,
  ],
  [
    "top_paths",
    new RegExp(
      `\\b(?:(?:top|most common|most frequent|common|frequent|typical|popular|main|usual|best|leading|winning|converting|conversion|purchase|buyer|customer|multi channel|cross channel|channel) (?:converting |conversion |customer |purchase |buyer |marketing )?(?:paths?|journeys?|sequences?|routes?|flows?)|(?:paths?|journeys?|routes?|sequences?) (?:to|before|leading to|that lead to|that end in|ending in) (?:a |the )?${BUY}|(?:paths?|journeys?|routes?) (?:do|does|did) (?:[a-z]+ ){0,3}(?:take|follow|go through|travel)|(?:in )?what order\\b.{0,40}\\bchannels|path (?:analysis|exploration|report)|journey (?:analysis|map|mapping|report)|(?:channel|touchpoint|touch point) (?:sequences?|order|combinations?))\\b`,
    ),
  ],
  // fix14c: "journeys that pass through display", "paths that feature email": a channel anywhere
  // on the path (the channel named is read as anyTouch in journeyFrame).
  [
    "top_paths",
    /\b(?:paths?|journeys?|routes?) (?:that |which )?(?:pass|passes|passed|passing|go|goes|went|going|run|runs|ran) through\b|\b(?:paths?|journeys?|routes?) (?:that |which )?(?:include|includes|including|contain|contains|containing|involve|involves|involving|feature|features|featuring)\b/,
  ],
];

const CUSTOMER_ID = /\b(?:customer|user|buyer|client|shopper)(?: id| number| no)? ?#? ?(\d{1,15})\b/;
const HISTORY =
  /\b(?:journey|journeys|path|paths|history|timeline|touch ?points?|touches|what did|trail|story)\b/;

/** What the question asks of journeys, if anything. */
export interface JourneyIntent {
  analysis: JourneyAnalysis;
  customerId?: number;
  /** customer (leftD): the customer is described, not named ("whoever placed the biggest order"). */
  pick?: CustomerPick;
  /** first_last: the channels the question names as a path's first and last touch (path-ends.ts). */
  firstChannel?: string;
  lastChannel?: string;
  /** path_length (fix8e): "do repeat buyers need fewer touches than first-timers": split by customer type. */
  byCustomerType?: boolean;
  /** top_paths: the platforms or channels the journeys began on (fix8f). */
  firstTouch?: string[];
  /** fix13d: only new (first purchases) or only returning customers' orders. */
  customerType?: "new" | "returning";
  /** fix14c first_last: the channel touched before the last touch ("affiliate closes after paid search"). */
  earlierChannel?: string;
  /** fix14c top_paths: only journeys with a touch on these channels at any step. */
  anyTouch?: string[];
}

/** "paths that include email": a channel anywhere on the path, not where it began. */
const ANYWHERE_ON_PATH =
  /\b(?:include|includes|including|involve|involves|involving|contain|contains|containing|(?<!first )(?:touch|touches|touched)|with an?|anywhere)\b/;

/** The channels or platforms a question names as filters (up to four). */
function namedTouches(frame: Frame): string[] {
  return frame.filters
    .flatMap((f) =>
      (f.field === "platform" || f.field === "channel") && f.op === "in" && "values" in f ? f.values : [],
    )
    .filter((v): v is string => typeof v === "string")
    .slice(0, 4);
}

/** fix14c: "top paths that include display", "paths with display somewhere in them": a touch at any step. */
function anyTouchOfPaths(frame: Frame, text: string): string[] {
  return ANYWHERE_ON_PATH.test(text) || ANYWHERE_WORDS.test(text) ? namedTouches(frame) : [];
}

/** "how long after paid search does affiliate close": time, not the close's company. */
const HOW_LONG = /\bhow (?:long|many days|quickly|fast|soon)\b/;

/**
 * fix8f: "paths of people who first found us on TikTok", "journeys of our tiktok customers": the
 * platform or channel named is where the journeys began, so top paths keep only those journeys
 * (their answer says so) instead of dropping the name and showing every order's paths.
 */
function firstTouchOfPaths(frame: Frame, text: string): string[] {
  if (ANYWHERE_ON_PATH.test(text) || ANYWHERE_WORDS.test(text)) return [];
  return namedTouches(frame);
}

/**
 * fix10c: "how often does meta open the journey vs close it", "tiktok as first click vs as last
 * click", "share where email is the first touch versus the last": one channel's or platform's
 * role, answered by first-touch against last-touch credit (the attribution models), not by the
 * top paths of every order.
 */
const FIRST_VS_LAST_ROLE =
  /\b(?:is|are|was|were|being|as|be)\s+(?:[a-z]+\s+){0,3}?(?:the\s+)?(?:first|opening|initial)\s+(?:touch|click|interaction)(?:\s*point)?\b.{0,30}?\b(?:vs\.?|versus|or|compared\s+(?:to|with)|against|and\s+how\s+often)\s+(?:as\s+|is\s+|being\s+)?(?:the\s+)?(?:last|closing|final)\s+(?:touch|click|interaction)\b/;

/**
 * @example readJourneyIntent("top converting paths last month") // { analysis: "top_paths" }
 * @example readJourneyIntent("show me the journey of customer 1234") // { analysis: "customer", customerId: 1234 }
 */
export function readJourneyIntent(
  text: string,
  values: readonly DimensionValue[] = [],
): JourneyIntent | undefined {
  // fix10c: one member's role as first vs last touch is the two models' credit side by side.
  if (FIRST_VS_LAST_ROLE.test(text)) return undefined;
  // fix19f: "how long is the payback on new affiliate buyers": the CAC payback (cohort-intent.ts).
  if (/\bpay ?backs?\b/.test(text)) return undefined;
  const id = CUSTOMER_ID.exec(text);
  if (id && HISTORY.test(text)) return { analysis: "customer", customerId: Number(id[1]) };
  const pick = readCustomerPick(text);
  if (pick) return { analysis: "customer", pick };
  // fix14c: "how often does affiliate take the last click after paid search": the journeys with
  // one channel before the other's close, not the two channels' last-touch credit.
  if (!HOW_LONG.test(text) && readClosedAfter(text, values)) return { analysis: "first_last" };
  for (const [analysis, pattern] of JOURNEY_PHRASINGS) if (pattern.test(text)) return { analysis };
  return undefined;
}

/** "new customers ... returning ones", "repeat buyers vs first-timers": both kinds of customer named. */
const NEW_VS_RETURNING =
  /\b(?:new|first time|first timers?|first times)\b.{0,80}\b(?:returning|repeat|existing|loyal)\b|\b(?:returning|repeat|existing|loyal)\b.{0,80}\b(?:new|first time|first timers?|first times)\b/;

/**
 * fix9e: "touches before a customer's first order", "before they first bought": only first orders
 * were asked about, so the counts are split by customer type (a new customer's order is their first)
 * rather than averaged over every order, repeat orders included.
 */
const FIRST_ORDER =
  /\b(?:first|1st|initial|debut)\s+(?:purchase|purchases|order|orders|buy|conversion|sale)\b|\bbefore\s+(?:they|customers?|people|shoppers|someone)\s+(?:first|initially)\s+(?:buy|bought|buys|order|ordered|purchase|purchased|convert|converted)\b|\bfirst[- ]time\s+(?:buyers?|customers?|purchasers?)\b/;

/** fix13d: "first touch was paid social", "started on tiktok", "first found us through email". */
const FIRST_TOUCH_WORDS =
  /\b(?:first|1st|initial|opening)[- ]?(?:touch|touches|touchpoint|click|interaction|channel)\b|\b(?:started|start|starts|began|begin|begins|came in|come in|entered|first found us|found us first)\b/;
/** "new customers", "first-time buyers", "first purchases": the first purchases alone. */
const NEW_ONLY =
  /\b(?:new|first time|first timers?|newly acquired|brand new)\s+(?:customers?|buyers?|shoppers?|purchasers?|clients|users|people)\b|\bfirst timers?\b/;
/** "returning customers", "repeat buyers": repeat orders alone. */
const RETURNING_ONLY =
  /\b(?:returning|repeat|existing|loyal)\s+(?:customers?|buyers?|shoppers?|purchasers?|clients|users|people)\b/;

/**
 * Whether the question keeps to one kind of customer: "paths for new customers" (first purchases)
 * or "journeys of repeat buyers"; both kinds named ("new vs returning") is a split, not a scope.
 */
/**
 * fix18b: "does that differ for new vs returning", "split by first-time and repeat buyers": both
 * kinds of customer side by side.
 */
export function splitsByCustomerType(p: ParsedQuestion): boolean {
  return NEW_VS_RETURNING.test(p.text) || p.dims.dimensions.includes("customer_type");
}

export function onlyCustomerType(p: ParsedQuestion): "new" | "returning" | undefined {
  if (NEW_VS_RETURNING.test(p.text) || p.dims.dimensions.includes("customer_type")) return undefined;
  if (NEW_ONLY.test(p.text) || FIRST_ORDER.test(p.text)) return "new";
  if (RETURNING_ONLY.test(p.text)) return "returning";
  return undefined;
}

/**
 * fix6c: time to convert for named first touches ("TikTok vs Google people") with no period:
 * the last 90 days of data, since 30 days leave a platform a handful of orders to compare.
 */
export function journeyFrame(
  frame: Frame,
  p: ParsedQuestion,
  found: JourneyIntent,
  values: readonly DimensionValue[],
): Frame {
  const closed = found.analysis === "first_last" ? readClosedAfter(p.text, values) : undefined;
  const ends = closed
    ? { last: closed.last }
    : found.analysis === "first_last"
      ? readPathEnds(p.text, values)
      : {};
  const journey: JourneyIntent = {
    ...found,
    ...(ends.first ? { firstChannel: ends.first } : {}),
    ...(ends.last ? { lastChannel: ends.last } : {}),
    ...(closed ? { earlierChannel: closed.earlier } : {}),
  };
  // fix13d: "paths for new customers", "touches before a first purchase, first touch paid social vs
  // paid search": first purchases only, and for touch counts the first touches named side by side.
  // A touch count without first touches keeps fix9e's split (the new customers' line beside the rest).
  const only = onlyCustomerType(p);
  if (only && journey.analysis !== "customer" && journey.analysis !== "path_length")
    journey.customerType = only;
  if (journey.analysis === "path_length" && FIRST_TOUCH_WORDS.test(p.text)) {
    const named = frame.filters
      .flatMap((f) =>
        (f.field === "platform" || f.field === "channel") && f.op === "in" && "values" in f ? f.values : [],
      )
      .filter((v): v is string => typeof v === "string");
    if (named.length) {
      journey.firstTouch = named.slice(0, 4);
      if (only) journey.customerType = only;
    }
  }
  // fix8e: "new vs returning" beside a touches question splits the touch counts by customer type.
  if (
    !journey.customerType &&
    journey.analysis === "path_length" &&
    (p.dims.dimensions.includes("customer_type") || NEW_VS_RETURNING.test(p.text) || FIRST_ORDER.test(p.text))
  )
    journey.byCustomerType = true;
  const firstTouch =
    found.analysis === "top_paths" ? firstTouchOfPaths(frame, p.text) : (journey.firstTouch ?? []);
  if (firstTouch.length) journey.firstTouch = firstTouch;
  const anyTouch = found.analysis === "top_paths" ? anyTouchOfPaths(frame, p.text) : [];
  if (anyTouch.length) journey.anyTouch = anyTouch;
  const named = frame.filters.some((f) => f.field === "platform" || f.field === "channel");
  // fix13d: touch counts by named first touch compare small groups too: the same 90-day default.
  const byFirstTouch =
    journey.analysis === "time_to_convert" || (journey.analysis === "path_length" && !!journey.firstTouch);
  if (!byFirstTouch || !named || p.time.period) return { ...frame, journey };
  const period = defaultPeriod("trend", p.today, p.dataEnd);
  return {
    ...frame,
    journey,
    period: { ...period, label: "last 90 days of data (default for first touches)" },
  };
}
