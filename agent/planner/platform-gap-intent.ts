/**
 * Platform-reported against tracked ("Meta claims far more sales than we see", "google ads
 * reported conversions vs what we actually tracked", "how much do the platforms over-report"): the
 * ad platforms' own conversions and revenue beside the orders and revenue the attribution model
 * credits to the same platform, with the gap and the ratio per platform (per month when asked).
 * Platforms count view-through and each claims the same order, so the gap is the answer; either
 * side alone answers a different question.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { frameFor } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { DimensionValue, Frame } from "./types.ts";

/** The reported side, the tracked side, the gap and the ratio, conversions then revenue. */
export const PLATFORM_GAP_METRICS = [
  "platform_conversions",
  "orders",
  "platform_conversions_minus_tracked",
  "platform_conversions_over_tracked",
  "platform_revenue",
  "revenue",
  "platform_revenue_minus_tracked",
  "platform_revenue_over_tracked",
] as const;

/** fix10c: the ROAS side by side: both returns, the spend under them, both revenues and their ratio. */
const ROAS_GAP_METRICS = [
  "platform_roas",
  "roas",
  "platform_revenue_over_tracked",
  "spend",
  "platform_revenue",
  "revenue",
] as const;

const PLATFORM = String.raw`(?:(?:the\s+)?(?:ad\s+)?platforms?|meta(?:\s+ads)?|facebook(?:\s+ads)?|fb|instagram|google(?:\s+ads)?|adwords|tiktok(?:\s+ads)?|bing|microsoft\s+ads|impact|the\s+pixel|ads\s+manager)`;
const CLAIM = String.raw`(?:says?|said|reports?|reported|reporting|claims?|claimed|claiming|shows?|showed|counts?|counted|credits?|credited|attributes?|attributed|thinks?)`;
/**
 * fix12c: "than you do", "than your dashboard shows", "vs what this tool counts": the assistant's
 * own figures are our tracked ones, set against the platform's claim. para22: "than you, why?",
 * "more purchases than you for last month", "and yours": the bare pronoun too.
 */
const YOURS = String.raw`(?:what\s+)?(?:you|this\s+(?:tool|app|dashboard|report))\s+(?:do|does|did|show\w*|report\w*|say|says|count\w*|see|track\w*|have|got|credit\w*|attribut\w*|record\w*)|yours\b|you(?=\s*$|\s*[,.?!]|\s+(?:why|for|last|this|in|on|over|during)\b)|(?:your|the\s+(?:tool|app|dashboard)\s*s?)\s+(?:own\s+)?(?:numbers|data|figures|tracking|dashboard|reports?|counts?|orders|conversions|side)`;
const OURS = String.raw`(?:(?:our|my)\s+(?:own\s+)?(?:tracking|tracked|analytics|numbers|data|figures|records|store|shop|backend|side|orders|sales|purchases|count|counts)|shopify|the\s+(?:store|shop|backend)|(?:what\s+)?(?:we|i)\s+(?:actually\s+|really\s+|can\s+)?(?:tracked|track|see|saw|recorded|record|measured|measure|counted|count|log|logged|have|got|attribute|attributed|credit|credited)|(?:actual|actually|real)\s+(?:tracked\s+)?(?:orders|sales|conversions|revenue|numbers)|tracked\s+(?:orders|sales|conversions|revenue|figures|numbers)|${YOURS})`;

/** fix14a: "3x what you say", "twice what we see", "10 times our number": the claim as a multiple of ours. */
const MULTIPLE = String.raw`(?:\d+(?:\.\d+)?\s*x|(?:\d+(?:\.\d+)?|two|three|four|five|ten)\s+times|twice|double|triple|half)(?:\s+of)?(?:\s+the\s+(?:revenue|sales|conversions|orders|purchases|numbers?|figures?|amount))?(?:\s+(?:that|which))?`;

