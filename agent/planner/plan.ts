/**
 * planQuestion: the local planner's entry point. A deterministic semantic parser that turns a
 * marketer's question into typed tool calls, a clarification with concrete options, or a polite
 * decline. Pure: the clock, time zone, catalog and dimension values all come from the context.
 * Security note: no argument it emits names an organization; the tenant comes from authentication.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { readAdviceIntent } from "./advice-intent.ts";
import { assembleCalls } from "./assemble.ts";
import { planAutomation, planAutomationChoice } from "./automation-intent.ts";
import { withCampaignGroups } from "./campaign-groups.ts";
import { applyChannelGroup } from "./channel-group-intent.ts";
import { cohortFrame, readCohortIntent } from "./cohort-intent.ts";
import { withDailyAverage } from "./daily-average.ts";
import { planEmailQuestion, readEmailMetrics } from "./email-intent.ts";
import { namedEmailSend } from "./email-send.ts";
import { isFollowUp, mergeFollowUp } from "./follow-up.ts";
import { frameFor, HEADLINE_METRICS, inCatalog } from "./frame.ts";
import { FUNNEL_STEP_METRICS, funnelBaseline, funnelFollowUp } from "./funnel-compare.ts";
import { readFunnelIntent } from "./funnel-intent.ts";
import { sameHolidayLastYear } from "./holiday-yoy.ts";
import { withMerBesideRoas } from "./honest-roas.ts";
import { asksIncrementality, INCREMENTALITY_NOTE } from "./incrementality-intent.ts";
import { readJourneyIntent } from "./journey-intent.ts";
import { marginalReturnFrame } from "./marginal-return.ts";
import { maskModels } from "./models.ts";
import { normalize } from "./normalize.ts";
import { outsideCause } from "./outside-cause.ts";
import { asksForOverview, planOverview } from "./overview-intent.ts";
import { ownerBeforeMetric } from "./owner-name.ts";
import { asksPacing, PACING_NOTE } from "./pacing-intent.ts";
import { type ParsedQuestion, parseQuestion } from "./parse.ts";
import { settlePeriods } from "./period-settle.ts";
import { settleSearchPair } from "./platform-pair.ts";
import { readProfitabilityIntent } from "./profitability-intent.ts";
import {
  competitorRequest,
  forecastRequest,
  METRIC_LIKE,
  missingPlatform,
  offTopicRequest,
  otherOrganization,
  platformActionRequest,
  unknownMetric,
} from "./scope.ts";
import { readSourceMedium, withSourceMedium } from "./source-medium.ts";
import { resumeAfterClarification, threadFollowUp } from "./thread-follow-ups.ts";
import { extractTime } from "./time.ts";
import { applyTimeUnitRanking } from "./time-unit-ranking.ts";
import type { ClarifyOption, DimensionValue, Frame, Intent, Plan, PlannerContext } from "./types.ts";
import {
  unavailableBreakdown,
  unavailableBreakdownQuestion,
  unavailableBreakdownWords,
} from "./unavailable-breakdown.ts";

/** What the planner can help with, for declines. */
export const CAPABILITIES =
  "I can answer questions about your marketing data: metrics such as revenue, spend, ROAS or CAC by channel, platform or campaign over any period; comparisons and why something changed; attribution models; anomalies; budget splits; and what a metric means.";

const DECLINES = {
  tenant: `I can only work with your own organization's data, and that is set by your login, not by the question. ${CAPABILITIES}`,
  injection: `I can't change how I work or whose data I use from inside a question. ${CAPABILITIES}`,
  off_topic: `That is outside what I can help with. ${CAPABILITIES}`,
  competitor: `I only have your own organization's data, so I can't report on competitors or the wider market. ${CAPABILITIES}`,
  forecast: `I report on what has already happened and don't forecast metrics; for the effect of spending more or less, ask me how to split a budget. ${CAPABILITIES}`,
  action:
    "I can't change anything in your ad platforms: I only read your data and recommend. I can show which campaigns to look at first: ask for the worst campaigns by ROAS last month, or how to split the budget next month.",
} as const;

