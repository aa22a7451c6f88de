/**
 * para16: other wordings of asks the planner already answers, rewritten to the wording it reads.
 * Each kind below, unread, answered a different question: a catalog list for "how much did we
 * sell", the last 30 days for "vs the prior week", the two values for "how do mer and roas
 * differ", clicks and spend for "what did a click cost", a what-if without its cut for "what if
 * display gets cut by 30%", a decline for "focus areas for this week". Applied to the normalized
 * question (normalize.ts) before any stage reads it; a question none of them fits is left as asked.
 */
import { NEGATED_BEFORE } from "./negation.ts";
import { normalize } from "./normalize.ts";
import { METRIC, MONTH, OTHER_ASKS, PLATFORM, type Rewrite } from "./para16-phrasings-asks.ts";

const CHANGE_NOUN = "(?:impact|effect|result)";

/** The present tense of a passive what-if's verb ("display gets cut", "is reduced"). */
const PRESENT: Readonly<Record<string, string>> = {
  cut: "cut",
  reduced: "reduce",
  increased: "increase",
  raised: "raise",
  doubled: "double",
  halved: "halve",
};

/** Small counts said in words. */
const NUMBER: Readonly<Record<string, string>> = {
  two: "2",
  three: "3",
  five: "5",
  seven: "7",
  ten: "10",
  fourteen: "14",
  thirty: "30",
};

/** Sales said as selling: revenue. */
const SELLING: Rewrite[] = [
  [/\bhow much (?:have|did|do) (?:we|i) (?:sell|sold)\b/g, "how much revenue did we make"],
  [/\bwhat did (?:we|i) sell\b/g, "what was revenue"],
];

/** A comparison with the period just before, said after the verb: the period over period ask. */
const PERIOD_OVER_PERIOD: Rewrite[] = [
  [
    /\b(?:change|do|go|move|compare)d?(?: up| down)? (?:vs|versus|against|compared (?:to|with)|from) (?:the )?(?:prior|previous|preceding|last) (week|month)\b/g,
    (_m, unit: string) => `${unit === "week" ? "week over week" : "month over month"}`,
  ],
  // "compare last quarter with the one before": that period against the one before it.
  [
    /\bcompare (last|this|the last) (week|month|quarter|year) (?:with|to|against|and) the one (?:before|prior)(?: (?:it|that))?\b/g,
    "$1 $2 vs the $2 before",
  ],
  // "revenue after labor day vs the same-length period before it".
  [/\bthe same length (?:period|window|stretch|span) before\b/g, "the same number of days before"],
  // "the ten days before the outage": the count as digits, as the window reader takes it.
  [
    /\b(the|a|first|last) (two|three|five|seven|ten|fourteen|thirty) (days|weeks) (before|after|following|prior to)\b/g,
    (_m, lead: string, n: string, unit: string, side: string) => `${lead} ${NUMBER[n]} ${unit} ${side}`,
  ],
  // "compare the 10 days after the outage with the 10 days before": the two windows side by side.
  [
    /^compare (the \d+ (?:days|weeks) (?:after|before|following) .+?) (?:with|to|against) (the \d+ (?:days|weeks) (?:before|after|prior))\b/,
    "$1 vs $2",
  ],
  // "10 days before the outage vs 10 days after": the later window first, as the window reader takes it.
  [
    /\b(?:the )?(\d+) (days|weeks) before (?:the )?(.+?) (?:vs|versus|compared (?:to|with)) (?:the )?(\d+) \2 after(?: it)?$/,
    "the $4 $2 after the $3 vs the $1 $2 before",
  ],
];

/** A definition asked as "how do X and Y differ", "X vs Y difference", "what makes someone X". */
const DEFINITIONS: Rewrite[] = [
  [
    new RegExp(
      `^(?:what is )?(${METRIC}) (?:vs|versus|and|or) (${METRIC}) (?:how do they differ|what is the difference|difference|diff)(?: here)?$`,
    ),
    "what is the difference between $1 and $2",
  ],
  [
    new RegExp(`^how (?:is|does) (${METRIC}) differ(?:ent)? (?:from|to) (${METRIC})(?: here)?$`),
    "what is the difference between $1 and $2",
  ],
  [
    /^what makes (?:someone|somebody|a customer|a buyer|a person) (?:a )?new customer$/,
    "what counts as a new customer",
  ],
  [
    /^what (?:attribution )?model is (?:behind|used for|used in) (?:your |the |our )?(roas|cac|cpa|revenue)(?: numbers| figures)?$/,
    "which attribution model does $1 use",
  ],
];