/** A platform's claim set against our own tracking, in either order. */
const CLAIM_VS_OURS = new RegExp(
  String.raw`\b${PLATFORM}\s+(?:\w+\s+){0,2}?${CLAIM}\b.{0,80}?\b(?:than|vs\.?|versus|against|compared\s+(?:to|with)|next\s+to|and|${MULTIPLE})\s+${OURS}|\b${OURS}\b.{0,60}?\b(?:vs\.?|versus|against|compared\s+(?:to|with)|than)\s+(?:what\s+)?${PLATFORM}\b`,
);
/** "reported conversions vs tracked", "platform vs actual revenue", "in-platform vs attributed". */
const REPORTED_VS_TRACKED =
  /\b(?:platform|reported|claimed|in[- ]platform|pixel)(?:[- ]reported)?\s+(?:conv|convs|conversions?|sales|revenue|orders|purchases|numbers|figures|results)?\s*(?:(?:are|is|were|was|runs?|ran|came\s+in|come\s+in)\s+)?(?:(?:way|far|much|a\s+lot)\s+)?(?:vs\.?|versus|against|compared\s+(?:to|with)|or|above|over|more\s+than|higher\s+than|beyond|exceed\w*)\s+(?:what\s+we\s+(?:actually\s+)?(?:tracked|track|recorded|see|attribute|attributed|credit)|(?:our\s+)?(?:actual|actuals|tracked|attributed|real|own))\b/;
/**
 * fix16f: "google ads conversions are higher than what our numbers say", "how far off is google's
 * conversion count from ours": the platform's figure (no claim verb) set against ours; fix20d: "google
 * ads conversions vs tracked", "vs actuals" too.
 */
const FIGURE_VS_OURS = new RegExp(
  String.raw`\b${PLATFORM}(?:\s+s)?\s+(?:\w+\s+){0,2}?(?:conv|convs|conversions?|purchases?|sales|orders|revenue|numbers|figures|results|counts?)\b.{0,60}?\b(?:than|from|vs\.?|versus|against|compared\s+(?:to|with)|above|beyond|exceed\w*|outnumber\w*)\s+(?:what\s+)?(?:ours\b|${OURS}|(?:tracked|actuals?)\b(?!\s+(?:spend|clicks?|impressions|sessions|cpc|ctr)\b))`,
);
/**
 * para22: "the gap between meta ads manager purchases and yours", "difference between google's
 * conversions and our tracked orders": a platform's figure and ours named as the two ends of a gap.
 */
const GAP_BETWEEN = new RegExp(
  String.raw`\b(?:gap|difference|discrepancy|mismatch|delta)\s+between\s+${PLATFORM}(?:\s+s)?\s+(?:\w+\s+){0,2}?(?:conv|convs|conversions?|purchases?|sales|orders|revenue|numbers|figures|results|counts?)\s+(?:and|vs\.?|versus)\s+(?:what\s+)?(?:ours\b|${OURS})`,
);
/**
 * Over-reporting in so many words (para21: "inflating its numbers", "self-reported revenue
 * compared to our attributed revenue").
 */
const OVER_REPORTING =
  /\b(?:over[- ]?(?:report\w*|claim\w*|count\w*)|double[- ]?count\w*|inflat\w*\s+(?:(?:its|their|the|his|her)\s+)?(?:own\s+)?(?:conversions|sales|revenue|numbers|results|figures|roas)|self[- ]?report\w*\b.{0,60}\b(?:vs|versus|against|compared?|to|with)\b.{0,20}\b(?:our|ours|attributed|tracked|actual)|(?:conversions|sales|revenue|numbers|results)\s+(?:are|look|seem)\s+inflated)\b/;

/**
 * fix10c: "meta's purchases don't line up with our orders", "why is google's conversion count
 * different from what we see": a platform's figure said not to match ours (a reconciliation, not
 * a change over time).
 */