/** "whats beta bikes revenue": a name the data does not have, in the owner's place. */
function unknownOwnerMessage(name: string): string {
  return `I don't know "${name}": it is not a channel, platform or campaign in your data, and I only have your own organization's data (set by your login, not by the question). ${CAPABILITIES}`;
}

/** Intents that report on data that already exists (and so cannot answer for the future). */
const REPORTING: ReadonlySet<Intent> = new Set(["query", "rank", "trend", "compare", "explain", "anomalies"]);

const DATA_QUESTION =
  /\b(?:our|my|we|us|how much|how many|what is|what was|what are|show|give|report|track|measure)\b/;
// "explain X" / "describe X" with nothing but a metric asks what X is, not what X was.
const LOOKS_LIKE_DEFINITION =
  /^(?:(?:what|whats|what s)(?: exactly| precisely)? (?:is|are)|whats|what s|explain|describe|tell me about)(?: exactly| precisely)? (?:a |an |the )?[a-z0-9 ]{1,40}?(?: here| exactly| in this tool| for you| in this app| mean| means)?$/;

function label(catalog: Catalog, key: string): string {
  return catalog.metrics.get(key)?.label ?? key;
}

function clarify(question: string, options: ClarifyOption[], originalQuestion: string): Plan {
  return { kind: "clarify", question, options, originalQuestion };
}

/** Every breakdown the catalog has (dates aside), and "no breakdown": the answers to "by what instead?". */
function breakdownOptions(catalog: Catalog): ClarifyOption[] {
  const options = [...catalog.dimensions.values()]
    .filter((d) => d.type !== "time")
    .map((d) => ({ id: `dimension:${d.key}`, label: d.label }));
  options.push({ id: "dimension:none", label: "No breakdown (the total)" });
  return options;
}

/**
 * Whether unrecognised words are worth a catalog search: they sound like a metric ("churn rate",
 * an acronym such as "LTV"), the question is about the user's own business ("our ..."), or it
 * names a breakdown or value ("cpx by channel").
 * Anything else (share prices, sports) is declined rather than searched.
 */
function searchable(p: ParsedQuestion, question: string): boolean {
  if (!p.unknownWords.length) return false;
  return (
    METRIC_LIKE.test(p.text) ||
    /\b(?:our|my|we|us)\b/.test(p.text) ||
    /\b[A-Z]{2,5}s?\b/.test(question) ||
    p.dims.dimensions.length > 0 ||
    p.dims.filters.length > 0
  );
}

// Built once per dimension-values array (the agent reuses it until the data changes); the length
// guards against a caller that edits the array in place.
const ownWordsByValues = new WeakMap<readonly DimensionValue[], { length: number; words: Set<string> }>();

/** Words of the organization's own channel, platform and campaign names (never another company). */
function ownValueWords(ctx: PlannerContext): ReadonlySet<string> {
  const hit = ownWordsByValues.get(ctx.dimensionValues);
  if (hit && hit.length === ctx.dimensionValues.length) return hit.words;
  const words = computeOwnValueWords(ctx);
  ownWordsByValues.set(ctx.dimensionValues, { length: ctx.dimensionValues.length, words });
  return words;
}

function computeOwnValueWords(ctx: PlannerContext): Set<string> {
  const out = new Set<string>();
  for (const v of ctx.dimensionValues)
    for (const n of [v.label, ...v.aliases])
      for (const w of normalize(n).split(" ")) if (w.length > 1) out.add(w);
  return out;
}

/** Email channel and email platform keys: email-only metrics (open rate, sends) are already these. */
const EMAIL_VALUES = new Set(["email", "klaviyo", "mailchimp", "newsletter"]);

/**
 * "newsletter open rate": a channel or platform filter naming email on metrics that exist only for
 * email (and so cannot be filtered by channel) says nothing the metric does not; it is dropped.
 */
