/**
 * fix14a: whether named campaigns paid for themselves ("did the summer camping video and the
 * festival campaign break even", "was the gift guide carousel profitable at our margin"). Read
 * alone, the break-even words went to the catalog search, or the figures came without the verdict
 * asked of them. The answer is break-even ROAS at the organization's margin (the profitability
 * tool's break_even analysis) and the campaigns' own spend, attributed revenue and ROAS over their
 * runs, each row to be held against it; the model is the organization's default, named in the answer.
 */
import { CAMPAIGN_BREAK_EVEN_NOTE, CAMPAIGN_LOSSES_NOTE } from "../present/campaign-break-even-verdict.ts";
import { assembleCalls } from "./assemble.ts";
import { statedMargin } from "./budget-margin.ts";
import { campaignPeriod, frameFor } from "./frame.ts";
import { normalize } from "./normalize.ts";
import type { Reading } from "./pipeline/types.ts";
import { profitabilityCall } from "./profitability-intent.ts";
import type { Frame, FrameFilter, Period, Plan } from "./types.ts";
import { asksWorth } from "./worth-it.ts";

/** Break-even asked in words: "broke even", "paid off", "profitable", "made money". */
const BREAK_EVEN_WORDS =
  /\b(?:broke|break|breaks|breaking) ?even\b|\bprofitable\b|\bpa(?:y|ys|id|ying) (?:off|for (?:it|itself|themselves))\b|\b(?:make|made|making|lose|lost|losing) money\b|\bin the (?:black|red)\b/;

/**
 * fix19a: whether a named campaign worked, asked with a plain verb ("did the trail creators
 * campaign work", "has the lookalike one worked", "is the cashback campaign working", "did it do
 * its job"): the same verdict as break-even (its ROAS over its run against break-even at the
 * margin). Without it the verb fell to the catalog search ("no metric called work"). "How does X
 * work" asks what it is, "did X stop working" is its weekly series (stopped-working-intent.ts),
 * and "work with" / "work for" are other asks.
 */
const WORKED =
  /^(?!.*\bhow (?:does|do|did|will|would)\b)(?!.*\b(?:stop(?:ped|s)?|quit|ceased?|no longer|not) work)(?!.*\bwork(?:ing)? (?:on|with|for|again)\b).*\b(?:did|has|have|had|is|are|was|were)\b.{0,80}?\b(?:work(?:ed|ing)?(?: out)?|do(?:ing)? (?:its|their) job|deliver(?:ed|ing)?|succeed(?:ed)?|perform(?:ed)? (?:well|ok|okay)|a (?:success|flop|failure|dud)|any good)\s*(?:or not|at all|then|really|for us|this (?:summer|year)|last \w+|in \w+)?\s*$/;

/** fix19a: a channel asked about as a whole: "how are the affiliates doing", "hows display going". */
const HOW_IT_GOES =
  /\bhow(?: s| is| are|s| r| has| have)\b.{0,40}\b(?:doing|going|performing|looking|gone|done|getting on)\b|\boverall\b|\b(?:performance|overview)\b/;

/** The span of the campaigns' flights (first to last day with spend), when every one has one. */
function flightsOf(r: Reading, values: readonly (string | number)[]): Period | undefined {
  const flights = values.map(
    (v) =>
      r.ctx.dimensionValues.find((d) => d.dimension === "campaign" && String(d.value) === String(v))?.flight,
  );
  if (!flights.length || flights.some((f) => !f)) return undefined;
  const from = flights.map((f) => f!.from).sort()[0]!;
  const to = flights
    .map((f) => f!.to)
    .sort()
    .at(-1)!;
  return { from, to, label: "the campaigns' runs" };
}

/** The plan of a break-even question about up to five named campaigns, else undefined. */
export function readCampaignBreakEven(r: Reading): Plan | undefined {
  // The question as asked too: "pay for itself" is read as ROAS before the text gets here.
  const asked = normalize(r.question);
  if (
    !BREAK_EVEN_WORDS.test(r.p.text) &&
    !BREAK_EVEN_WORDS.test(asked) &&
    !WORKED.test(asked) &&
    !asksWorth(r.question)
  )
    return undefined;
  const named = r.p.dims.filters.find((f) => f.field === "campaign" && f.op === "in");
  const narrowed = named ? undefined : channelLessCampaigns(r.p.dims.filters);
  if (narrowed)
    return breakEvenPlan(r, narrowed, r.p.time.period ? undefined : campaignPeriod(r.p.today, r.p.dataEnd));
  if (!named || !("values" in named) || named.values.length > 5) return undefined;
  const base = frameFor("query", r.p, r.ctx.catalog);
  const period = r.p.time.period ? base.period : (flightsOf(r, named.values) ?? base.period);
  // fix19a: the channel asked about as a whole beside one of its campaigns ("how is display going,
  // is the remarketing one worth keeping"): every campaign of that channel, each judged, the named
  // one among them.
  const holder = r.p.dims.filters.find(
    (f) => (f.field === "channel" || f.field === "platform") && f.op === "in" && f.values.length === 1,
  );
  const whole = holder && HOW_IT_GOES.test(asked) ? holder : undefined;
  // Platform words said beside a campaign ("the video one on meta") name the campaign, not a filter.
  return breakEvenPlan(r, [whole ?? named], period);
}