const MISMATCH = new RegExp(
  String.raw`\b${PLATFORM}(?:\s+s)?\s+(?:\w+\s+){0,3}?(?:conv|convs|conversions?|purchases?|sales|orders|revenue|results|numbers|figures|roas|counts?)\b.{0,40}?\b(?:(?:don\s*t|doesn\s*t|didn\s*t|do\s+not|does\s+not|never|not|won\s*t)\s+(?:\w+\s+)?(?:match\w*|line\s+up|tie\s+(?:out|up)|agree|add\s+up|reconcile)|(?:differ\w*|different|off|mismatch\w*)\s+(?:from|to|than|with|vs\.?)|so\s+(?:much\s+)?(?:higher|bigger|larger)\s+than)\b.{0,30}?\b(?:our|ours|we|what\s+we|tracked|actual|shopify|store|backend)\b`,
);
/**
 * fix10c: "why won't meta's numbers reconcile with our backend": the negation before the platform
 * (it denies the match, not the platform, so a "not meta" exclusion read from it is turned back).
 */
const NOT_MATCHING = new RegExp(
  String.raw`\b(?:not|never)\s+${PLATFORM}(?:\s+s)?\s+(?:\w+\s+){0,3}?(?:match\w*|line\s+up|tie\s+(?:out|up)|agree|reconcile)\b.{0,30}?\b(?:our|ours|we|what\s+we|tracked|actual|store|backend)\b`,
);
/** fix10c: "the roas google reports against our attributed roas", "meta's roas next to ours". */
const ROAS_VS_OURS = new RegExp(
  String.raw`\b(?:(?:${PLATFORM}|reported|claimed|in[- ]platform)\b.{0,30}?\broas|roas\s+(?:that\s+)?${PLATFORM}\s+${CLAIM})\b.{0,30}?\b(?:vs\.?|versus|against|compared\s+(?:to|with)|next\s+to)\s+(?:ours|our\s+(?:own\s+)?(?:attributed\s+|tracked\s+)?roas|(?:the\s+)?(?:attributed|tracked)\s+roas)\b`,
);
/** fix10c: "platform roas vs ours", "meta's roas against our attributed roas". */
const REPORTED_VS_OURS = new RegExp(
  String.raw`\b(?:${PLATFORM}(?:\s+s)?|reported|claimed|in[- ]platform)\s+(?:reported\s+|claimed\s+)?(?:roas|conversions?|purchases|revenue|sales|cpa)\s+(?:vs\.?|versus|against|compared\s+(?:to|with)|next\s+to|and)\s+(?:ours|our\s+(?:own\s+)?(?:attributed\s+|tracked\s+)?(?:roas|numbers|figures|conversions|orders|revenue|sales|cpa)|(?:the\s+)?(?:attributed|tracked)\s+(?:one|ones|roas|figures?|numbers|conversions|orders|revenue|sales))\b`,
);

/**
 * fix18d: "why is our number for meta different from what ads manager shows", "google ads shows
 * different revenue than our dashboard": our figure said to differ from the platform's own screen
 * (the platform named with its UI or a claim verb, so "our meta numbers are lower than google's"
 * stays a comparison of two platforms).
 */
const PLATFORM_SCREEN = String.raw`(?:(?:what|in|inside|within|on)\s+(?:the\s+)?${PLATFORM}|${PLATFORM}(?:\s+s)?\s+(?:ads\s+)?(?:manager|ui|interface|dashboard|console|reporting|${CLAIM}))\b`;
const DIFFERS = String.raw`(?:differ\w*|different|off|mismatch\w*|disagree\w*|higher|lower|bigger|smaller|not\s+the\s+same|(?:don\s*t|doesn\s*t|didn\s*t|won\s*t|do\s+not|does\s+not|not|never)\s+(?:\w+\s+)?(?:match\w*|line\s+up|tie\s+(?:out|up)|agree|add\s+up|reconcile))`;
const OUR_FIGURE = String.raw`(?:(?:our|my|your|ur|the\s+(?:tool|app)\s*s?)\s+(?:own\s+)?(?:[\w+]+\s+){0,2}?(?:numbers?|figures?|data|counts?|results|dashboard|reporting|reports?|tracking|conversions|revenue|roas|orders|sales)|ours|yours)`;
const OURS_VS_SCREEN = new RegExp(
  String.raw`\b${OUR_FIGURE}\b.{0,40}?\b${DIFFERS}\b.{0,40}?${PLATFORM_SCREEN}|\b(?:don\s*t|doesn\s*t|dont|doesnt|won\s*t|wont|isn\s*t|isnt|why\s+not)\s+${OUR_FIGURE}\s+(?:\w+\s+)?(?:match\w*|line\s+up|agree|tie\s+out|reconcile)\b.{0,40}?${PLATFORM_SCREEN}|${PLATFORM_SCREEN}.{0,30}?\b(?:a\s+)?${DIFFERS}\b.{0,40}?\b(?:than|from|to|with|vs\.?)\s+(?:what\s+)?${OUR_FIGURE}\b`,
);