function redundantEmailFilter(
  f: Frame["filters"][number],
  metrics: readonly string[],
  catalog: Catalog,
): boolean {
  if (f.field !== "channel" && f.field !== "platform") return false;
  if (!f.values.every((v) => EMAIL_VALUES.has(String(v)))) return false;
  return (
    metrics.length > 0 &&
    metrics.every((m) => {
      const def = catalog.metrics.get(m);
      return def !== undefined && m.startsWith("email_") && !def.supportedDimensions.includes(f.field);
    })
  );
}

/** A plan with sentences its answer leads with (only tool plans carry them). */
function withNotes(plan: Plan, notes: readonly string[]): Plan {
  return plan.kind === "tool_calls" ? { ...plan, notes: [...(plan.notes ?? []), ...notes] } : plan;
}

function toolPlan(frame: Frame): Plan {
  return { kind: "tool_calls", intent: frame.intent, calls: assembleCalls(frame), frame };
}

/** The intent of a fresh (not follow-up) question. */
function intentOf(p: ParsedQuestion): Intent {
  const s = p.signals;
  const noPeriod = !p.time.period && !p.time.compare;
  const plainWhat =
    LOOKS_LIKE_DEFINITION.test(p.text) &&
    !s.explain &&
    !s.compare &&
    !s.anomalies &&
    !p.ranking &&
    !/\b(?:our|my|we|us)\b/.test(p.text) &&
    !p.dims.dimensions.length &&
    !p.dims.filters.length;
  // Two metrics contrasted with no period or filter: what sets them apart, not how they moved.
  if (s.contrast && noPeriod && p.metrics.length >= 2 && !p.dims.filters.length && !p.dims.dimensions.length)
    return "define";
  if ((s.define || plainWhat) && noPeriod && (p.metrics.length || p.metricAmbiguity || s.define))
    return "define";
  if (s.catalogHelp && !p.metrics.length) return "search";
  if (s.listDimension && !p.metrics.length) return "list_values";
  if (s.budget) return "budget";
  // "why do markov and shapley credit display so differently": the models' credit side by side
  // (the answer says what each rewards), not a change over time.
  if (s.explain && p.models.length >= 2) return "attribution";
  if (s.explain) return "explain";
  if (s.attribution || p.models.length) {
    const ratio = p.metrics.some(
      (m) =>
        !/^(?:revenue|orders|new_customers|attributed_revenue|attributed_conversions|customers)$/.test(m),
    );
    return ratio && p.models.length ? "query" : "attribution";
  }
  if (s.anomalies) return "anomalies";
  const changeWords = s.compare && !/\b(?:compare|compared|comparison|vs|versus|against)\b/.test(p.text);
  if (p.time.compare || (changeWords && !p.ranking && !p.sideBySide)) return "compare";
  if (p.ranking) return "rank";
  if (p.trend.trend) return "trend";
  return "query";
}

/** Intents that need the question's metric resolved before they can run. */
const NEEDS_METRIC: ReadonlySet<Intent> = new Set([
  "query",
  "rank",
  "trend",
  "compare",
  "explain",
  "define",
  "anomalies",
]);

/** Intents whose answer can be broken down by a dimension. */
const BREAKDOWN_INTENTS: ReadonlySet<Intent> = new Set([
  "query",
  "rank",
  "trend",
  "compare",
  "explain",
  "anomalies",
]);

/** Intents whose answer is a catalog search when the question names a metric the catalog lacks. */
const SEARCHABLE: ReadonlySet<Intent> = new Set(["query", "rank", "trend", "compare", "define"]);

/**
 * Plan the answer to one question.
 * @example planQuestion("ROAS by channel last month", ctx) // { kind: "tool_calls", intent: "query", calls: [{ name: "query_metrics", ... }] }
 */
