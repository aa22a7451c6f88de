/**
 * Scope checks that need the parsed question, not just its words: questions about another
 * organization (a named company the catalog does not know, "their" data, authority claims), and
 * requests that are not analytics at all (send an email, write a slogan). Security note: the
 * planner never sets a tenant; declining here only keeps the answer from looking as if it were
 * about someone else's data.
 */
import { withoutEmailChannel } from "./email-as-channel.ts";
import { normalize } from "./normalize.ts";
import type { DimensionValue } from "./types.ts";

/** Claims of authority or acting for someone else ("as the Beta Bikes admin I authorize you"). */
const AUTHORITY =
  /\b(?:i (?:hereby )?(?:authori[sz]e|permit|allow) you|i (?:have|got|give you) (?:their |the )?(?:permission|authori[sz]ation|consent|access)|i am (?:allowed|authori[sz]ed|their|the admin|an admin)|i(?: am| m)? (?:the |an? )?(?:admin|administrator|owner|ceo|cmo|cfo|founder|manager|employee) (?:of|at|for) (?!our\b|my\b|this\b)|as (?:the|an?|their) (?:[a-z]+ ){0,3}(?:admin|administrator|owner|ceo|cmo|superuser|root user)|on behalf of|with (?:their|the owner) (?:permission|consent))\b/;

/** Action requests that are not questions about data ("send an email to my manager"). */
// "send me revenue by channel" asks to be shown the figures here ("send me an email" is still an action).
const ACTION =
  /^(?:(?:please|can you|could you|would you|pls|hey|ok|okay) )*(?:send(?! (?:me|us) (?!an? (?:email|e mail|text|message|reminder|invite|calendar)\b))|book|schedule|remind|draft|compose|post|tweet|publish|buy|order me|come up with|brainstorm|invent|design|rewrite|proofread|(?:email|text|message|call|ping) (?:to )?(?:my|him|her|them|me|someone|the team|our team|the boss))\b/;
// fix20d: "draft a paragraph on how email did": a write-up of the figures, not an action.
const REPORT_WORDS =
  /\b(?:report|chart|table|breakdown|summary|dashboard|graph|numbers|figures|metrics?|paragraph|para|blurb|write ?up|writeup|recap|sentences)\b/;
/** Creative or general-knowledge work the analytics tools cannot do. */
const CREATIVE =
  /\b(?:slogans?|taglines?|headlines?(?! (?:numbers|figures|metrics|kpis|stats|results))|ad copy|copywriting|captions?|blog posts?|press release|logos?|jingles?|catchphrases?|share price|stock price|stock market|world cup|super bowl|olympics|election|who (?:won|invented|wrote|founded|discovered|sang|directed))\b/;

/** Words that suggest a metric the catalog might know under another name ("churn rate", "LTV"). */
export const METRIC_LIKE =
  /\b(?:rate|rates|ratio|cost|costs|value|score|ltv|clv|lifetime|churn|retention|margin|margins|profit|profits|profitability|sales|income|traffic|visits|visitors|users|leads|signups|subscribers|subscriptions|installs|downloads|engagement|reach|frequency|impressions|views|bounce|funnel|cohort|payback|refunds?|returns|cart|checkout|basket|average|avg|count|share of voice|salar(?:y|ies)|kpis?|metrics?|nps|promoter)\b/;

const POSSESSIVE_NAME = /\b((?:[A-Z][\w&.]*[a-z][\w&.]*)(?:[ -](?:[A-Z][\w&.]*))*)(?:'s|’s|'|’)(?=\s|$)/g;
/** A multi-word proper name after a preposition ("for Beta Bikes", "with Globex Corp"). */
const NAME_AFTER =
  /\b(?:with|than|versus|vs\.?|against|to|for|at|of|about|from)\s+((?:[A-Z][a-z][\w&.]*)(?:[ -][A-Z][\w&.]*)+)/g;
/** One proper name as the other side of a comparison ("compare our ROAS with Nike"). */
const COMPARED_NAME = /\b(?:with|than|versus|vs\.?|against|compared to|compare to)\s+([A-Z][a-z][\w&.]*)\b/g;
const SUBJECT =
  /\b(?:did|does|do|has|have|is|was)\s+([a-z0-9&.]+(?:[ -][a-z0-9&.]+){0,2}?)\s+(?:spend|spent|spending|earn|earned|earning|make|made|making|sell|sold|selling|generate|generated|generating|get|got|getting|bring|brought|bringing|drive|drove|driving|do|did|doing|perform|performed|performing)\b/gi;