/**
 * fix13e: "google ads says one number for october, what does our own tracking have? both side by
 * side": the claim and ours asked for together, far apart in the sentence, with a word that asks
 * for both (not a question about which conversions).
 */
const CLAIM_THEN_OURS = new RegExp(
  String.raw`\b${PLATFORM}(?:\s+s)?\s+(?:\w+\s+){0,2}?(?:${CLAIM}|reported|claimed|platform|in[- ]platform|ui)\b.{0,140}?\b${OURS}\b|\b${OURS}\b.{0,140}?\b${PLATFORM}(?:\s+s)?\s+(?:\w+\s+){0,2}?(?:${CLAIM}|reported|claimed|platform|in[- ]platform|ui)\b`,
);
const BOTH =
  /\b(?:side[- ]by[- ]side|both|next to each other|next to|alongside|together|beside|against each other|vs)\b/;

/**
 * fix21f: "why is meta's reported revenue different from the attributed revenue", "google ads
 * claims vs the attributed numbers", "how come tiktok's conversions are higher than attributed":
 * the platform's figure (a claim word, or the platform with a figure noun) set against the
 * *attributed* figure, which is our side of the gap. The attributed word comes after the
 * comparison word, so "attributed revenue for meta vs google" stays two platforms compared.
 */
const PLATFORM_FIGURE = String.raw`(?:${PLATFORM}(?:\s+s)?\s+(?:\w+\s+){0,3}?(?:${CLAIM}|conv|convs|conversions?|purchases?|purchase\s+value|sales|orders|revenue|roas|numbers?|figures?|results|counts?)|(?:platform|self)[- ]?(?:reported|claimed)|in[- ]platform|(?:reported|claimed)\s+(?:conv|convs|conversions?|purchases?|sales|orders|revenue|roas|numbers?|figures?))`;
const VERSUS_WORD = String.raw`(?:differ\w*|dif+e?rent|difference|diff|gap|discrepanc\w*|mismatch\w*|higher|lower|more|less|bigger|smaller|above|below|over|under|vs\.?|versus|against|compared|reconcil\w*|match\w*|line\s+up|tie\s+out|off|apart|with|and)`;
const FIGURE_VS_ATTRIBUTED = new RegExp(
  String.raw`\b${PLATFORM_FIGURE}\b.{0,80}?\b${VERSUS_WORD}\b.{0,40}?\battributed\b|\b(?:reconcil\w*|compar\w*)\b.{0,40}?${PLATFORM_FIGURE}\b.{0,60}?\battributed\b|\b(?:gap|difference|discrepancy|mismatch|diff)\s+between\s+.{0,60}?\battributed\b.{0,20}?\band\s+.{0,30}?${PLATFORM_FIGURE}\b`,
);

/**
 * Whether the question sets platform-reported figures against tracked ones.
 * @example asksPlatformGap("facebook reports way more purchases than our own tracking") // true
 */
export function asksPlatformGap(text: string): boolean {
  const t = text.toLowerCase();
  // "is last touch over-counting email": a model's credit, which the attribution comparison answers.
  const aboutModel = /\b(?:last|first)[- ]touch\b|\b(?:attribution\s+)?models?\b|\blinear\b|\bmarkov\b/.test(
    t,
  );
  return (
    !aboutModel &&
    (CLAIM_VS_OURS.test(t) ||
      REPORTED_VS_TRACKED.test(t) ||
      OVER_REPORTING.test(t) ||
      MISMATCH.test(t) ||
      NOT_MATCHING.test(t) ||
      REPORTED_VS_OURS.test(t) ||
      FIGURE_VS_OURS.test(t) ||
      GAP_BETWEEN.test(t) ||
      ROAS_VS_OURS.test(t) ||
      OURS_VS_SCREEN.test(t) ||
      FIGURE_VS_ATTRIBUTED.test(t) ||
      (CLAIM_THEN_OURS.test(t) && BOTH.test(t)))
  );
}