export function planQuestion(question: string, ctx: PlannerContext): Plan {
  const choice = planAutomationChoice(ctx);
  if (choice) return choice;
  if (ctx.clarificationId && ctx.previous?.kind === "clarify") {
    return planQuestion(ctx.previous.originalQuestion, { ...ctx, previous: undefined });
  }
  const resumed = resumeAfterClarification(question, ctx, planQuestion);
  if (resumed) return resumed;
  const pair = readSourceMedium(normalize(question));
  if (pair) {
    const rest = planQuestion(pair.rest, ctx);
    const framed = rest.kind === "tool_calls" ? withSourceMedium(rest.frame, pair.value) : undefined;
    if (framed) return toolPlan(framed);
  }
  const p = parseQuestion(question, ctx);
  applyChannelGroup(p); // "paid vs organic": the channel group, not organic search (channel-group-intent.ts)
  const holidayYoy = sameHolidayLastYear(p); // the holiday as it fell last year (holiday-yoy.ts)
  applyTimeUnitRanking(p); // "best day for orders": a date breakdown ranked (time-unit-ranking.ts)
  // The user's own organization name is context, not an unknown word ("how did Acme do in October").
  const own = new Set(normalize(ctx.organizationName ?? "").split(" "));
  p.unknownWords = p.unknownWords.filter((w) => !own.has(w));
  if (ctx.clarificationId?.startsWith("dimension:")) {
    const settled = unavailableBreakdownWords(p.text);
    p.unknownWords = p.unknownWords.filter((w) => !settled.has(w));
  }
  // "email me a weekly report every Monday", "alert me if CPA goes above $50": a schedule or rule to
  // confirm, before its words ("schedule", "weekly report", "CPA") read as off topic, the brief or a
  // metric answer. Injection and tenant claims are still declined first.
  const automation =
    !p.signals.decline || p.signals.decline === "off_topic" ? planAutomation(question, p, ctx) : undefined;
  if (automation) return automation;
  // "did the heatwave in july boost sales": the period against the one before, and a note that the
  // cause is not in the data (never the metric alone, read as a verdict on the cause).
  const cause =
    !p.signals.decline || p.signals.decline === "off_topic"
      ? outsideCause(question, p.unknownWords)
      : undefined;
  if (cause) {
    const rest = planQuestion(cause.rest, ctx);
    if (rest.kind === "tool_calls") return withNotes(rest, [cause.note]);
  }
  if (p.signals.decline) return { kind: "decline", message: DECLINES[p.signals.decline] };
  if (p.time.invalid) return { kind: "decline", message: `I can't answer for that date: ${p.time.invalid}` };
  if (otherOrganization(question, p.unknownWords, ctx.organizationName, ownValueWords(ctx)))
    return { kind: "decline", message: DECLINES.tenant };
  const owner = ownerBeforeMetric(
    p.text,
    p.unknownWords,
    ownValueWords(ctx),
    (w) => parseQuestion(w, ctx).metrics.length > 0,
  );
  if (owner) return { kind: "decline", message: unknownOwnerMessage(owner) };

  const again = threadFollowUp(p, ctx.previous, ctx.catalog);
  if (again) return toolPlan(settlePeriods(again, p, question));
  // Journeys are answered by their own tool, before metric words ("conversion", "touchpoints")
  // can send the question to a clarification or to attribution totals.
  const emailMetrics = readEmailMetrics(p, ctx.catalog);
  const send = namedEmailSend(p, ctx.dimensionValues, ctx.clarificationId);
  if (send?.kind === "choose") return clarify(send.question, send.options, question);
  const email = planEmailQuestion(p, ctx.catalog);
  if (email) return email;
  const journey = emailMetrics ? undefined : readJourneyIntent(p.text);
  if (journey) return toolPlan({ ...frameFor("journeys", p, ctx.catalog), journey });
  // "conversion rate on mobile vs desktop": the overall rate would answer a different question.
  const unavailable =
    ctx.clarificationId?.startsWith("dimension:") || LOOKS_LIKE_DEFINITION.test(p.text)
      ? undefined
      : unavailableBreakdown(p.text, ownValueWords(ctx));
  if (unavailable)
    return clarify(unavailableBreakdownQuestion(unavailable), breakdownOptions(ctx.catalog), question);
  // "are we overspending on any channel", "which channels are profitable after margin": money
  // made after the gross margin, before advice words ("unprofitable") send it to recommendations.
  if (asksPacing(p.text)) {
    // Budget words made the parser read "october" as the coming one: pacing is about the past.
    const past = { ...p, time: extractTime(maskModels(p.text), p.today, "past", ctx.dataEnd) };
    const frame = frameFor("query", past, ctx.catalog);
    // "daily budgets" asks about budgets set per day, not for a daily series.
    const named = frame.dimensions.filter((d) => d !== "date");
    const dims = named.length ? named : ["campaign"];
    return withNotes(toolPlan({ ...frame, metrics: ["spend"], dimensions: dims, grain: undefined }), [
      PACING_NOTE,
    ]);
  }
  if (asksIncrementality(p.text))
    return withNotes(toolPlan({ ...frameFor("profitability", p, ctx.catalog), profitability: "overspend" }), [
      INCREMENTALITY_NOTE,
    ]);
  const profitability = readProfitabilityIntent(p.text);
  if (profitability) return toolPlan({ ...frameFor("profitability", p, ctx.catalog), profitability });
  const marginal = marginalReturnFrame(p, ctx.catalog);
  if (marginal) return toolPlan(marginal);
  const advice = readAdviceIntent(p.text);
  // "any tracking problems last week" names a period: the anomaly detector over it answers that;
  // with no period ("is our tracking working?") the tracking recommendations do.
  const trackingInPeriod = advice?.tool === "recommend" && advice.focus === "tracking" && p.time.period;
  if (advice && !trackingInPeriod) return toolPlan({ ...frameFor(advice.tool, p, ctx.catalog), advice });
  // "checkouts started by week": one funnel step's series is that metric's trend, not the funnel.
  const funnel =
    p.trend.trend && p.metrics.some((m) => FUNNEL_STEP_METRICS.has(m)) ? undefined : readFunnelIntent(p.text);
  if (funnel) {
    const frame = { ...frameFor("funnel", p, ctx.catalog), funnel };
    return toolPlan({ ...frame, compare: funnelBaseline(p, frame) });
  }
  const funnelAgain = funnelFollowUp(p, ctx.previous?.kind === "tool_calls" ? ctx.previous.frame : undefined);
  if (funnelAgain) return toolPlan(funnelAgain);
  const cohort = readCohortIntent(p.text);
  if (cohort) return toolPlan(cohortFrame(frameFor("cohorts", p, ctx.catalog), p, cohort));
  // Acting on an ad platform or scheduling is not a data question: answering the data part alone
  // ("pause the worst campaign" -> a ranking) would answer a different question.
  if (platformActionRequest(p.text)) return { kind: "decline", message: DECLINES.action };
  if (offTopicRequest(p.text)) return { kind: "decline", message: DECLINES.off_topic };
  if (competitorRequest(p.text, ownValueWords(ctx))) return { kind: "decline", message: DECLINES.competitor };
  const missing = missingPlatform(p.text, ctx.dimensionValues, ctx.organizationName);
  if (missing) return { kind: "decline", message: missing };
  if (asksForOverview(p)) return planOverview(p, ctx.catalog);
  const previous = ctx.previous?.kind === "tool_calls" ? ctx.previous.frame : undefined;
  const followUp = isFollowUp(p, previous);
  settleSearchPair(p, ctx.catalog);
  if (p.dims.ambiguity) {
    const a = p.dims.ambiguity;
    const options = a.options.map((o) => ({
      id: `value:${o.dimension}:${o.value}`,
      label: `${o.label} (${o.dimension.replace(/_/g, " ")})`,
    }));
    return clarify(`"${a.phrase}" could mean more than one thing. Which did you mean?`, options, question);
  }
  if (followUp && previous)
    return toolPlan(settlePeriods(mergeFollowUp(previous, p, ctx.catalog), p, question));
  if (!p.recognised) {
    if (DATA_QUESTION.test(p.text) && searchable(p, question)) {
      return toolPlan({ ...frameFor("search", p, ctx.catalog), searchText: p.unknownWords.join(" ") });
    }
    return { kind: "decline", message: DECLINES.off_topic };
  }
  const preferred = ctx.clarificationId?.startsWith("metric:") ? ctx.clarificationId.slice(7) : undefined;
  if (!p.metrics.length && preferred && ctx.catalog.metrics.has(preferred)) p.metrics = [preferred];
  const intent = intentOf(p);
  if (
    REPORTING.has(intent) &&
    !followUp &&
    !holidayYoy &&
    forecastRequest(p.text, p.time.period?.from, p.today)
  )
    return { kind: "decline", message: DECLINES.forecast };
  if (NEEDS_METRIC.has(intent) && p.metricAmbiguity && intent !== "anomalies") {
    const a = p.metricAmbiguity;
    const options = a.keys.map((k) => ({ id: `metric:${k}`, label: label(ctx.catalog, k) }));
    return clarify(
      `By "${a.phrase}" do you mean ${options.map((o) => o.label).join(" or ")}?`,
      options,
      question,
    );
  }
  // "which channel is best" names no measure: ranking by revenue would answer a question the user
  // may not have asked. Campaigns are the exception (judged on ROAS, see frame.ts).
  if (
    intent === "rank" &&
    !p.metrics.length &&
    !followUp &&
    p.dims.dimensions.length > 0 &&
    !p.dims.dimensions.includes("campaign")
  ) {
    // Email campaigns are judged on email engagement; ad metrics do not exist for them.
    const measures = p.dims.dimensions.includes("email_campaign")
      ? ["email_click_rate", "email_open_rate", "email_click_to_open_rate", "email_unsubscribe_rate"]
      : ["roas", "revenue", "orders", "cpa"];
    const options = inCatalog(measures, ctx.catalog).map((k) => ({
      id: `metric:${k}`,
      label: label(ctx.catalog, k),
    }));
    const by = ctx.catalog.dimensions.get(p.dims.dimensions[0] ?? "")?.label.toLowerCase() ?? "breakdown";
    if (options.length > 1)
      return clarify(
        `${p.ranking?.direction === "worst" ? "Worst" : "Best"} by what? I can rank each ${by} by any of these.`,
        options,
        question,
      );
  }
  // "weekends vs weekdays" with no metric named: the missing breakdown, not a catalog search.
  const dayOfWeek = p.unknownBreakdown === "day of week";
  const unknownNamed = unknownMetric(p.unknownWords) && !p.dims.dimensions.length && !dayOfWeek;
  if ((intent === "define" && !p.metrics.length) || (unknownNamed && SEARCHABLE.has(intent))) {
    return toolPlan({ ...frameFor("search", p, ctx.catalog), searchText: p.unknownWords.join(" ") });
  }
  if (intent === "explain" && !p.metrics.length) {
    const options = inCatalog(HEADLINE_METRICS, ctx.catalog).map((k) => ({
      id: `metric:${k}`,
      label: label(ctx.catalog, k),
    }));
    return clarify("Which metric should I explain?", options, question);
  }
  if (
    (intent === "query" || intent === "compare" || intent === "rank" || intent === "trend") &&
    !p.metrics.length &&
    p.unknownWords.length &&
    !dayOfWeek
  ) {
    if (!searchable(p, question)) return { kind: "decline", message: DECLINES.off_topic };
    return toolPlan({ ...frameFor("search", p, ctx.catalog), searchText: p.unknownWords.join(" ") });
  }
  if (p.unknownBreakdown && BREAKDOWN_INTENTS.has(intent)) {
    return clarify(
      `I can't break results down by "${p.unknownBreakdown}": it is not a dimension in your data. Which breakdown should I use instead?`,
      breakdownOptions(ctx.catalog),
      question,
    );
  }
  const frame = withCampaignGroups(
    withDailyAverage(withMerBesideRoas(frameFor(intent, p, ctx.catalog), ctx.catalog, p.metrics), p.text),
    p.text,
  );
  frame.filters = frame.filters.filter((f) => !redundantEmailFilter(f, frame.metrics, ctx.catalog));
  if (intent === "list_values") frame.listDimension = p.signals.listDimension;
  if (intent === "search") frame.searchText = "";
  return toolPlan(settlePeriods(frame, p, question));
}
