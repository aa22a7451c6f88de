/**
 * para24: other wordings of asks the planner already answers (set 18's kinds), rewritten to the
 * wording it reads, as para23-phrasings.ts does. Each kind below, unread, answered a different
 * question or none: a catalog search for "give me an update on brand search", "should we even
 * bother with display", "if we trim paid social by 20%" and "does paid social help or is search
 * doing the real work"; a decline for "what model is this data attributed with", "if we took 5k
 * out of display and put it in paid search" and "did anything bad happen last week"; a definition
 * for "what's the conversion rate been doing recently"; a "which conversion?" clarification for
 * "touches to conversion?" and "meta conversions vs actual"; last week alone for "compare to the
 * week prior"; the last 30 days for "our record day for revenue"; no change for "drops by a
 * fifth"; new customers for "how long does it take to pay back a new customer"; sends alone for
 * "how did the labor day send do". Applied to the normalized question after para23's; a question
 * none of them fits is left as asked. (Read in place instead: "top five" said after the
 * superlative, modifiers.ts.)
 */
import { normalize } from "./normalize.ts";
import type { Rewrite } from "./para16-phrasings-asks.ts";

const UNIT = "(day|week|month|quarter|year)";
const COUNT = "(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)";
/**
 * Paid channels and audience groups a marketer sets side by side ("paid search and paid social");
 * unpaid channels are left out, as the planner's own re-asked questions name them together.
 */
const MEMBER = "(paid search|paid social|display|affiliates?|prospecting|retargeting|brand|non brand)";
const FRACTION: Record<string, string> = {
  half: "50%",
  third: "33%",
  quarter: "25%",
  fourth: "25%",
  fifth: "20%",
  tenth: "10%",
};