/** "what we pay", "worth it", "spend": the cost side and both returns on it belong in the answer. */
const COST_WORDS = /\b(?:pay|paid|paying|spend|spent|spending|cost|costs|worth|roas)\b/;

/**
 * The frame: both sides with gap and ratio, per platform unless one is named (the "(none)" member,
 * orders no platform's campaign got credit for, left out so totals are over the platforms).
 * A "by month" keeps its date buckets.
 */
export function platformGapFrame(
  p: ParsedQuestion,
  catalog: Catalog,
  values: readonly DimensionValue[] = [],
): Frame {
  const cost = COST_WORDS.test(p.text) ? ["spend", "roas", "platform_roas"] : [];
  const base = frameFor(p.trend.trend ? "trend" : "query", p, catalog);
  // fix10c: "platform roas vs ours": the two returns and their ratio, on the revenue side only.
  const roasOnly = /\broas\b/.test(p.text) && !/\b(?:conv\w*|purchases?|orders?|sales)\b/.test(p.text);
  const metrics = (roasOnly ? ROAS_GAP_METRICS : [...PLATFORM_GAP_METRICS, ...cost]).filter((m) =>
    catalog.metrics.has(m),
  );
  const gapOrder = roasOnly ? "platform_revenue_over_tracked" : "platform_conversions_minus_tracked";
  // fix17f: "google ads conversions higher than ours": the metric's own name ("google ads
  // conversions") took the platform's words; the platform named is still the one compared.
  const eaten = base.filters.some((f) => f.field === "platform") ? undefined : platformInName(p.text, values);
  if (eaten) base.filters = [...base.filters, { field: "platform", op: "in", values: [eaten] }];
  const named = base.filters.some((f) => f.field === "platform" || f.field === "campaign");
  const dims = base.dimensions.filter((d) => d === "date" || d === "platform" || d === "campaign");
  const dimensions =
    named || dims.includes("platform") || dims.includes("campaign") ? dims : [...dims, "platform"];
  const member = dimensions.find((d) => d === "platform" || d === "campaign");
  // "by month" with no period: whole months (the default window starts mid-month).
  const period =
    base.grain === "month" && !p.time.period
      ? { ...base.period, from: `${base.period.from.slice(0, 7)}-01` }
      : base.period;
  return {
    ...base,
    period,
    intent: dimensions.includes("date") ? "trend" : "query",
    metrics,
    dimensions,
    filters: base.filters
      .filter((f) => f.field === "platform" || f.field === "campaign" || f.field === "channel")
      .map((f) => (f.op === "not_in" && NOT_MATCHING.test(p.text) ? { ...f, op: "in" as const } : f)),
    // Per platform or campaign, the largest claim beyond our tracking first ("which campaigns").
    ...(member && !dimensions.includes("date")
      ? {
          excludeNone: [member],
          order: { field: gapOrder, direction: "desc" as const },
        }
      : member
        ? { excludeNone: [member] }
        : {}),
  };
}

/** Platform words a metric's name may hold ("google ads conversions", "meta purchases"). */
const PLATFORM_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:google(?:\s+ads)?|adwords)\b/, "google_ads"],
  [/\b(?:meta(?:\s+ads)?|facebook(?:\s+ads)?|fb|instagram)\b/, "meta_ads"],
  [/\btiktok(?:\s+ads)?\b/, "tiktok_ads"],
];

/**
 * The one platform the question names in words, when the organization has it.
 * @example platformInName("google ads conversions higher than ours", values) // "google_ads"
 */
function platformInName(text: string, values: readonly DimensionValue[]): string | undefined {
  const named = PLATFORM_WORDS.filter(([re, key]) => re.test(text) && values.some((v) => v.value === key));
  return named.length === 1 ? named[0]![1] : undefined;
}
