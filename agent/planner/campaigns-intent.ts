/**
 * Campaigns as things with attributes (fix6a): "list our campaigns with their daily budget and
 * objective", "which campaigns are awareness campaigns", "what's the daily budget on the brand
 * search campaign", "how many campaigns do we run on meta" are answered from the campaign table
 * (the campaigns tool, analysis 'list'), not read as a budget split or a metric by campaign. And
 * spend against budget ("did any campaign overspend its daily budget in october", "spend vs budget
 * by campaign") is the campaigns tool's pacing: daily budgets over the live days with the
 * recorded planned changes applied (core/budget/pacing.ts).
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { frameFor } from "./frame.ts";
import { maskModels } from "./models.ts";
import { asksOverCap } from "./over-cap.ts";
import { asksOnPace, asksPaceAhead, asksPacing, asksSpendPaceAhead } from "./pacing-intent.ts";
import type { ParsedQuestion } from "./parse.ts";
import { latestWithData } from "./period-settle.ts";
import { extractTime } from "./time.ts";
import type { DimensionValue, Frame, FrameFilter, PlannedCall } from "./types.ts";
import { fixWordTypos } from "./word-typos.ts";

/** An attribute of a campaign as stored (not a metric): its budget setting, objective, dates. */
const ATTRIBUTE =
  /\b(?:daily budgets?|budgets? (?:per|a|each) day|budget (?:settings?|caps?|amounts?|levels?)|(?:campaign )?objectives?|goals? (?:set|type)|start(?:ed)? dates?|end(?:ed)? dates?|launch dates?|(?:when|what day) (?:did|does|do) (?:\w+ ){0,6}(?:start|launch|end|stop)|(?:set up|set) (?:as|for|with)|campaign types?|what platforms? (?:is|are|does)|which platforms? (?:is|are|does))\b/;

/** A listing of campaigns: "list our campaigns", "what campaigns do we have", "which campaigns are live". */
const LISTING =
  /\b(?:(?:list|show|give|tell|pull|send)(?: me| us)?(?: up)? (?:a list of |a table of |an overview of |the list of )?(?:all )?(?:of )?(?:our |the |my |all )?(?:(?:active|live|current|running|paused|ended|old|past|existing|paid) )?campaigns(?! by\b)|(?:what|which) campaigns (?:do|did) (?:we|i) (?:have|run|running|got)|(?:what|which) (?:\w+ ){0,2}campaigns (?:do we have|have we got|(?:are|were) (?:still |currently |now )?(?:live|active|running|paused|ended|on|in|set up|currently))|(?:what|which) (?:campaigns|ones) (?:are|were|have) (?:an? |the )?(?:\w+ )?(?:objective|goal)|(?:which|what) (?:of our )?campaigns (?:are|were) (?:\w+ )?(?:campaigns|ones)|campaign (?:list|inventory|roster|setup|settings)|(?:all|every) (?:(?:of )?our )?campaigns (?:we have|with their|and their))\b/;

/** How many campaigns: a count of the list. */
const COUNTING =
  /\bhow many (?:(?:active|live|running|different|separate|paid|ad|\w+) )?campaigns\b(?! (?:spent|drove|brought|got|had|made|generated|were profitable|lost|beat|hit|are (?:profitable|unprofitable|losing)|have (?:a )?(?:roas|cpa|ctr)))/;

/** Words that ask for a budget plan or a performance figure, never the campaign table. */
const NOT_A_LISTING =
  /\b(?:split|allocat\w*|realloc\w*|recommend\w*|should|optimi[sz]\w*|what if|increase|raise|cut|move|shift|best|worst|top|perform\w*|results?|roas|cpa|revenue|sales|spend|spent|spending|conversions?|orders?|clicks?|ctr|cpc|profit\w*|unprofit\w*|losing|los[et]|wast\w*|underperform\w*|overperform\w*|money|efficien\w*|return|how (?:did|does|is|are) .* (?:do|doing|perform))\b/;

/**
 * "did any campaign overspend its daily budget", "campaigns over budget in october", "went over
 * their daily budgets": spend above a budget, which the pacing answer covers (before profitability
 * reads "overspending" as past break-even).
 */