/** A cost said per thing bought: the catalog's cost-per metric. */
const COST_PER: Rewrite[] = [
  [/\bwhat did (?:a|each) click cost(?: us)?\b/g, "what was cpc"],
  [/\b(?:cost|costs|spend|spent) the most per click\b/g, "have the highest cpc"],
  [/\b(?:cost|costs|spend|spent) the least per click\b/g, "have the lowest cpc"],
  [/\b(?:blended )?cost per (?:new )?customer\b/g, "cac"],
  [/\b(marketing|ad|ads) spend per order\b/g, "$1 cost per order"],
];

/** A spend floor said as "with 1k+ spend", "min $1k spend". */
const SPEND_FLOOR: Rewrite[] = [
  [
    /\b(?:with|w) (?:at least |min(?:imum)? )?(\$ ?\d+(?:\.\d+)?k?|\d+(?:\.\d+)?k) (?:or more |plus )?(?:in )?spend\b/g,
    "that spent at least $1",
  ],
  [/\bmin(?:imum)? (\$ ?\d+(?:\.\d+)?k?|\d+(?:\.\d+)?k) spend\b/g, "only ones that spent at least $1"],
];

/** Paid channels only, said another way. */
const PAID_ONLY: Rewrite[] = [[/\bjust the paid (?:ones|channels)\b/g, "paid only"]];

/** Advice asked as worry, health, focus or the one lever. */
const ADVICE: Rewrite[] = [
  [
    /^(?:new cmo here |as the (?:new|incoming) cmo )?what should (?:worry|concern) (?:me|us)\b.*$/,
    "what should I be worried about",
  ],
  [
    /^what are the (?:biggest|main|top) (?:concerns|worries|risks) (?:i|we) should know about(?: as the (?:new |incoming )?cmo)?$/,
    "what should I be worried about",
  ],
  [/^(?:overall )?marketing health(?: rn| right now| now)?$/, "how is marketing looking overall"],
  [/^(?:focus areas|priorities) (?:for )?this week$/, "what should we focus on this week"],
  [
    /^what is the one thing that would (?:move|help|change) (q[1-4]|this quarter|next quarter) (?:the )?most$/,
    "what is the single biggest lever for $1",
  ],
];

/** An alert asked for without "me": a rule to set up, not a scan for anomalies. */
const ALERTS: Rewrite[] = [
  [
    /^(?:set (?:up )?(?:an? )?)?alert (?:for|on|when|if) (.+?) (?:goes |is |gets )?(above|over|exceeds?|below|under) (\$ ?\d+(?:\.\d+)?k?|\d+(?:\.\d+)?k?)(?: dollars)?$/,
    (_m, what: string, dir: string, n: string) =>
      `alert me if ${what} goes ${/below|under/.test(dir) ? "below" : "above"} ${n}`,
  ],
];

/** Two ad platforms listed with "and": one row each, as "meta vs tiktok" asks. */
const PLATFORM_PAIR: Rewrite[] = [
  [
    new RegExp(
      String.raw`\b(?:for |on )?(${PLATFORM}) and (${PLATFORM})\b(?= in | last | past | over | this | ytd|$)`,
      "g",
    ),
    "$1 vs $2",
  ],
];
/** A sum asked for ("total spend across google, meta and tiktok") keeps its platforms together. */
const SUM_ASKED = /\b(?:total|combined|together|altogether|sum|across)\b/;

/** A period start said "from X on", "from aug" after a series. */
const PERIOD_START: Rewrite[] = [
  [/\bfrom (labor day|black friday|memorial day|thanksgiving|[a-z]+ \d{1,2}) on(?:wards?)?\b/g, "since $1"],
  [
    new RegExp(
      String.raw`\b(by week|weekly|by month|monthly|by day|daily)\b((?: [a-z]+){0,3}) from (${MONTH})\b(?! (?:to|through|thru|until|till)\b)`,
      "g",
    ),
    "$1$2 since $3",
  ],
  [
    new RegExp(
      String.raw`\b(${MONTH}) (${MONTH}) (?:compared (?:to|with)|vs|versus|against) (${MONTH}) (${MONTH})\b`,
      "g",
    ),
    "$1 through $2 vs $3 through $4",
  ],
  [/\bthanksgiving (?:to|until|till) cyber monday\b/g, "thanksgiving thru cyber monday"],
];