/** Metric, period and member words said another way. */
const WORDS: Rewrite[] = [
  // "compare to the week prior", "compared with the previous month": the one just before it
  // (never the same week a year ago).
  [new RegExp(`\\bthe ${UNIT} prior\\b`, "g"), "the $1 before"],
  [
    // A year is left as said: "the previous year" is the last calendar year (fix17e), not a span.
    /\b(compared?|comparing)( to| with| against)? the previous (day|week|month|quarter)\b/g,
    "$1$2 the $3 before",
  ],
  // "give me an update on brand search", "status of the spring campaign": how it is doing.
  [
    /^(?!.*\b(?:targets?|goals?|kpis?|budgets?|pacing|forecasts?)\b)(?:(?:can i get|give me|get me|i need|need|quick|just) )*(?:an? )?(?:quick |brief |short )?(?:update|status update|status|progress report) (?:on|for|of) (.{3,60}?)\s*\??$/,
    "how is $1 doing",
  ],
  // "what's the conversion rate been doing recently", "what has our aov been like": how it has been.
  [
    /\bwhat(?:'s| has| is) (?:the |our )([a-z0-9 +-]{2,30}?) been (?:doing|like|looking like)\b/g,
    "how has our $1 been trending",
  ],
  // "paid social v paid search": versus.
  [/(?<=[a-z0-9]) v\.? (?=[a-z0-9])/g, " vs "],
  // "spend and roas for paid search and paid social", "cpa for prospecting and retargeting on
  // meta": two members of one breakdown side by side.
  [new RegExp(`\\b(for|compare|comparing|between) ${MEMBER} and ${MEMBER}\\b`, "g"), "$1 $2 vs $3"],
  // "if we took 5k out of display and put it in paid search": moved from one to the other.
  [
    /\b(?:took|take|taking|pull|pulled|pulling) (\$?[\d.,]+ ?k?) (?:out of|from|off) (.{3,30}?) and (?:put|putting|move|moved|shift|shifted|add|added|gave|give)(?: it| that| them| the money)? (?:in|into|to|on|onto|towards?) (.{3,30}?)(?= next\b| this\b| in\b| what\b| how\b|\s*\??$)/g,
    "move $1 from $2 to $3",
  ],
  // "if we trim paid social by 20%", "slash meta spend by a third": a cut by that much.
  [
    /\b(?:trim|trims|trimmed|slash|slashes|slashed|dial back|pull back|scale back|pare back|shave)\b(?=.{0,40}\bby\b)/g,
    "cut",
  ],
  [
    /\b((?:cut|cuts|drop|drops|dropped|reduce|reduces|reduced|lower|lowers|raise|raises|increase|increases|boost|boosts|grow|grows|fall|falls|spend|spending|budget)\b.{0,40}?\bby) (?:a|one) (half|third|quarter|fourth|fifth|tenth)\b/g,
    (_m: string, head: string, part: string) => `${head} ${FRACTION[part]}`,
  ],
  // "paid social down 20%, what happens", "meta budget up 30% - impact?": that change asked ahead.
  [
    /^(?!.*\b(?:revenue|sales|orders|roas|traffic|sessions|conversions?|cvr|aov|ctr|cpa|cpc|cpm|customers)\b)([a-z0-9 ]{3,30}?) (?:spend |budget |spending )?(down|up) (\d{1,3}) ?(?:%|percent) (?:what happens|what would happen|what then|impact|effect|what is the impact)\s*\??$/,
    (_m: string, who: string, way: string, n: string) =>
      `what if we ${way === "down" ? "cut" : "raise"} ${who} spend by ${n}%`,
  ],
  // "what model is this data attributed with", "which model are these numbers credited by".
  [
    /\b(?:what|which) (?:attribution )?model (?:is|are) (?:this|these|the|our)(?: data| numbers| figures| revenue| results)? (?:attributed|credited|calculated) (?:with|by|using|under|on|in)\b/g,
    "what attribution model are these numbers using",
  ],
  // "touches to conversion?", "touchpoints before purchase": the path length.
  [
    /^(?:avg |average |typical )?(?:touches|touchpoints|interactions) (?:to|before|until|per) (?:a )?(?:conversion|purchase|order|sale)s?\s*\??$/,
    "how many touches does it usually take before someone converts",
  ],
  // "explain roas versus roi": the difference between two metrics.
  [
    /^explain ([a-z0-9+]{2,12}) (?:vs|versus) ([a-z0-9+]{2,12})\s*\??$/,
    "what's the difference between $1 and $2",
  ],
  // "define MER and tell me ours", "MER - what is it and what's ours": meaning and figure.
  [
    /^define ([a-z0-9+]{2,12}) and (?:tell me|show me|give me|what(?:'s| is)) (?:ours|our number|our figure|what ours is)\s*\??$/,
    "what does $1 mean and what's ours",
  ],
  [
    /^([a-z0-9+]{2,12})\s*[-:,]?\s*what(?:'s| is) (?:it|that) and what(?:'s| is) (?:ours|our number)\s*\??$/,
    "what does $1 mean and what's ours",
  ],
  // "our record day for revenue", "biggest revenue day on record": of all time.
  [/\b(?:our )?record (revenue |sales |orders? )?day\b/g, "best $1day ever"],
  [/\bon record\b/g, "ever"],
  // "should we even bother with display", "is display pulling its weight": is it worth it.
  [
    /\b(?:should|do|does|would) (?:we|i) (?:even |still |really )?bother (?:with|running|spending on|on|keeping) (.{3,30}?)\s*\??$/,
    "is $1 worth it",
  ],
  [/\b(?:do|does) (?:we|i) (?:even|still|really) need (.{3,30}?)\s*\??$/, "is $1 worth it"],
  [
    /\bis (.{3,30}?) (?:pulling its weight|worth keeping|worth the spend|worth the investment)\b/g,
    "is $1 worth it",
  ],
  // "which items do paid social customers buy most": products.
  [/\b(?:items|skus)\b/g, "products"],
  // "does paid social help or is search doing the real work": taking credit from search.
  [
    /\bor is (search|paid search|google|brand search|branded search) (?:doing|getting) (?:all )?(?:the )?(?:real )?(?:work|heavy lifting)\b/g,
    "or is it just taking credit from $1",
  ],
  // "did anything bad happen last week", "were there any problems last week", "what went wrong
  // last week": anything that went wrong.
  [/\b(?:anything|something) (?:bad|wrong) (?:happen|happened)\b/g, "anything go wrong"],
  [/^(?:were there |was there |did we have |did we hit )?any (?:problems|issues)\b/, "did anything go wrong"],
  [
    /^what went wrong(?= (?:last|this|yesterday|today|over the|in the last|during the past)\b|\s*$)/,
    "did anything go wrong",
  ],
  // "ctr over 8 weeks": the last 8 weeks.
  [
    new RegExp(
      `\\b(over|across|for) ${COUNT} ${UNIT}s\\b(?! (?:in|during|of|from|around|starting|ending|after|before|back|ago|earlier)\\b)`,
      "g",
    ),
    "$1 the last $2 $3s",
  ],
  // "meta conversions vs actual", "compare meta's conversions to our numbers", "... compare with
  // what we see": the platform's claim against what we track.
  [/^how (?:do|does) (meta (?:reported )?conversions.{0,30}?) compare\b/, "$1 vs"],
  [/^compare (meta (?:reported )?conversions(?: for [a-z0-9 ]{2,20}?)?) (?:to|with|against) /, "$1 vs "],
  [
    /^(?=.*\b(?:meta|facebook|google|tiktok|platform|ads manager)\b)(.*?\bconversions\b.{0,30}?) (?:vs|versus|compared? (?:to|with)|against) (?:our (?:own )?(?:numbers|data|figures|count)|ours|actual|what we (?:actually )?(?:see|track|record|count|have))\b/,
    "$1 vs what we actually see",
  ],
  [/^compare (meta (?:reported )?conversions)\b/, "$1"],
  // "how long does it take to pay back a new customer", "months to recoup a new customer's cost".
  [
    /\bhow (?:long|many months|many days|many weeks)(?: does it take| will it take| do we need| until we| till we)? (?:to )?(?:pay back|payback|recoup|recover|earn back|make back)(?: the cost of| what we spent on| the cac (?:of|on|for))? (?:a |our |the )?(?:new )?(?:customers?|cac|acquisition costs?)\b/g,
    "what's our payback period on new customers",
  ],
  // "how did the labor day send do": that email (a send is not the sends count here).
  [
    /\b(?<!how many |which |what |top |best )send (?=(?:do|did|perform|performed|go|went|land|landed)\b)/g,
    "email ",
  ],
];

/** A follow-up's courtesy words: "can you make it a stacked bar", "shorter please, 3 bullets". */
const COURTESY: Rewrite[] = [
  [/^(?:ok(?:ay)? |great |thanks |cool )?(?:can|could|would|will) you (?:please |pls )?(?=[a-z])/, ""],
  [/\s*\b(?:please|pls|plz)\b/g, ""],
];

/** Follow-ups said with a verb the follow-up reader does not take. */
const FOLLOW_UPS: Rewrite[] = [
  // "do that as stacked bars per month", "stacked bars by month": a chart change.
  [
    /^(?:do|show|put|have|give me|redo) (?:that|it|this) (?:as|in) (?=(?:a |an )?(?:stacked|bars?|pie|chart|graph|table|columns?)\b)/,
    "make it ",
  ],
  [
    /^(?:as )?(?:a )?(stacked bars?|stacked columns?|bar chart|line chart|pie chart|bars|lines?)\b/,
    "make it a $1",
  ],
  // "which one do you recommend", "which would you pick": which should I use.
  [
    /^which(?: one)? (?:do|would) you (?:recommend|suggest|pick|choose|go with|use)\s*\??$/,
    "which one should i use",
  ],
];

/**
 * A follow-up without its courtesy words, read before anything else in the turn (a "please"
 * between a change and its count hid the count); a first question is left as asked.
 * @example dropFollowUpCourtesy("shorter please, 3 bullets", true) // "shorter 3 bullets"
 */
export function dropFollowUpCourtesy(question: string, followUp: boolean): string {
  if (!followUp) return question;
  const text = normalize(question);
  let out = text;
  for (const [re, to] of COURTESY) out = out.replace(re, to as string);
  return out === text || !out.trim() ? question : out.trim();
}

/**
 * The question in the planner's own wording when one of these kinds fits; otherwise as asked.
 * Follow-up wordings apply only when there is an answer to follow.
 * @example rewriteSet18Wordings("give me an update on brand search", false) // "how is brand search doing"
 */
export function rewriteSet18Wordings(question: string, followUp: boolean): string {
  if (/@|https?:\/\//i.test(question)) return question;
  const text = normalize(question);
  let out = text;
  for (const [re, to] of followUp ? [...FOLLOW_UPS, ...WORDS] : WORDS) out = out.replace(re, to as string);
  return out === text ? question : out.trim();
}