const OVER_BUDGET =
  /\b(?:over ?spen[dt]\w*|exceed\w*|went over|go(?:ne|es|ing)? over|ran over|run(?:ning)? over|bl[eo]w(?:s|ing|n)? (?:through|past)|above|beyond|more than) (?:\w+ ){0,2}(?:daily |set |campaign |allotted |allocated )budgets?\b|\b(?:over ?spen[dt]\w*|exceed\w*|went over|go(?:ne|es|ing)? over|ran over|bl[eo]w(?:s|ing|n)? (?:through|past)) (?:their|its|the|our) budgets?\b|\bcampaigns? (?:\w+ ){0,2}(?:over|under) (?:the |their |its )?(?:daily |set )?budgets?\b|\b(?:spen[dt]\w*|ran|run|runs|running|delivered|charged|billed) (?:\w+ ){0,1}(?:over|above|past|beyond|in excess of) (?:the |their |its |our |each |a )?(?:daily |set |campaign )?(?:budgets?|caps?|limits?)\b|\b(?:over|under) (?:their |its )?(?:daily )?budgets? (?:campaigns?|on (?:any|which|what))\b/;

const DAILY_BUDGET = /\b(?:daily budgets?|budgets? (?:per|a|each) day)\b/g;
const OTHER_SERIES =
  /\b(?:by|per|each|every|over the) (?:day|days|week|weeks|month|months)\b|\b(?:weekly|monthly|over time|trend\w*|day by day)\b/;

/** What a campaigns question asks of the tool. */
export interface CampaignsAsk {
  analysis: "list" | "pacing" | "change" | "holdout" | "planned";
  /**
   * Change: when the user says the change happened; holdout: only holdouts overlapping it;
   * planned: only planned changes overlapping it (sent as the period).
   */
  around?: { from: string; to: string } | undefined;
  filters: FrameFilter[];
  status?: "live" | "ended" | undefined;
  /** Holdout (leftD): "the 2 weeks before vs the 2 weeks after it": days on each side of the holdout. */
  sideDays?: number | undefined;
}

const STATUS_LIVE = /\b(?:active|live|running|currently (?:running|on)|still (?:running|on)|on right now)\b/;
const STATUS_ENDED = /\b(?:ended|finished|stopped|old|past|expired|no longer running)\b/;

/** A target or goal named (the organization's targets; "budget" is the campaigns' own cap). */
const TARGET_NOT_BUDGET = /\b(?:targets?|goals?|kpis?)\b/;

/**
 * Whether the question asks for spend against campaign budgets (pacing, or over-budget days).
 * @example asksCampaignPacing("any campaigns overspending their daily budget in oct") // true
 */
export function asksCampaignPacing(text: string): boolean {
  return asksPacing(text) || OVER_BUDGET.test(text) || asksOverCap(text);
}

/**
 * A question about campaigns as things (their list, count, budget setting or objective).
 * @example readCampaignList(parseQuestion("which campaigns are awareness campaigns", ctx)) // { analysis: "list", ... }
 */
export function readCampaignList(p: ParsedQuestion): CampaignsAsk | undefined {
  const t = p.text;
  // "daily budget" reads as a daily series to the trend reader: a setting, not a series.
  const settings = t.replace(DAILY_BUDGET, "daily-budget");
  const series = p.trend.trend && !(settings !== t && !OTHER_SERIES.test(settings));
  if (p.metrics.length > 0 || p.ranking || series) return undefined;
  const named = p.dims.filters.some((f) => f.field === "campaign" && f.op === "in");
  const asksAttribute = ATTRIBUTE.test(t) && (named || /\bcampaigns?\b/.test(t));
  const asksList = LISTING.test(t) || COUNTING.test(t);
  if (!asksAttribute && !asksList) return undefined;
  // "daily budget" is an attribute; other budget words ask for a plan.
  if (NOT_A_LISTING.test(t.replace(DAILY_BUDGET, ""))) return undefined;
  // A period names performance ("campaigns in october"), except for what ran then.
  if (p.time.period && !/\b(?:live|active|running|ran|run)\b/.test(t)) return undefined;
  const status = STATUS_ENDED.test(t) ? "ended" : STATUS_LIVE.test(t) ? "live" : undefined;
  const filters = p.dims.filters.filter(isListFilter);
  // A bare "list our campaigns" keeps its answer: the names with their ids (list_dimension_values).
  if (!asksAttribute && !COUNTING.test(t) && !status && filters.length === 0) return undefined;
  return { analysis: "list", filters, status };
}