/** A budget what-if said in the passive or as a noun: the verb form the budget reader knows. */
const WHAT_IF: Rewrite[] = [
  [
    /\bwhat (?:if|happens if) ([a-z]+(?: [a-z]+)?) (?:gets|is|were|was) (cut|reduced|increased|raised|doubled|halved) (?:by )?(\d+(?:\.\d+)? ?%)/g,
    (_m, what: string, verb: string, pct: string) => `what if we ${PRESENT[verb] ?? verb} ${what} by ${pct}`,
  ],
  [
    new RegExp(
      String.raw`\b${CHANGE_NOUN} of (?:a |an )?(\d+(?:\.\d+)? ?%) ([a-z]+(?: [a-z]+)?) (cut|reduction|increase|raise|boost)\b`,
      "g",
    ),
    (_m, pct: string, what: string, noun: string) =>
      `what if we ${/cut|reduction/.test(noun) ? "cut" : "increase"} ${what} by ${pct}`,
  ],
  [
    /\bwhat if (\d+(?:\.\d+)? ?%) of ([a-z]+(?: [a-z]+)?) (?:spend|budget|money) (?:moves|goes|shifts|is moved|is shifted) (?:in)?to ([a-z]+(?: [a-z]+)?)$/g,
    "what if we move $1 of $2 budget into $3",
  ],
  [
    new RegExp(
      String.raw`\b${CHANGE_NOUN} of (?:cutting|dropping|pausing|killing) (?:all(?: of)? )?([a-z]+(?: [a-z]+)??) (?:spend|budget|ads)(?: (?:completely|entirely))?$`,
      "g",
    ),
    "what if we cut $1 entirely",
  ],
  [
    /\bwhat (?:happens|if) (?:if )?(?:we )?(?:drop|cut|kill|pause) ([a-z]+(?: [a-z]+)?) completely\b/g,
    "what if we cut $1 entirely",
  ],
  [
    new RegExp(
      String.raw`\b${CHANGE_NOUN} of (?:a )?(?:2 ?x|doubled|doubling) ([a-z]+(?: [a-z]+)?) (?:spend|budget)\b`,
      "g",
    ),
    "what if we double $1",
  ],
  [/\bwhat made ([a-z]+(?: [a-z]+)?) 2 ?x\b/g, "why did $1 double"],
  [
    /\b(?:worth )?shifting ([a-z]+(?: [a-z]+)?) (?:money|budget|spend) (?:in)?to ([a-z]+(?: [a-z]+)?)$/g,
    "should we shift money from $1 to $2",
  ],
  [
    /^(\$ ?\d+(?:\.\d+)?k|\d+(?:\.\d+)?k) (?:budget )?(?:for|in) (november|next month|nov) how (?:to|should (?:we|i)|do (?:we|i)) (split|allocate|divide)(?: it)? /,
    "we have $1 for $2 how should we $3 it ",
  ],
  [
    /^plan (november|next month) spend so (cac|cpa) stays (under|below) (\$?\d+)$/,
    "budget plan for $1 that keeps $2 under $4",
  ],
];

const ALL: Rewrite[] = [
  ...SELLING,
  ...PERIOD_OVER_PERIOD,
  ...DEFINITIONS,
  ...COST_PER,
  ...SPEND_FLOOR,
  ...PAID_ONLY,
  ...ADVICE,
  ...ALERTS,
  ...PLATFORM_PAIR,
  ...PERIOD_START,
  ...WHAT_IF,
  ...OTHER_ASKS,
];

/**
 * The question in the planner's own wording when one of these kinds fits; otherwise as asked.
 * @example rewriteOtherWordings("what did a click cost us on google ads last wk") // "what was cpc on google ads last wk"
 */
export function rewriteOtherWordings(question: string): string {
  // An e-mail address or a URL (an alert's or a schedule's destination) must reach its reader as typed.
  if (/@|https?:\/\//i.test(question)) return question;
  const text = normalize(question);
  let out = text;
  for (const [re, to] of ALL) {
    if (PLATFORM_PAIR.some(([pair]) => pair === re)) {
      if (SUM_ASKED.test(out)) continue;
      // "spend without tiktok and meta": a pair left out together is not two sides to compare.
      out = out.replace(re, (m, ...rest) => {
        const at = rest[rest.length - 2] as number;
        return NEGATED_BEFORE.test(out.slice(Math.max(0, at - 30), at)) ? m : m.replace(re, to as string);
      });
      continue;
    }
    out = out.replace(re, to as string);
  }
  return out === text ? question : out;
}
