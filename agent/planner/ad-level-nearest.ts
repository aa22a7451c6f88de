/**
 * fix16f: questions about ads below the campaign (creatives, single ads, keywords, search terms,
 * ad copy): the data stops at the campaign, so that part is declined in a note and the nearest real
 * figures are given: the campaigns ranked by the measure asked ("which ads make us money" -> campaigns
 * by ROAS), or, when the question names one campaign ("keywords in brand search", "creatives on the
 * Advantage+ campaign"), that campaign's own figures. A catalog of breakdowns to pick from would
 * leave the marketer with nothing.
 */

import type { DimensionValue, Frame, Plan } from "./types.ts";
import { unavailableBreakdown } from "./unavailable-breakdown.ts";
import type { UnavailablePart } from "./unavailable-part-intent.ts";

/** The ad-level nouns ("which ads", "creatives", "keywords") a question may ask by. */
const AD_LEVEL =
  /\b(?:(?:ad |search )?keywords?|search terms?|search queries|match types?|(?:ad )?creatives?|ad cop(?:y|ies)|headlines?|ad images?|image ads?|video ads?|ad variants?|ad formats?|individual ads|single ads|ads?)\b/g;

/** Advice asked of ads keeps its own reading (advice-intent.ts). */
const ADVICE =
  /\b(?:should|need to|kill|killing|turn off|turn on|pause|stop|shut|cut|scale|scaling|refresh|replace|swap|rotate|fatigue\w*|worn out|tired|budget)\b/;

/** A measure said in words, as the ranking the nearest answer uses. */
const MEASURES: readonly { words: RegExp; by: string }[] = [
  {
    words:
      /\b(?:(?:are|is|was|were) )?(?:mak(?:e|es|ing)|made|earn(?:s|ing|ed)?|bring(?:s|ing)? in|print(?:s|ing)?) (?:us |me |the )?(?:most |any |the most |more )?(?:money|profits?|cash)\b|\b(?:most )?(?:profitable|profitability|money makers?|pay(?:s|ing)? off|worth it)\b/g,
    by: "roas",
  },
  {
    words:
      /\b(?:(?:are|is|was|were) )?(?:convert(?:s|ing|ed)?|conversions?|(?:drive|drove|driving|get|got|bring|brought)s? (?:the )?(?:most )?(?:orders|sales|conversions))(?: (?:the )?(?:best|most|well))?\b/g,
    by: "orders",
  },
  // fix21a: "which ads are wasting money" (read as "underperforming", paraphrase.ts): the campaigns
  // from the lowest return on ad spend, not the best ones.
  {
    words:
      /\b(?:(?:are|is|was|were) )?(?:underperform\w*|under ?performing|losing (?:us )?money|unprofitable|(?:not|aren ?t|isn ?t) paying (?:off|for themselves))\b/g,
    by: "waste",
  },
];

/** fix21a: "any ads underperforming?", "are any of our ads losing money": ads as the rows, too. */
const ANY_WASTE =
  /\bany (?:of (?:our|the|my) )?(?:\S+ )?ads? (?:are |is )?(?:underperforming|losing (?:us )?money|unprofitable)\b/;

/** The stand-in question for each measure: the campaigns ranked by it. */
function standIn(by: string): string {
  if (by === "waste") return "which campaigns are underperforming";
  return by === "roas" || !by ? "best campaigns" : `top campaigns by ${by}`;
}

/** Organic search named ("organic", "seo"): a channel with no campaigns. */
const ORGANIC = /\b(?:organic|seo|google organic|unpaid search)\b/;
/** The channel and traffic words the organic nearest answer says itself. */
const ORGANIC_WORDS =
  /\b(?:organic|seo|search|traffic|visits?|visitors|sessions|driving|drive|drives|drove|bring(?:s|ing)?|brought|getting|get|gets|revenue|sales|most|for|from|to|in|on)\b/g;

/** Words that only frame the ask; what is left names the period and the campaign or channel. */
const FRAME_WORDS =
  /\b(?:which|what|whats|wich|whcih|wat|who|top|best|worst|highest|most|our|my|us|we|the|are|is|was|were|do|does|did|performed|performing|performs|perform|doing|done|working|work|works|well|better|good|show|me|tell|list|give|of|s|\d+)\b/g;

/**
 * The ad-level part of a question, or undefined when it asks for none (or only names a campaign
 * whose own name has such a word: "TikTok - Spark Ads - Trail Creators").
 * @example adLevelPart("which ads are making us money", new Set())?.rest // "top campaigns by roas"
 */