/**
 * lead26: a channel's campaigns but some ("non brand search": paid search but the brand campaign),
 * the two filters the question's words left, judged the same way campaign by campaign.
 */
function channelLessCampaigns(filters: readonly FrameFilter[]): FrameFilter[] | undefined {
  const holder = filters.find((f) => (f.field === "channel" || f.field === "platform") && f.op === "in");
  const but = filters.find((f) => f.field === "campaign" && f.op === "not_in");
  return holder && but && filters.length === 2 ? [holder, but] : undefined;
}

/** Break-even, then the campaigns' spend, attributed revenue and ROAS, best first. */
function breakEvenPlan(r: Reading, filters: FrameFilter[], period: Period | undefined): Plan {
  const base = frameFor("query", r.p, r.ctx.catalog);
  const frame: Frame = {
    ...base,
    intent: "query",
    metrics: ["spend", "attributed_revenue", "roas"],
    dimensions: ["campaign"],
    filters,
    excludeNone: ["campaign"],
    order: { field: "roas", direction: "desc" },
    limit: undefined,
    period: period ?? base.period,
  };
  return {
    kind: "tool_calls",
    intent: "query",
    // Break-even first, the threshold the rows are held against; the campaigns' rows are the table.
    calls: [profitabilityCall(frame, "break_even"), ...assembleCalls(frame)],
    frame,
    notes: [CAMPAIGN_BREAK_EVEN_NOTE],
  };
}

/**
 * fix17a: which campaigns lose money at the margin ("which campaigns are losing money", "any
 * campaigns underwater in september", "at 40% margin which campaigns go under break-even", "which
 * campaigns are actually profitable"). Read as words it was a ranking by ROAS with no loss read, a
 * pause recommendation at the stored margin, or a catalog search. Campaigns are asked about as a
 * class (plural, or "which campaign"), with a word for profit or loss.
 */
const CAMPAIGNS_ASKED =
  /^(?:(?:our|the|my|all|paid|ad) )*campaigns\b|\b(?:which|what|any|are|is|how many|list|show(?: me)?|name|find|rank)\b.{0,30}\bcampaigns?\b|\bcampaigns?\b.{0,40}\b(?:which|that|are|were|is|would|will)\b/;
const LOSS_OR_PROFIT =
  /\blos(?:e|es|ing|t) money\b|\bmoney[- ](?:losing|losers?|pits?)\b|\b(?:un|not )profitable\b|\bprofitable\b|\b(?:making|make|made|makes) money\b|\bunder ?water\b|\b(?:below|under|short of|beneath) (?:the )?break ?even\b|\bnot (?:breaking|break) even\b|\b(?:don t|doesn t|didn t|do not|does not|did not|arent|aren t|isnt|isn t|wont|won t) (?:break|breaking) even\b|\bin the (?:red|black)\b|\bloss[- ]making\b|\bat a loss\b/;
/** Words that make it another ask: a change's effect, a named campaign, a pause list, a budget. */
const NOT_LOSSES = /\b(?:after|since) (?:we|the)\b|\bshould (?:we|i) (?:pause|cut|kill|stop)\b|\bbudget\b/;

/** The plan of a question about which campaigns lose money at the margin, else undefined. */
export function readCampaignLosses(r: Reading): Plan | undefined {
  const text = r.p.text;
  const asked = `${text} ${normalize(r.question)}`;
  if (!CAMPAIGNS_ASKED.test(text) || !LOSS_OR_PROFIT.test(asked) || NOT_LOSSES.test(text)) return undefined;
  const named = r.p.dims.filters.find((f) => f.field === "campaign" && f.op === "in");
  if (named) return undefined;
  const base = frameFor("query", r.p, r.ctx.catalog);
  const margin = statedMargin(text) ?? statedMargin(normalize(r.question));
  const frame: Frame = {
    ...base,
    intent: "query",
    metrics: ["spend", "attributed_revenue", "roas"],
    dimensions: ["campaign"],
    // A platform or channel said with them ("which meta campaigns") narrows the list.
    filters: r.p.dims.filters.filter((f) => f.field === "platform" || f.field === "channel"),
    excludeNone: ["campaign"],
    order: { field: "roas", direction: "asc" },
    limit: undefined,
    ...(margin !== undefined ? { profitMargin: margin } : {}),
  };
  return {
    kind: "tool_calls",
    intent: "query",
    // Break-even at the margin first (the stated one when given), then every campaign's ROAS.
    calls: [profitabilityCall(frame, "break_even"), ...assembleCalls(frame)],
    frame,
    notes: [CAMPAIGN_LOSSES_NOTE],
  };
}
