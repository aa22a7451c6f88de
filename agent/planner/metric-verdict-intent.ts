/**
 * lead19: a judgement asked of a figure: "is that good?" after an answer, "is our cac ok", "should
 * we be worried about display roas", "how bad is our cpa this month". Read as a lookup, the answer
 * was the bare figure (or, as a follow-up, "outside what I can help with"), which leaves the
 * question open. The plan compares the figure with the period before and, for ROAS, MER and the
 * costs per order or customer, adds break-even at the gross margin (profitability's break_even);
 * the verdict that leads the answer is read from those results (present/metric-verdict.ts).
 * Asks about targets, benchmarks, break-even itself or a change ("is it normal that revenue
 * dropped") belong to their own intents and are left alone here.
 * fix15f: a value quoted to be judged ("is a 2.1x roas good", "would $45 cac be ok for us") is held
 * against break-even and our own figure (present/metric-verdict.ts); read with the number it fell
 * to a plain lookup of the current ROAS that never judged the value asked about.
 */

import { spanInWords } from "../../lib/months.ts";
import { addDays, addMonths, daysBetween, monthsSpanned } from "../../semantic/query/dates.ts";
import { METRIC_VERDICT_NOTE, quotedVerdictNote } from "../present/metric-verdict.ts";
import { asksBreakEven } from "./break-even-intent.ts";
import { readCampaignChange } from "./campaigns-intent.ts";
import { defaultPeriod } from "./frame.ts";
import { settlePeriods } from "./period-settle.ts";
import { fittedPlan } from "./pipeline/assemble-stage.ts";
import type { Reading } from "./pipeline/types.ts";
import { baselineOf } from "./time.ts";
import type { Frame, Period, Plan, PlannedCall } from "./types.ts";
import { worthItAsk } from "./worth-it.ts";

const JUDGEMENT =
  "(?:any good|good or bad|bad or good|good|bad|ok|okay|alright|fine|healthy|unhealthy|decent|normal|acceptable|reasonable|great|terrible|awful|poor|worrying|concerning|alarming|a problem|an issue|a concern|too high|too low|high|low|good enough)";

/** A period said after the judgement ("is our cpa ok this month", "healthy so far in q4"). */
const WHEN = String.raw`(?:\s+(?:this|last|past|so far|lately|recently|right now|now|these days|at the moment|in|for|over|during|mtd|ytd|qtd|wtd)(?:\s+\w+){0,2})?`;

/** Phrasings of a judgement asked of a figure. */
const ASKS_VERDICT: readonly RegExp[] = [
  new RegExp(
    String.raw`^(?:(?:so|ok|okay|and|but|hmm|right|honestly|quick q)\s+)*(?:is|are|was|were|isnt|isn t|arent|aren t)\b.{0,60}?\b${JUDGEMENT}(?:\s+(?:or not|though|then|really|overall|for us|for a (?:shop|store|brand|business) (?:like|our size)(?: us| ours)?))*${WHEN}\s*$`,
  ),
  new RegExp(
    String.raw`\b(?:is|are|was|were) (?:it|that|this|they|those|these|that number|those numbers)\s+(?:\w+\s+){0,2}${JUDGEMENT}\s*(?:or not)?\s*$`,
  ),
  /\bshould (?:i|we) be (?:worried|concerned|nervous|alarmed|panicking|happy|pleased|celebrating)\b/,
  // fix21a: "should i worry?", "do we need to worry about it".
  /^(?:(?:so|ok|okay|and|but|hmm|right)\s+)*(?:should|do|must) (?:i|we)(?: need to| have to)? (?:worry|panic|fret)(?: about (?:it|that|this|them))?\s*$/,
  /\bhow (?:worried|concerned|bad|good) (?:should (?:i|we) be|is (?:that|this|it|our|the))\b/,
  /\b(?:good|bad) (?:or|vs) (?:bad|good)\b/,
  // lead26: the subject first, then the judgement with "or not" ("meta ads is good or not", "email
  // working or not"); "how is display, good?"; "are affiliates performing well".
  new RegExp(
    String.raw`^(?:(?:so|ok|okay|and|but)\s+)*(?:(?:our|the|my)\s+)?[a-z0-9&+' ]{2,40}?\s+(?:(?:is|are|was|were)\s+)?(?:${JUDGEMENT}|working|performing|doing (?:well|ok|okay|good|alright|fine))\s+or (?:not|no|not good|not so good|bad)${WHEN}(?:\s+(?:give|show|tell)(?: me| us)?(?: the| a)? (?:numbers?|figures?|data))?\s*$`,
  ),
  new RegExp(
    String.raw`^how (?:is|are|was|were) (?:(?:our|the|my)\s+)?[a-z0-9&+' ]{2,40}?\s+(?:${JUDGEMENT})${WHEN}\s*$`,
  ),
  new RegExp(
    String.raw`^(?:(?:so|ok|okay|and|but)\s+)*(?:is|are|was|were|has|have)\b.{1,50}?\b(?:been\s+)?(?:performing|doing|going|running)\s+(?:well|ok|okay|good|alright|fine|badly|poorly|great)${WHEN}\s*$`,
  ),
  /\b(?:good|bad) (?:news|sign)\b\s*(?:or not)?\s*$/,
];

