/**
 * Questions that ask, in part, for data the organization does not have: influencers, ad reach
 * (distinct people who saw the ads), or a named competitor's figures beside our own. The part the
 * data cannot answer is declined plainly in a note, and the nearest figure is given labelled as
 * what it is (campaigns for influencers, impressions for reach, our own figure for a benchmark);
 * never the nearby figure alone, which reads as the answer to what was asked.
 */
import { emailListGrowthPart } from "./email-list-growth.ts";
import { excludedDayPart } from "./excluded-day-part.ts";
import { missingPlatformPart } from "./missing-platform-part.ts";
import type { DimensionValue, Plan, PlannerContext } from "./types.ts";
import { auctionPart, hourlyAdsPart, influencerCampaignsPart } from "./unavailable-market.ts";
import { merchCampaignsPart } from "./untracked-merch.ts";

/** lead25: single customers ranked ("who are our best customers", "top 20 buyers", "our VIPs"). */
const CUSTOMER_LIST =
  /\b(?:who|which) (?:are|were|is|r) (?:our |my |the )?(?:very )?(?:best|top|biggest|most valuable|highest value|highest spending|big spending|most loyal|loyalest|vip|whale) ?(?:customers?|buyers?|shoppers?|clients?|spenders)\b|\b(?:top|best|biggest) (?:\d+ |ten |twenty |fifty )?(?:customers|buyers|shoppers|spenders) (?:by|list|ranked|ever)\b|\b(?:list|show me|name|give me)(?: of)? (?:our |my |the )?(?:top |best |biggest |vip )(?:\d+ )?(?:customers|buyers|shoppers)\b|\b(?:our |my |the )vips?\b/i;
const INFLUENCER = /\b(?:influencers?|kols?|content creators?|creator (?:codes?|partners?))\b/i;
const REACH =
  /\b(?:(?:ad |unique |total )?reach(?! (?:(?:the|our|a|that) )?(?:\$ ?\d|\d[\d,.]* ?(?:k|m|mm|mil|million|thousand|grand)\b|\d{1,3}(?:,\d{3})+|(?:a|one|half a) (?:million|mil|thousand)))|unique (?:viewers|people|ad viewers)|frequency|how many (?:people|users|unique people|persons) (?:saw|seen|viewed|watched|were reached by|have seen)|(?:people|users) (?:who )?(?:saw|seen|were reached)|how many times (?:is |does |do |has |have )?(?:each|every|a|the average|one) (?:person|user|viewer|customer|shopper) (?:seeing|see|seen|saw|shown)|how often (?:are |do |does |is )?(?:people|users|viewers|customers|shoppers|someone|each person) (?:seeing|see|seen|shown))\b/i;
/** Ad frequency: impressions per person reached ("frequency on meta", "avg freq", "how often people see our ads"). */
const FREQUENCY =
  /\b(?:(?:ad |avg |average |mean |the )?freq(?!uent)[a-z]{0,6}|how many times (?:is |does |do |has |have )?(?:each|every|a|the average|one) (?:person|user|viewer|customer|shopper) (?:seeing|see|seen|saw|shown)(?: (?:our|the|an?) ads?)?|how often (?:are |do |does |is )?(?:people|users|viewers|customers|shoppers|someone|each person) (?:seeing|see|seen|shown)(?: (?:our|the|an?) ads?)?)\b/i;
const COMPARED = String.raw`(?:compare[sd]?|comparing|compares)\s+(?:to|with|against)|vs\.?|versus|against|than|relative to|benchmarked against|stack up (?:to|against)`;
/** "compare to REI's", "vs Patagonia's": a named company (possessive) as the other side. */
const NAMED_OTHER = new RegExp(
  String.raw`\s*\b(?:${COMPARED})\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?)(?:'s|’s)(?:\s+[a-z]+)?`,
);
/** "vs the industry average", "against industry benchmarks". */
const INDUSTRY = new RegExp(
  String.raw`\s*\b(?:${COMPARED})\s+(?:the\s+)?(?:industry|market|category)\s+(?:average|benchmarks?|norms?|standard)s?`,
  "i",
);
const OURS = /\b(?:our|we|us|my)\b/i;

/** What part is unavailable, the question without it, and the note the answer leads with. */
export interface UnavailablePart {
  rest: string;
  note: string;
  /** Metrics the nearest answer keeps (reach: impressions only, not site visitors). */
  keepMetrics?: readonly string[] | undefined;
  /** Campaigns the nearest answer is limited to (influencers: those named for creators or partners). */
  campaigns?: ReadonlyArray<string | number> | undefined;
}

/**
 * The unavailable part of a question, or undefined when it asks for nothing of the kind.
 * @example unavailablePart("which influencers drove the most sales")?.rest // "which campaigns drove the most sales"
 */