/** An account-style slug where an owner goes ("what did beta-bikes spend", "revenue for acme-outdoor"). */
const SLUG_OWNER =
  /\b(?:did|does|do|for|of|at|with|than|versus|vs|about|from|is|was)\s+([a-z0-9]{2,}(?:-[a-z0-9]{2,})+)\b/gi;

/** A lowercase possessive ("nike's spend", "patagonia's ROAS"); checked against the unknown words. */
const LOWER_POSSESSIVE = /\b([a-z][a-z0-9&]{1,})(?:'s|’s)(?=\s|$)/g;
/** para17a: an all-caps possessive ("REI's meta spend"); checked against the unknown words. */
const CAPS_POSSESSIVE = /\b([A-Z][A-Z0-9&]{1,})(?:'s|’s)(?=\s|$)/g;
/** Roles written in capitals ("the CMO's deck"): people, not companies. */
const ROLE = /^(?:CEO|CMO|CFO|CTO|COO|CRO|VP|SVP|EVP|GM|MD|HR|PM|EA|PA)$/;
/** para17a: a lowercase plural possessive opening the question ("beta bikes' revenue"). */
const OPENING_PLURAL_POSSESSIVE = /^((?:[a-z][a-z0-9&]*\s){0,2}[a-z][a-z0-9&]*s)(?:'|’)(?=\s)/;

/**
 * Words that may stand alone as the subject of "did X spend/do" without naming a company: a
 * segment, device, team or the business itself ("how did mobile do", "what did retargeting spend"),
 * an indefinite person ("before someone's first order"), a period ("last year's revenue") or a word
 * that qualifies the money ("how did actual spend compare to budget").
 */
const NOT_A_COMPANY =
  /^(?:everything|everyone|anything|anyone|nothing|something|things|stuff|business|company|store|stores|shop|site|website|app|team|teams|marketing|ads|ad|sales|brand|brands|search|social|video|videos|mobile|desktop|tablet|web|online|offline|retail|wholesale|paid|organic|prospecting|retargeting|remarketing|shopping|pmax|creative|creatives|audience|audiences|product|products|category|categories|region|regions|country|countries|people|customers|users|newsletter|promo|promos|sale|holiday|summer|winter|spring|fall|autumn|total|overall|each|one|which|who|whom|else|today|yesterday|someone|somebody|anybody|everybody|nobody|person|customer|buyer|shopper|visitor|user|member|subscriber|week|month|year|quarter|season|day|actual|actuals|real|planned|projected|net|gross|daily|weekly|monthly|average|avg|media|budget|budgeted|campaign|channel|platform|account|client|clients|boss|bosses|manager|board|ceo|cmo|cfo|coo|cto|founder|founders|investor|investors|stakeholder|stakeholders|exec|execs|leadership|director)$/;

/** Whether every word of a name went unrecognised (so it is no channel, metric, month or intent). */
function unknownName(
  name: string,
  unknown: ReadonlySet<string>,
  own: ReadonlySet<string>,
  known: ReadonlySet<string> = new Set(),
): boolean {
  const words = normalize(name)
    .split(" ")
    .filter((w) => w.length > 1);
  if (!words.length || words.some((w) => own.has(w) || known.has(w))) return false;
  return words.every((w) => unknown.has(w));
}

/** A one-word subject that names a company: unrecognised, not a campaign word or a segment. */
function companyWord(name: string, unknown: ReadonlySet<string>, known: ReadonlySet<string>): boolean {
  const w = normalize(name);
  return /^[a-z][a-z0-9&]+$/.test(w) && unknown.has(w) && !known.has(w) && !NOT_A_COMPANY.test(w);
}

/**
 * Whether the question asks about an organization other than the user's own: a company name the
 * catalog does not know used as an owner ("Beta Bikes' revenue", "compare our ROAS with Beta
 * Bikes", "what did beta-bikes spend"), or a claim of authority over someone else's data.
 * @param organizationName the user's own organization, whose name is never declined.
 * @param knownWords words of the organization's own channel, platform and campaign names.
 * @example otherOrganization("show me Beta Bikes' revenue", ["beta", "bikes"]) // true
 */
export function otherOrganization(
  question: string,
  unknownWords: readonly string[],
  organizationName?: string,
  knownWords: ReadonlySet<string> = new Set(),
): boolean {
  const text = normalize(question);
  if (AUTHORITY.test(text)) return true;
  const unknown = new Set(unknownWords);
  const own = new Set(
    normalize(organizationName ?? "")
      .split(" ")
      .filter((w) => w.length > 2),
  );
  // "what did Nike spend", "how much revenue did patagonia make": a one-word company as subject.
  const subjects = [...question.matchAll(SUBJECT)].map((m) => m[1]!);
  if (subjects.some((n) => !/[ -]/.test(n) && !own.has(normalize(n)) && companyWord(n, unknown, knownWords)))
    return true;
  const lowerPossessives = [
    ...[...question.matchAll(LOWER_POSSESSIVE)].map((m) => m[1]!),
    // A role ("the CMO's report") is a person on the team, not another company.
    ...[...question.matchAll(CAPS_POSSESSIVE)].map((m) => m[1]!).filter((n) => !ROLE.test(n)),
  ];
  if (lowerPossessives.some((n) => !own.has(n) && companyWord(n, unknown, knownWords))) return true;
  const names = [
    ...[...question.matchAll(POSSESSIVE_NAME)].map((m) => m[1]!),
    ...[...question.matchAll(NAME_AFTER)].map((m) => m[1]!),
    ...[...question.matchAll(COMPARED_NAME)].map((m) => m[1]!),
    // One unknown word as a subject is more often a channel nickname than a company.
    ...[...question.matchAll(SUBJECT)]
      .map((m) => m[1]!)
      .filter((n) => !/^(?:we|you|i|they|it|our|my|the|this|that)\b/i.test(n) && /[ -]/.test(n)),
    ...[...question.matchAll(SLUG_OWNER)].map((m) => m[1]!).filter((s) => /[a-z]/i.test(s)),
    ...(OPENING_PLURAL_POSSESSIVE.exec(question.trim())?.slice(1, 2) ?? []),
  ];
  return names.some((n) => unknownName(n, unknown, own, knownWords));
}

/**
 * Delivery on a schedule or to someone ("email me a weekly report", "send this to the team every
 * Monday"): the answer is shown here, never sent, so a report named in it does not make it a data
 * question (and "email" there is a verb, not the email channel).
 */
const DELIVERY =
  /\b(?:(?:email|e mail|mail|text|slack|dm|message|ping)\s+(?:it |this |that |them |the (?:report|numbers|results) )?(?:to\s+)?(?:me|us|my team|the team|our team|my boss|my manager)|(?:send|deliver)\s+(?:(?:it|this|that|them|a|the|me a|us a)\s+)?(?:\w+\s+){0,3}?(?:every|each)\s+(?:day|week|month|morning|monday|tuesday|wednesday|thursday|friday)|schedule\s+(?:a|an|the|this|that|it|me|us)\b|set up (?:a |an )?(?:recurring|scheduled|weekly|daily|monthly) (?:report|email|alert)|subscribe (?:me|us) to)\b/;

/**
 * Whether a request is something other than a data question: an action (send, book, draft), a
 * delivery (email me a report), a creative task (slogans, ad copy) or general knowledge (share
 * prices, sports results).
 * @example offTopicRequest("send an email to my manager") // true
 */
export function offTopicRequest(text: string): boolean {
  if (CREATIVE.test(text) || DELIVERY.test(text)) return true;
  return ACTION.test(text) && !REPORT_WORDS.test(text);
}

/** Competitors and the market at large: data the organization does not have. */
const COMPETITOR = /\b(?:competitors?|competition|rivals?|other brands|industry (?:average|benchmark)s?)\b/;

/**
 * Whether the question asks for a competitor's figures ("what was competitor X's spend", "our
 * ROAS vs competitors"). A campaign named for competitors ("Search - Competitor Terms") is the
 * organization's own, so words of its own value names never count.
 * @example competitorRequest("what was competitor X's spend", new Set()) // true
 */
export function competitorRequest(text: string, ownWords: ReadonlySet<string>): boolean {
  const m = COMPETITOR.exec(text);
  return m !== null && !m[0].split(" ").some((w) => ownWords.has(w) || ownWords.has(w.replace(/s$/, "")));
}

/** Asking for the future of a metric ("predict next month's revenue", "what will spend be in December"). */
const FORECAST =
  /\b(?:predict\w*|forecast\w*|project(?:ed|ion|ions)?|will (?:\w+ ){1,4}?(?:be|get|make|hit|reach|spend|see|land|end up)|going to (?:be|hit|reach|get|make))\b/;

/**
 * Whether a data question asks about a period that has not happened (a forecast): the tools
 * report what happened and plan budgets; they do not forecast metrics.
 * @example forecastRequest("predict next month revenue", "2026-12-01", "2026-11-05") // true
 */
export function forecastRequest(text: string, periodFrom: string | undefined, today: string): boolean {
  // "what will revenue be in December": future tense asks for a forecast even where a bare month
  // would otherwise resolve to the last one that happened.
  return (periodFrom !== undefined && periodFrom > today) || FORECAST.test(text);
}

/**
 * Asking the service to act on an ad platform ("pause the worst campaign for me", "raise the Meta
 * budget in Ads Manager"): it reads data and recommends; it never writes to ad platforms.
 */
const PLATFORM_ACTION =
  /\b(?:(?:please |can you |could you |go (?:and )?)?(?:pause|unpause|stop|launch|start|turn off|turn on|switch off|enable|disable|shut down|kill|create|duplicate)\s+(?:the |our |my |that |this |a |an |those |these |all )?(?:[a-z0-9]+ ){0,4}?(?:campaigns?|ads?|ad sets?|adsets?|keywords?)(?: (?:for me|now|right now|today|immediately))|(?:change|set|update|raise|lower|increase|decrease) (?:the |our |my )?(?:[a-z0-9]+ ){0,3}?(?:budget|bid|bids)s? (?:in|on) (?:google ads|ads manager|meta ads|tiktok ads|the platform|the ad platform))/;

/** Whether the question asks the service to change something in an ad platform. */
/** A command at the start of the question: "pause the worst campaign on google", "turn off ad 12". */
const IMPERATIVE_ACTION =
  /^(?:please |pls |can you |could you |would you |go (?:and )?|now )?(?:pause|unpause|resume|launch|turn off|turn on|switch off|switch on|shut down|shut off|kill|duplicate|enable|disable|stop running)\b.{0,50}\b(?:campaigns?|ads?|ad sets?|adsets?|keywords?|ad groups?)\b/;

export function platformActionRequest(text: string): boolean {
  return (
    PLATFORM_ACTION.test(text) ||
    IMPERATIVE_ACTION.test(text) ||
    (/\bfor me\b/.test(text) && /\b(?:pause|stop|launch|turn off|kill)\b/.test(text))
  );
}

/**
 * Asking for something recurring or triggered ("email me a report every Monday", "alert me if CPA
 * goes above $50"): a schedule or an alert rule, which this service cannot create yet. A one-off
 * "send me revenue by channel" is a data question and is not matched.
 */
const RECURRING =
  /\b(?:(?:every|each) (?:day|morning|week|week ?day|business day|working day|work ?day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|month|quarter)|weekly|daily|monthly|schedul\w*|recurring|subscribe|(?:alert|notify|ping|warn|tell|email|message|text) me (?:if|when|whenever|as soon as)|set up (?:an? )?(?:alert|notification|report)|(?:create|add|make) (?:an? )?(?:alert|notification)s?)\b/;
const DELIVERS = /\b(?:email|e mail|send|slack|post|deliver|alert|notify|ping|warn|message|text|report)\b/;

/** Whether the question asks for a scheduled report or an alert rule. */
export function scheduleRequest(text: string): boolean {
  // leftA: "monthly email revenue" names the channel, not a delivery (email-as-channel.ts).
  const delivery = withoutEmailChannel(text);
  return RECURRING.test(delivery) && DELIVERS.test(delivery);
}

/** Head words of metrics the catalog does not have under that name ("churn", "margin", "LTV"). */
const UNKNOWN_METRIC_HEAD =
  /^(?:churn|churned|retention|ltv|clv|arpu|arpa|margin|margins|profit|profits|profitability|nps|promoter|payback|cohort|cohorts|mrr|arr)$/;

/**
 * Whether the unrecognised words name a metric of their own ("customer churn rate", "gross
 * margin"): then the recognised part ("customers") is not what was asked, and a catalog search is.
 * @example unknownMetric(["churn", "rate"]) // true
 */
export function unknownMetric(unknownWords: readonly string[]): boolean {
  // "rate"/"ratio"/"score" after another unknown word is a metric name ("churn rate", "health score").
  return unknownWords.some(
    (w, i) => UNKNOWN_METRIC_HEAD.test(w) || (i > 0 && /^(?:rate|ratio|score|index)$/.test(w)),
  );
}

/** Ad platforms marketers name, by the name they use (unambiguous words only: not "impact"). */
export const KNOWN_PLATFORMS: ReadonlyArray<{ key: string; label: string; re: RegExp }> = [
  { key: "tiktok_ads", label: "TikTok", re: /\b(?:tiktok|tik tok)\b/ },
  { key: "google_ads", label: "Google Ads", re: /\b(?:google|adwords)\b/ },
  { key: "meta_ads", label: "Meta Ads", re: /\b(?:meta|facebook|instagram)\b/ },
  { key: "pinterest_ads", label: "Pinterest", re: /\bpinterest\b/ },
  { key: "snapchat_ads", label: "Snapchat", re: /\bsnap(?:chat)?\b/ },
  { key: "linkedin_ads", label: "LinkedIn", re: /\blinked ?in\b/ },
  { key: "microsoft_ads", label: "Microsoft Ads", re: /\b(?:bing|microsoft ads)\b/ },
  { key: "awin", label: "Awin", re: /\bawin\b/ },
  // fix9c: YouTube ads are their own ask; answering with all of Google Ads (which can buy YouTube
  // placements) answered a different question. No campaign here is a YouTube campaign.
  { key: "youtube_ads", label: "YouTube Ads", re: /\byou ?tube\b/ },
  { key: "klaviyo", label: "Klaviyo", re: /\bklaviyo\b/ },
];

/** Whether the organization has the known platform (by key, label or alias). */
export function hasPlatform(k: { key: string; re: RegExp }, values: readonly DimensionValue[]): boolean {
  const names = (v: DimensionValue) => [v.value, v.label, ...v.aliases].map((n) => normalize(String(n)));
  return values.some((v) => String(v.value) === k.key || names(v).some((n) => k.re.test(n)));
}

/**
 * fix9c: YouTube is bought through Google Ads, so the nearest answers are Google Ads itself and the
 * video campaigns the organization does run (by name), wherever they run.
 */
function videoOffer(key: string, values: readonly DimensionValue[]): string {
  if (key !== "youtube_ads") return "";
  const video = values
    .filter((v) => v.dimension === "campaign" && /\bvideo\b/i.test(v.label))
    .map((v) => v.label);
  const google = values.some((v) => v.dimension === "platform" && v.value === "google_ads");
  const parts = [
    google
      ? " YouTube placements would be bought through Google Ads, and none of its campaigns here is a YouTube campaign; Google Ads as a whole can be answered."
      : "",
    video.length ? ` Video campaigns in your data: ${video.join(", ")}.` : "",
  ];
  return parts.join("");
}

/**
 * A platform the question names that the organization does not have ("clicks from TikTok" for an
 * organization without TikTok): a message naming the platforms it has, so the filter is never
 * silently dropped. Undefined when the organization's platforms are unknown.
 * @example missingPlatform("clicks from tiktok", values, "Beta Bikes") // "Beta Bikes has no TikTok data; ..."
 */
export function missingPlatform(
  text: string,
  values: readonly DimensionValue[],
  organizationName?: string,
): string | undefined {
  const platforms = values.filter((v) => v.dimension === "platform");
  if (!platforms.length) return undefined;
  for (const k of KNOWN_PLATFORMS) {
    if (!k.re.test(text)) continue;
    if (hasPlatform(k, values)) continue;
    const who = organizationName ? organizationName : "Your organization";
    return `${who} has no ${k.label} data; platforms: ${platforms.map((v) => v.label).join(", ")}. Ask about one of those instead.${videoOffer(k.key, values)}`;
  }
  return undefined;
}