/** Words that make it another intent's ask: targets, benchmarks, a change, a time to act. */
const ELSEWHERE =
  /\b(?:targets?|goals?|benchmarks?|industry|competitors?|peers|break ?even|on track|pacing|drop(?:ped)?|fell|fall(?:en|ing)?|rose|rise|jump(?:ed)?|spike[ds]?|dip(?:ped)?|crash(?:ed)?|time to|day to|idea to|worth it|enough budget|should (?:we|i) (?:pause|cut|scale|spend|move|increase|decrease))\b|\d/;

/** Ratios and rates judged before sums when an answer carried several. */
const JUDGED_FIRST = ["roas", "mer", "cpa", "cac", "paid_cpa", "conversion_rate", "ctr", "cpc", "cpm"];
/** Metrics break-even applies to (profitability's break_even). */
const BREAK_EVEN = new Set(["roas", "mer", "cpa", "cac", "paid_cpa"]);

/**
 * fix15f: a value typed with the metric it is of: "a 2.1x roas", "roas of 3", "$45 cac", "cpa at $38".
 * Groups: 1 the value before the metric, 2 the metric after it; 3 the metric before, 4 its value.
 */
const QUOTED_VALUE =
  /(?:\b(?:a|an|our|my|the)\s+)?(\$?\d+(?:\.\d+)?\s?x?)\s+(roas|mer|cpa|cac)\b|\b(roas|mer|cpa|cac)\s+(?:of|at|is|was|around|about|near|=)\s+(\$?\d+(?:\.\d+)?\s?x?)(?![\d.%])/;

/** The value a judgement is asked of, its metric, and the question without it; undefined when none. */
export function quotedValue(text: string): { metric: string; value: number; rest: string } | undefined {
  const m = QUOTED_VALUE.exec(text);
  if (!m) return undefined;
  const typed = (m[1] ?? m[4])!;
  const metric = (m[2] ?? m[3])!;
  const value = Number(typed.replace(/[$x\s]/g, ""));
  // A ratio quoted in dollars or a cost as a multiple is not one of these.
  const money = typed.startsWith("$");
  if (!Number.isFinite(value) || value <= 0 || (["roas", "mer"].includes(metric) ? money : /x/.test(typed)))
    return undefined;
  const rest = `${text.slice(0, m.index)} ${metric} ${text.slice(m.index + m[0].length)}`
    .replace(/\s+/g, " ")
    .trim()
    // "would a roas of 3 be decent": asked of a value, "would ... be" is the "is ..." of a figure.
    .replace(/^(?:would|will|could|does|do)\s+(.{0,40}?)\s+(?:be|seem|look)\s+/, "is $1 ");
  return { metric, value, rest };
}

/** Whether the question asks for a judgement of a figure. */
export function asksVerdict(text: string): boolean {
  return !ELSEWHERE.test(text) && !asksBreakEven(text) && ASKS_VERDICT.some((re) => re.test(text));
}