const LIST_FIELDS = new Set(["channel", "platform", "campaign", "campaign_objective"]);
const isListFilter = (f: FrameFilter) => f.op === "in" && LIST_FIELDS.has(f.field);

/** "after we raised its budget", "since we paused it", "following the budget cut": a change to something. */
const CHANGE_CLAUSE =
  /\b(?:after|since|once|following|when)\s+(?:we|they|i|you|someone)\s+(?:raised|bumped(?:\s+up)?|increased|upped|doubled|tripled|cut|slashed|lowered|reduced|halved|changed|boosted|scaled\s+(?:up|down)|dropped|paused|restarted|relaunched|turned\s+(?:on|off))\s+(?:the|its|their|our|it|them|that|this)\b|\b(?:after|since|once|following|when)\s+(?:we|they|i|you|someone)\s+(?:raised|bumped(?:\s+up)?|increased|upped|doubled|tripled|cut|slashed|lowered|reduced|halved|boosted)\s+(?:[\w+&'-]+\s+){1,3}?(?:budgets?|spend(?:ing)?)\b|\b(?:after|since|following)\s+(?:the|its|their|our)\s+(?:budget\s+)?(?:raise|increase|bump|cut|change|boost|reduction|pause)\b|\bthe\s+(?:budget\s+)?(?:raise|increase|bump|cut|boost|reduction)\s+(?:on|to|for|of)\b/;
/**
 * fix7b: the change told without "after": "the X budget went up on jul 6", "we doubled X's budget
 * in july", "X's spend was cut 30% in may": a budget moved, passive or active.
 */
const BUDGET_MOVED =
  /\b(?:budgets?|spend|daily cap)\s+(?:went (?:up|down)|(?:was|got|were) (?:raised|increased|bumped(?: up)?|upped|doubled|tripled|cut|slashed|lowered|reduced|halved|changed|boosted|scaled (?:up|down)|dropped)|(?:was|were) (?:moved|taken) (?:up|down)|increased|rose|jumped|doubled|dropped)\b|(?:\b(?:we|they|i|you|someone)\s+|^)(?:raised|bumped(?: up)?|increased|upped|doubled|tripled|cut|slashed|lowered|reduced|halved|boosted|scaled (?:up|down))\s+(?:the\s+|our\s+)?(?:[\w+&'-]+\s+){0,5}?(?:budgets?|daily cap|spend(?:ing)?)\b|\b(?:got|was given|received) (?:a |an )?(?:bigger|larger|higher|smaller|lower|extra|more) (?:daily )?budget\b|\b(?:we|they|i|you|someone)\s+(?:(?:moved|shifted|reallocated)\s+(?:more\s+|some\s+|extra\s+|a lot of\s+|a chunk of\s+)?|(?:pushed|poured|put|threw)\s+(?:more|extra|additional)\s+)(?:the\s+|our\s+)?(?:[\w&'-]+\s+){0,2}?(?:budget|spend|money|dollars|cash)\s+(?:into|to|toward|towards|onto|on|from)\b/;
/**
 * fix8b: a planned test named as a thing: "the paid social spend boost test in june", "our
 * display budget cut experiment", "the affiliate budget flight": the recorded flight's before and
 * after (the campaigns tool's 'change' takes its dates from the planned changes).
 */
const BUDGET_TEST =
  /\b(?:(?:budget|spend|spending)\s+(?:increase|raise|boost|bump|uplift|lift|scale[- ]?up|cut|decrease|reduction|drop|flight|change|push)\s+(?:tests?|experiments?|trials?|flights?)|(?:budget|spend|spending)\s+(?:tests?|experiments?|flights?)|(?:increase|raise|boost|scale[- ]?up|cut|decrease)\s+(?:the\s+|our\s+)?(?:budget|spend)\s+(?:tests?|experiments?|trials?))\b/;
/**
 * fix9c: a past budget move named as a thing, without "test": "was the affiliate budget bump in
 * september worth it", "did raising display spend in july pay off". With an outcome asked and a
 * past period, the recorded change is read, never a plan for the next such month.
 */
const BUDGET_MOVE_NAMED =
  /\b(?:the|our|that|this|last)\s+(?:[\w&'-]+\s+){0,3}?(?:budget|spend|spending)\s+(?:increase|raise|boost|bump|uplift|lift|push|surge|scale[- ]?up|cut|decrease|reduction|drop)s?\b|\b(?:the|our|that|this)\s+(?:extra|additional|increased|higher|bigger|reduced|lower|smaller)\s+(?:[\w&'-]+\s+){0,3}?(?:budget|spend|spending)\b|\b(?:raising|bumping(?: up)?|increasing|upping|boosting|doubling|cutting|lowering|reducing|halving|scaling (?:up|down))\s+(?:the\s+|our\s+)?(?:[\w&'-]+\s+){0,3}?(?:budgets?|spend|spending)\b|\b(?:raising|bumping(?: up)?|increasing|upping|boosting|doubling|cutting(?: back)?(?: on)?|lowering|reducing|halving|scaling (?:up|down|back)(?: on)?|throttling(?: back)?)\s+(?:the\s+|our\s+)?(?:paid search|paid social|display|affiliates?|meta|facebook|tiktok|google ads)\b|\b(?:(?:moving|shifting|reallocating)\s+(?:more\s+|some\s+|extra\s+)?|(?:pushing|putting|pouring)\s+(?:more|extra|additional)\s+)(?:the\s+|our\s+)?(?:budget|spend|money|dollars|cash)\s+(?:into|to|toward|towards|onto|from)\b|\b(?:the|our|that|this)\s+(?:[\w&'-]+\s+){0,3}?(?:budget|spend|spending)\s+(?:shift|move|reallocation|switch)\s+(?:to|into|toward|towards|from)\b|\b(?:the|our|that|this)\s+(?:paid search|paid social|display|affiliates?|meta|facebook|tiktok|google ads|google)\s+(?:budget\s+|spend\s+)?(?:cut|increase|raise|boost|bump|push|pullback|pull back|reduction|surge)\b/;
/** Asking what the change did (para21: "did the ... budget bump in july work", the change taken out between). */
const OUTCOME =
  /\b(?:what happened|what did\b.{0,60}\b(?:do|show|find|bring|return|deliver|achieve|produce|earn|tell (?:us|me))|how (?:it|that|this) went|readout|read-out|learn\w*|outcome\w*|how did|how has|how have|how is|how are|did (?:it|that|this|the \w+) (?:help|work|pay)|did\b.{0,40}\b(?:work|help)(?! out)|impact|effect|results?|worth it|pay(?:s|ing)? off|paid off|pa(?:y|id|ys) for (?:itself|themselves)|earn(?:ed)? (?:its|their) keep|(?:a )?(?:good|bad|smart|right|wrong) (?:call|idea|decision|move)|justif\w*|help(?:ed)?|change[ds]?|differen\w*|before and after|h[eo]ld(?:ing)? up|(?:move|moved|shift|shifted|dent|dented|hurt|hit|affect|affected|budge|budged)(?: (?:the|our))? (?:(?:total|overall|store|sitewide|top ?line|blended) )?(?:revenue|sales|orders|conversions|numbers|needle))\b/;

/**
 * fix13c: what the change earned, in measurement words ("the lift from the affiliate budget bump",
 * "incremental revenue from raising search spend", "what did we get for the extra display
 * budget"): the recorded change's before and after with its marginal return. Read as a budget
 * plan, the month named was the coming one and the answer split a budget nobody asked about.
 */
const LIFT =
  /\b(?:lift|uplift|incremental(?:ity)?|gains?|roi|return(?:s|ed)?|payback|what (?:did )?(?:we|it) (?:get|got|gain(?:ed)?)|what (?:we|it) (?:got|gained)|(?:get|got) (?:us|back)|yield(?:ed)?|generat(?:e|ed)|dr(?:o|i)ve|(?:bring|brought|produce|produced|deliver|delivered|add|added|create|created|make|made)(?: (?:in|us|back))? (?:any |more |extra |additional |incremental |new |real )?(?:sales|revenue|orders|conversions|customers|money)|more (?:sales|revenue|orders|conversions) or (?:just|only))\b/;
/** A plan or a what-if ("would a budget increase lift revenue"): not a past change's readout. */
const AHEAD = /\b(?:would|will|should|could|next|if we|plan(?:ning)?|upcoming|coming)\b/;

/** fix13c: a budget change named ("the search budget cut", "after we raised its budget"): a change, not a holdout. */
export function namesBudgetChange(text: string): boolean {
  return [CHANGE_CLAUSE, BUDGET_MOVED, BUDGET_TEST, BUDGET_MOVE_NAMED].some((r) => r.test(text));
}

/** Whether the words left after the change ask what it earned, of a change in the past. */
function asksLiftOfPastChange(rest: string): boolean {
  return LIFT.test(rest) && !AHEAD.test(rest);
}

/**
 * "what happened to X after we raised its budget in july", "did pausing the budget cut on Y help":
 * that campaign (two or three at most) before and after the change.
 */
export function readCampaignChange(
  p: ParsedQuestion,
  question: string,
  dataEnd?: string,
): CampaignsAsk | undefined {
  const q = fixWordTypos(normalizeSpaces(question.toLowerCase()));
  const clause = CHANGE_CLAUSE.test(q)
    ? CHANGE_CLAUSE
    : BUDGET_MOVED.test(q)
      ? BUDGET_MOVED
      : BUDGET_TEST.test(q)
        ? BUDGET_TEST
        : BUDGET_MOVE_NAMED.test(q)
          ? BUDGET_MOVE_NAMED
          : undefined;
  if (!clause) return undefined;
  const rest = q.replace(clause, " ");
  if (!(OUTCOME.test(rest) || asksLiftOfPastChange(rest))) return undefined;
  if (p.trend.trend || p.ranking) return undefined;
  const ids = p.dims.filters.find((f) => f.field === "campaign" && f.op === "in")?.values ?? [];
  const named = p.dims.filters.find((f) => f.field === "channel" && f.op === "in")?.values ?? [];
  const namedPlatforms = p.dims.filters.find((f) => f.field === "platform" && f.op === "in")?.values ?? [];
  // lead24: "we shifted money from display to paid social in may": the side money went to is the
  // change asked about (its spend rose); the side it left is the source.
  const receiving = ids.length === 0 ? receivingSide(q, named, namedPlatforms) : undefined;
  const channels = receiving ? (receiving.field === "channel" ? [receiving.value] : []) : named;
  // "the display prospecting budget": the channel narrows the campaigns its other words name (the
  // tool keeps the campaigns of that channel), so more than three names are fine then.
  const narrowed = ids.length > 0 && channels.length === 1;
  // fix18f: "we doubled our tiktok budget in august": a platform alone is the change's scope.
  const platforms = receiving ? (receiving.field === "platform" ? [receiving.value] : []) : namedPlatforms;
  // A change still to make ("predict the effect of raising meta 50% in december") is a what-if.
  const ahead =
    /\b(?:predict\w*|forecast\w*|what if|would|will|if we|should we|could we|expect\w*|project\w*|next|upcoming|coming)\b/.test(
      q,
    ) &&
    !/\b(?:we|they|i)\s+(?:raised|cut|doubled|tripled|increased|reduced|halved|upped|bumped|boosted|lowered|slashed)\b/.test(
      q,
    );
  const byPlatform = !ahead && ids.length === 0 && channels.length === 0 && platforms.length === 1;
  if (byPlatform) {
    const when = pastPeriodOf(p, dataEnd) ?? p.time.period;
    if (!when) return undefined;
    return {
      analysis: "change",
      filters: [{ field: "platform", op: "in", values: [...platforms] }],
      around: { from: when.from, to: when.to },
    };
  }
  if ((ids.length > 3 && !narrowed) || (ids.length === 0 && channels.length !== 1)) return undefined;
  // Budget words made the parser read "september" as the coming one: a change is in the past.
  const when = pastPeriodOf(p, dataEnd) ?? p.time.period;
  if (!when) return undefined;
  const channel: FrameFilter = { field: "channel", op: "in", values: [...channels] };
  const filters: FrameFilter[] = ids.length
    ? [{ field: "campaign", op: "in", values: [...ids] }, ...(narrowed ? [channel] : [])]
    : [channel];
  return { analysis: "change", filters, around: { from: when.from, to: when.to } };
}

const normalizeSpaces = (s: string) => s.replace(/\s+/g, " ").trim();

/** Words that name where moved money went: "to paid social", "into tiktok", "toward affiliates". */
const TO_SIDE = String.raw`\b(?:to|into|toward|towards|onto)\s+(?:the\s+|our\s+|more\s+)?`;

/**
 * The side money moved to when a move names two (a channel or platform each, "from display to
 * paid social"); undefined when the question names one side or another shape.
 */
function receivingSide(
  q: string,
  channels: readonly (string | number | null)[],
  platforms: readonly (string | number | null)[],
): { field: "channel" | "platform"; value: string } | undefined {
  const sides = [
    ...channels.map((v) => ({ field: "channel" as const, value: String(v) })),
    ...platforms.map((v) => ({ field: "platform" as const, value: String(v) })),
  ];
  if (sides.length !== 2 || !/\bfrom\b/.test(q)) return undefined;
  const went = sides.filter((s) => new RegExp(TO_SIDE + spokenNameOf(s.value)).test(q));
  return went.length === 1 ? went[0] : undefined;
}

/** A channel or platform key as it is typed: "paid_social" -> "paid social", "tiktok_ads" -> "tiktok", "affiliate" -> "affiliates?". */
function spokenNameOf(key: string): string {
  const words = key.replace(/_ads$/, "").replace(/_/g, " ");
  return `${words === "meta" ? "(?:meta|facebook|instagram)" : words === "google" ? "google" : words}s?\\b`;
}

/** The pacing ask: the question's channel, platform, objective or campaign filters. */
export function readCampaignPacing(p: ParsedQuestion): CampaignsAsk | undefined {
  // fix16e: "pacing vs target for spend and revenue", "are we pacing to our revenue goal": the
  // organization's targets (query_metrics carries each check), not spend against campaign budgets.
  if (TARGET_NOT_BUDGET.test(p.text) && !/\bbudget/.test(p.text)) return undefined;
  return asksCampaignPacing(p.text) || spendPaceAhead(p)
    ? { analysis: "pacing", filters: p.dims.filters.filter(isListFilter) }
    : undefined;
}

/**
 * leftB: "are we on pace for december", "pacing for q1": forward pacing with no budget word, of a
 * month, quarter or year running or ahead (a past day, "on track for black friday", is not spend
 * against a budget).
 */
function spendPaceAhead(p: ParsedQuestion): boolean {
  const period = p.time.period;
  const unit = period?.unit;
  return Boolean(
    asksSpendPaceAhead(p.text) &&
      period &&
      period.to >= p.today &&
      (unit === "month" || unit === "quarter" || unit === "year"),
  );
}

/** Pacing is about the past: budget words made the parser read "october" as the coming one. */
export function pastPeriodOf(p: ParsedQuestion, dataEnd: string | undefined) {
  return extractTime(maskModels(p.text), p.today, "past", dataEnd).period;
}

/** The campaigns call of an ask (one value per single-valued filter; ids for campaigns). */
export function campaignsCall(
  ask: CampaignsAsk,
  period: { from: string; to: string } | undefined,
): PlannedCall {
  const one = (field: string) => {
    const f = ask.filters.find((x) => x.field === field);
    return f && f.values.length === 1 ? String(f.values[0]) : undefined;
  };
  const ids = ask.filters.find((f) => f.field === "campaign")?.values.map(Number);
  const channel = one("channel");
  const platform = one("platform");
  const objective = one("campaign_objective");
  return {
    name: "campaigns",
    args: {
      analysis: ask.analysis,
      ...(ask.analysis === "pacing" && period ? { period: { from: period.from, to: period.to } } : {}),
      ...(ask.analysis === "planned" && ask.around ? { period: ask.around } : {}),
      ...((ask.analysis === "change" || ask.analysis === "holdout") && ask.around
        ? { around: ask.around }
        : {}),
      // A named campaign already fixes its channel and platform.
      ...(ids?.length ? { campaigns: ids } : {}),
      // A change's channel beside its campaigns narrows them (readCampaignChange).
      ...(channel && (!ids?.length || ask.analysis === "change") ? { channel } : {}),
      ...(platform && !ids?.length ? { platform } : {}),
      ...(objective ? { objective } : {}),
      ...(ask.status ? { status: ask.status } : {}),
      ...(ask.analysis === "holdout" && ask.sideDays ? { sideDays: ask.sideDays } : {}),
    },
  };
}

/**
 * The frame of a campaigns ask: pacing over the past period the question names (the last 30 days
 * of data when none), the list with no period.
 */
export function campaignsFrame(
  p: ParsedQuestion,
  ask: CampaignsAsk,
  catalog: Catalog,
  dataEnd?: string,
): Frame {
  const frame = frameFor("campaigns", p, catalog);
  // fix8b: "on pace for the november budget" asks of the month running or ahead, not a year back.
  const ahead =
    ask.analysis === "pacing" &&
    (asksOnPace(p.text) || asksPaceAhead(p.text)) &&
    p.time.period &&
    p.time.period.to >= p.today;
  const past = ask.analysis === "pacing" && !ahead ? pastPeriodOf(p, dataEnd) : undefined;
  const framed: Frame = {
    ...frame,
    metrics: ask.analysis === "pacing" ? ["spend"] : [],
    dimensions: ["campaign"],
    filters: ask.filters,
    period: past ?? frame.period,
    grain: undefined,
    campaigns: ask,
  };
  // fix7c: "are we on budget so far this month" on the 1st: the month has no spend yet, so the
  // latest whole month is paced instead, with the line that says so (never an empty range).
  return ask.analysis === "pacing" ? latestWithData(framed, p) : framed;
}

/**
 * The question with the words of the campaigns it names taken out, or undefined when it names
 * none: "cpa for retargeting cart abandoners by month" names 'Retargeting - Cart Abandoners 14d',
 * so its "cart" is the campaign's name, not the funnel's cart step.
 * @example withoutCampaignNames(p, values) // "cpa for by month"
 */
export function withoutCampaignNames(
  p: ParsedQuestion,
  values: readonly DimensionValue[],
): string | undefined {
  const ids = new Set(
    p.dims.filters
      .filter((f) => f.field === "campaign" && f.op === "in")
      .flatMap((f) => f.values.map(String)),
  );
  if (ids.size === 0) return undefined;
  const words = new Set(
    values
      .filter((v) => v.dimension === "campaign" && ids.has(v.value))
      .flatMap((v) => [v.label, ...v.aliases])
      .flatMap((s) => s.toLowerCase().split(/[^a-z0-9]+/))
      .filter(Boolean),
  );
  return p.text
    .split(/\s+/)
    .filter((w) => !words.has(w.replace(/[^a-z0-9]/g, "")))
    .join(" ");
}

const nameWordsOf = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * A channel or platform the question names only inside a named campaign's name is no filter:
 * "the gift guide carousel vs the display gift guide" names 'Holiday25 - Display - Gift Guide', and
 * a Display filter would drop the carousel (a Paid Social campaign) from the comparison. In place.
 */
export function dropFiltersInsideCampaignNames(p: ParsedQuestion, values: readonly DimensionValue[]): void {
  const ids = new Set(
    p.dims.filters
      .filter((f) => f.field === "campaign" && f.op === "in")
      .flatMap((f) => f.values.map(String)),
  );
  // A few campaigns named one by one; a partial name matching many is narrowed by the channel.
  if (ids.size < 2 || ids.size > 3) return;
  const names = values
    .filter((v) => v.dimension === "campaign" && ids.has(v.value))
    .map((v) => new Set(nameWordsOf(v.label)));
  const inside = (field: string, value: string | number) => {
    const v = values.find((x) => x.dimension === field && x.value === String(value));
    const words = v ? nameWordsOf(v.label) : [];
    const holds = (n: Set<string>) => words.every((w) => n.has(w));
    // Inside one name and missing from another: the filter would drop a campaign asked for.
    return words.length > 0 && names.some(holds) && !names.every(holds);
  };
  p.dims.filters = p.dims.filters.filter(
    (f) =>
      !(
        (f.field === "channel" || f.field === "platform") &&
        f.op === "in" &&
        f.values.every((x) => inside(f.field, x))
      ),
  );
}