export function unavailablePart(
  question: string,
  ownName?: string,
  values: readonly DimensionValue[] = [],
  today = "",
): UnavailablePart | undefined {
  // fix7s: impression share, share of voice, competitors' spend; influencers as the creator
  // campaigns; ad performance by hour.
  const market =
    auctionPart(question) ??
    influencerCampaignsPart(question, values) ??
    // fix12e: a product collection or category: the campaigns named after it.
    (today ? merchCampaignsPart(question, values, today) : undefined) ??
    hourlyAdsPart(question) ??
    missingPlatformPart(question, values) ??
    excludedDayPart(question) ??
    // fix19f: email list size or growth: monthly sends and unsubscribes instead.
    emailListGrowthPart(question);
  if (market) return market;
  // lead25: "who are our best customers", "top 10 customers": no list of single customers is
  // answered (figures are aggregates); the groups worth most stand in.
  if (CUSTOMER_LIST.test(question))
    return {
      rest: "ltv by first touch channel",
      note: "I can't list single customers: answers here are totals over groups of customers, not names or accounts. The nearest is which customers are worth the most as a group: lifetime value by the channel that first brought them.",
    };
  if (INFLUENCER.test(question))
    return {
      rest: question.replace(new RegExp(INFLUENCER.source, "gi"), "campaigns"),
      note: "There is no influencer data here (no influencer or creator codes on orders), so I can't rank influencers. The nearest is campaigns: creator and affiliate campaigns appear under their own names.",
    };
  // fix18f: "frequency on meta prospecting": frequency is impressions over reach, and reach is not
  // in the data; the nearest shown is impressions, clicks and CTR, and the note names only those.
  // fix19f: an email or send frequency is a cadence (email-cadence-intent.ts), not ad frequency.
  const emailFrequency = /\b(?:e-?mail|newsletter|send|sending|mailing)s? freq/i.test(question);
  if (FREQUENCY.test(question) && !emailFrequency)
    return {
      rest: question.replace(new RegExp(FREQUENCY.source, "gi"), "impressions, clicks and ctr"),
      note: "Frequency (how many times each person saw the ads on average) needs reach, the number of distinct people reached, and the data has no reach: the ad platforms' figures here are impressions and clicks. The nearest is below: impressions, clicks and CTR, where impressions count every time an ad was shown.",
      keepMetrics: ["impressions", "clicks", "ctr"],
    };
  if (REACH.test(question) && !emailFrequency)
    return {
      rest: question.replace(new RegExp(REACH.source, "gi"), "impressions"),
      note: "Reach (how many distinct people saw the ads) is not in the data: the ad platforms' figures here are impressions, which count every time an ad was shown, so one person shown an ad five times counts five times.",
      keepMetrics: ["impressions"],
    };
  if (!OURS.test(question)) return undefined;
  const named = NAMED_OTHER.exec(question);
  const own = ownName?.toLowerCase();
  if (named && !own?.includes(named[1]!.toLowerCase()))
    return {
      rest: question.replace(NAMED_OTHER, ""),
      note: `I only have your own organization's data, so I can't compare with ${named[1]} or any other company. Here is yours:`,
    };
  if (INDUSTRY.test(question))
    return {
      rest: question.replace(INDUSTRY, ""),
      note: "I only have your own organization's data, so there is no industry benchmark to compare with. Here is yours:",
    };
  return undefined;
}

/**
 * The nearest answer with its note, or undefined when the rest is not a data answer.
 */
export function unavailablePartPlan(
  part: UnavailablePart,
  ctx: PlannerContext,
  replan: (q: string, c: PlannerContext) => Plan,
): Plan | undefined {
  const planned = replan(part.rest, ctx);
  if (planned.kind !== "tool_calls") return undefined;
  const rest = part.campaigns ? onlyCampaigns(planned, part.campaigns) : planned;
  const keep = part.keepMetrics;
  if (keep && rest.frame.metrics.some((m) => keep.includes(m)) && rest.calls[0]?.name === "query_metrics") {
    const metrics = rest.frame.metrics.filter((m) => keep.includes(m));
    const calls = rest.calls.map((c, i) => (i === 0 ? { ...c, args: { ...c.args, metrics } } : c));
    return {
      ...rest,
      calls,
      frame: { ...rest.frame, metrics },
      notes: [...new Set([...(rest.notes ?? []), part.note])],
    };
  }
  return { ...rest, notes: [...new Set([...(rest.notes ?? []), part.note])] };
}

/** The plan's metric query limited to `campaigns` (the call's filters and the frame's). */
function onlyCampaigns(plan: Plan & { kind: "tool_calls" }, campaigns: ReadonlyArray<string | number>) {
  const filter = { field: "campaign", op: "in" as const, values: [...campaigns] };
  const calls = plan.calls.map((c, i) =>
    // A growth race is answered as two halves (compare_periods): filtered the same way.
    i === 0 && (c.name === "query_metrics" || c.name === "compare_periods")
      ? { ...c, args: { ...c.args, filters: [...((c.args.filters as unknown[]) ?? []), filter] } }
      : c,
  );
  return { ...plan, calls, frame: { ...plan.frame, filters: [...plan.frame.filters, filter] } };
}