function primary(metrics: readonly string[]): string | undefined {
  return JUDGED_FIRST.find((m) => metrics.includes(m)) ?? metrics[0];
}

/** Channels with no ad spend: judged by their revenue, not a return on spend they do not have. */
const UNPAID = new Set(["email", "organic_search", "direct", "referral", "organic_social"]);

/** The metric a channel or campaign is judged by when the question names none and no answer came before. */
function memberMetric(r: Reading): string | undefined {
  const f = r.p.dims.filters.find(
    (x) => ["channel", "platform", "campaign"].includes(x.field) && x.op === "in",
  );
  if (!f) return undefined;
  return f.field === "channel" && f.values.every((v) => UNPAID.has(String(v))) ? "revenue" : "roas";
}

/** The frame judged: the question's own metric and scope, or the previous answer's. */
function judgedFrame(r: Reading): Frame | undefined {
  const own = r.p.metrics.length > 0;
  const prev = r.previous;
  const usable =
    !!prev && prev.metrics.length > 0 && ["query", "rank", "compare", "trend"].includes(prev.intent);
  const fromPrev = !own && usable;
  const metric = own
    ? primary(r.p.metrics)
    : fromPrev
      ? primary([prev!.order?.field ?? "", ...prev!.metrics].filter(Boolean))
      : memberMetric(r);
  // Spend is neither good nor bad by itself: what it bought (ROAS) is what a worry is about.
  const judged = metric === "spend" ? "roas" : metric;
  if (!judged || !r.ctx.catalog.metrics.has(judged)) return undefined;
  const asked = r.p.dims.filters.length > 0;
  const dims = (fromPrev && !asked ? prev!.dimensions : r.p.dims.dimensions)
    .filter((d) => d !== "date")
    .slice(0, 1);
  const filters = fromPrev && !asked ? prev!.filters : r.p.dims.filters;
  const named = r.p.time.period && !/default/.test(r.p.time.period.label) ? r.p.time.period : undefined;
  const period =
    named ?? (fromPrev ? prev!.period : undefined) ?? defaultPeriod("query", r.p.today, r.p.dataEnd);
  const baseline = baselineOf(period, "previous_period");
  const common = {
    intent: "compare" as const,
    metrics: [judged],
    dimensions: dims,
    filters: filters.map((f) => ({ field: f.field, op: f.op, values: [...f.values] })),
  };
  // fix21a: "is that good or bad?" after a series whose period before is not in the data (CAC by
  // month this year): its direction, the second half of the series against the first.
  const series = fromPrev && !named && prev!.dimensions.includes("date");
  const halves = series && r.p.dataStart && baseline.from < r.p.dataStart ? halvesOf(r, period) : undefined;
  if (halves)
    return {
      ...common,
      period: halves.second,
      compare: { mode: "explicit", period: halves.first },
      note: `${halves.note} ${METRIC_VERDICT_NOTE}`,
    };
  return {
    ...common,
    period,
    compare: { mode: "previous_period", period: baseline },
    note: METRIC_VERDICT_NOTE,
  };
}

/**
 * fix21a: a series' period cut in two (on a month boundary when it spans two months or more), its
 * end held to the data's last day, with the note that says the verdict reads its direction.
 * @example halvesOf(r, { from: "2026-01-01", to: "2026-11-01" })?.second.from // "2026-06-01"
 */
function halvesOf(r: Reading, period: Period) {
  const end = r.p.dataEnd && r.p.dataEnd < period.to ? r.p.dataEnd : period.to;
  const months = monthsSpanned(period.from, end);
  const days = daysBetween(period.from, end) + 1;
  if (days < 2) return undefined;
  const cut =
    months >= 2 && period.from.endsWith("-01")
      ? addMonths(period.from, Math.floor(months / 2))
      : addDays(period.from, Math.floor(days / 2));
  const first = { from: period.from, to: addDays(cut, -1), label: "the first half" };
  const second = { from: cut, to: end, label: "the second half" };
  const note = `There is no data for the period before this one, so the figure is judged by its direction: the second half of the period (${spanInWords(second)}) against the first (${spanInWords(first)}).`;
  return { first, second, note };
}