export function adLevelPart(text: string, ownWords: ReadonlySet<string>): UnavailablePart | undefined {
  const adSets = adSetPart(text);
  if (adSets) return adSets;
  const missing = unavailableBreakdown(text, ownWords);
  const plainAds =
    /\b(?:which|what|wich|wat|top|best|worst|top \d+|\d+ best|(?:most|least) \w+|(?:best|top|worst)[- ]\w+ing)(?: (?:meta|facebook|instagram|fb|ig|google|tiktok|linkedin|pinterest|snapchat|bing|youtube|display|search|social))? ads?\b(?! (?:campaigns?|accounts?|platforms?|channels?|networks?|types?|sets?|groups?|manager|spend|spent|budgets?|costs?|revenue|sales))/.test(
      text,
    );
  if (!plainAds && !ANY_WASTE.test(text) && missing?.label !== "ad creative" && missing?.label !== "keyword")
    return undefined;
  // Ads as the rows asked for ("which creatives", "top converting keywords", "creatives ranked by
  // ctr"), not a scope ("the return on video ads") or advice ("which ads should we kill").
  const asked = new RegExp(
    String.raw`\b(?:which|what|wich|wat|top|best|worst|most|least|highest|lowest|rank|show|list|compare)(?: \S+){0,2} (?:${AD_LEVEL.source.slice(2, -2)})\b|\b(?:${AD_LEVEL.source.slice(2, -2)}) (?:ranked|sorted|ordered|by|compared|that|which|with)\b`,
  );
  if (!(asked.test(text) || ANY_WASTE.test(text)) || ADVICE.test(text)) return undefined;
  const keyword = missing?.label === "keyword";
  let rest = text.replace(AD_LEVEL, " ");
  let by = "";
  for (const m of MEASURES)
    if (m.words.test(rest)) {
      by ||= m.by;
      rest = rest.replace(m.words, " ");
    }
  rest = rest.replace(FRAME_WORDS, " ").replace(/\s+/g, " ").trim();
  // lead25: organic keywords ("what keywords drive our organic traffic"): organic search has no
  // campaigns to stand in, so the nearest is the channel's own visits, orders and revenue.
  if (keyword && ORGANIC.test(text))
    return {
      rest: `organic search sessions orders and revenue ${rest.replace(ORGANIC_WORDS, " ")}`
        .replace(/\s+/g, " ")
        .trim(),
      note: "There is no keyword or search ranking data here (no search keywords, search terms or positions), so I can't say which keywords bring organic visits. The nearest is organic search as a channel: its sessions, orders and revenue.",
    };
  const what = keyword
    ? "There is no keyword data here (no search keywords or search terms), so I can't rank keywords."
    : "There is no ad or creative-level data here (no single ads, images, videos or ad copy), so I can't rank ads or creatives.";
  return {
    rest: `${standIn(by)} ${rest}`.trim(),
    note: `${what} The nearest is campaign level: here are the campaigns' figures.`,
  };
}

/** fix19c: the level between campaign and ad ("ad sets", "adgroups", PMax "asset groups"). */
const AD_SET = /\b(?:ad ?sets?|ad ?groups?|asset groups?)\b/g;
const AD_SET_ASKED = new RegExp(
  String.raw`\b(?:which|what|wich|wat|top|best|worst|most|least|highest|lowest|rank|show|list|compare|each|every|by|per)(?: \S+){0,2} (?:${AD_SET.source.slice(2, -2)})\b|\b(?:${AD_SET.source.slice(2, -2)}) (?:ranked|sorted|ordered|by|compared)\b`,
);

/**
 * fix19c: ad sets (or ad groups) asked as the rows ("which ad set has the best ctr"): the data
 * stops at the campaign, so that is said and the campaigns ranked by the same measure stand in.
 * @example adSetPart("which ad set has the best ctr")?.rest // "best campaigns has ctr"
 */
function adSetPart(text: string): UnavailablePart | undefined {
  if (!AD_SET_ASKED.test(text) || ADVICE.test(text)) return undefined;
  let rest = text.replace(AD_SET, " ");
  let by = "";
  for (const m of MEASURES)
    if (m.words.test(rest)) {
      by ||= m.by;
      rest = rest.replace(m.words, " ");
    }
  rest = rest.replace(FRAME_WORDS, " ").replace(/\s+/g, " ").trim();
  return {
    rest: `${standIn(by)} ${rest}`.trim(),
    note: "There is no ad set or ad group data here (figures stop at the campaign), so I can't rank ad sets. The nearest is campaign level: here are the campaigns' figures.",
  };
}

/**
 * When the nearest answer ranks campaigns inside one named campaign ("keywords in brand search"),
 * that campaign's own figures instead (a ranking of one row answers nothing), over the same period,
 * with its note naming the campaign.
 */
export function oneCampaignFrame(
  plan: Plan,
  part: UnavailablePart,
  values: readonly DimensionValue[],
): { frame: Frame; note: string } | undefined {
  if (plan.kind !== "tool_calls" || plan.calls[0]?.name !== "query_metrics") return undefined;
  const ids = plan.frame.filters.find((f) => f.field === "campaign" && f.op === "in")?.values ?? [];
  if (ids.length !== 1 || !plan.frame.dimensions.includes("campaign")) return undefined;
  const label = values.find((v) => v.dimension === "campaign" && v.value === String(ids[0]))?.label;
  if (!label) return undefined;
  const frame: Frame = {
    ...plan.frame,
    intent: "query",
    dimensions: plan.frame.dimensions.filter((d) => d !== "campaign"),
    metrics: [...new Set([...plan.frame.metrics, "revenue", "spend", "roas", "orders"])],
    excludeNone: undefined,
    limit: undefined,
    order: undefined,
  };
  return {
    frame,
    note: part.note.replace("here are the campaigns' figures", `here are ${label}'s own figures`),
  };
}