/**
 * The verdict plan, or undefined when the question asks no judgement or names nothing to judge.
 * @example metricVerdictPlan(reading("is our cac ok"))?.calls.map((c) => c.name) // ["compare_periods", "profitability"]
 */
export function metricVerdictPlan(r: Reading): Plan | undefined {
  const quoted = quotedValue(r.p.text);
  const asked = quoted && asksVerdict(quoted.rest) ? quoted : undefined;
  const worth = asked ? undefined : worthItAsk(r);
  if (!asked && !worth && !asksVerdict(r.p.text)) return undefined;
  // lead24: "did moving budget into paid social in june pay off": a past change's outcome is read
  // before and after the change (campaigns-intent.ts), not as the month against the month before.
  if (readCampaignChange(r.p, r.question, r.ctx.dataEnd)) return undefined;
  const own = judgedFrame(r);
  const judged =
    own && asked
      ? { ...own, metrics: [asked.metric], note: quotedVerdictNote(asked.value) }
      : own && worth
        ? { ...own, metrics: ["roas"], filters: [worth.filter], note: worth.note }
        : own;
  if (!judged) return undefined;
  // "is our cvr ok this month" on the 1st: the latest complete month, said (period-settle.ts).
  const settled = settlePeriods(judged, r.p, r.question);
  const verdict = asked ? quotedVerdictNote(asked.value) : (worth?.note ?? METRIC_VERDICT_NOTE);
  const said = settled.note && settled.note !== verdict ? settled.note : undefined;
  // fix21a: the sentence a series' halves lead with (judgedFrame) survives the settling.
  const lead =
    own?.note && own.note !== METRIC_VERDICT_NOTE && own.note.endsWith(METRIC_VERDICT_NOTE)
      ? own.note.slice(0, -METRIC_VERDICT_NOTE.length).trim()
      : undefined;
  const frame = { ...settled, note: [lead, said, verdict].filter(Boolean).join(" ") };
  const plan = fittedPlan(frame, r.ctx.catalog);
  if (plan.kind !== "tool_calls" || plan.calls[0]?.name !== "compare_periods") return undefined;
  // fix17a: "saw MER 3.1 in the monthly email, what does that mean and is it good?": the
  // definition first, then the verdict.
  const define = ASKS_MEANING.test(r.p.text)
    ? [{ name: "describe_metric" as const, args: { metric: frame.metrics[0]! } }]
    : [];
  if (!BREAK_EVEN.has(frame.metrics[0]!)) return { ...plan, calls: [...define, ...plan.calls] };
  const period = { from: frame.period.from, to: frame.period.to };
  return {
    ...plan,
    calls: [
      ...define,
      ...plan.calls,
      { name: "profitability", args: { analysis: "break_even", period } },
      ...holdoutBeside(worth, period),
    ],
  };
}

/**
 * fix20e: "did display do anything for us this summer": whether a channel had any effect is also
 * what pausing it measured, so its recorded holdouts in the period (or, when none ran then, the
 * campaigns tool names the ones it had elsewhere) follow the verdict.
 */
function holdoutBeside(
  worth: ReturnType<typeof worthItAsk>,
  period: { from: string; to: string },
): PlannedCall[] {
  if (!worth?.effect || worth.filter.field !== "channel") return [];
  const channel = String(worth.filter.values[0]);
  return [{ name: "campaigns", args: { analysis: "holdout", channel, around: period } }];
}

/** The meaning asked beside the judgement: "what does that mean", "what is that", "meaning?". */
const ASKS_MEANING =
  /\bwhat (?:does|do|did) (?:that|it|this|the number|that number|(?:roas|mer|cac|cpa)) (?:even )?(?:mean|measure|stand for|tell (?:me|us))\b|\bwhat (?:is|s) (?:that|this) (?:number|metric|figure)?\b|\bwhats (?:that|this)\b|\bwhat (?:is|s) (?:a |an |the )?(?:mer|roas|cac|cpa)\b|\bwhats (?:a |an |the )?(?:mer|roas|cac|cpa)\b|\bmeaning\b|\bdefine\b|\bexplain\b/;
