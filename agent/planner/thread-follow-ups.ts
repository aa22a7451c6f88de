/**
 * Short follow-ups that keep the previous answer's frame, which the general merge (follow-up.ts)
 * did not read and the planner declined as off topic or answered without the thread:
 * - a chart ask ("add a chart", "as a trend line", "can I see that as a graph"): the previous
 *   answer again (its chart, in the type named; finalize honours the type), or, after a brief,
 *   an overview or a single figure, its period's daily revenue and spend (or the figure by day);
 * - a new amount after a budget plan ("what if it's 25k?", "and with 40k"): the same plan with
 *   that amount (extra money stays extra);
 * - "by channel" after a funnel: the same funnel split by channel;
 * - a metric added to the previous rows ("add cpa", "include roas too"): same rows, one more column;
 * - a refinement typed instead of picking a clarification's option ("add cpa" after "by
 *   conversions do you mean ...?"): the original question read with the first option, then
 *   refined, and the answer says which reading it took.
 */

import type { Catalog } from "../../semantic/catalog/types.ts";
import { daysBetween } from "../../semantic/query/dates.ts";
import { objectiveFollowUp } from "./budget-objective.ts";
import { planTypedBreakdown } from "./clarify-typed-option.ts";
import { isFollowUp, mergeFollowUp } from "./follow-up.ts";
import { inCatalog } from "./frame.ts";
import { autoGrain } from "./modifiers.ts";
import { normalize } from "./normalize.ts";
import { type ParsedQuestion, parseQuestion } from "./parse.ts";
import { seriesStepFollowUp } from "./series-follow-up.ts";
import type { Frame, FrameBudgetChange, Plan, PlannerContext } from "./types.ts";

/** Words that ask for a picture. */
const CHART_WORD =
  /\b(?:charts?|graphs?|plots?|plotted|visual(?:s|ly|i[sz]e|i[sz]ation)?|trend ?lines?|line|bars?|pie|donut|doughnut|sparklines?)\b/;
/** Everything else a chart ask may say ("can you add a chart of that please"). */
const CHART_FILLER = new Set(
  (
    "add show me us it this that these those them as a an the please pls can could you would " +
    "in into to with now ok okay and then make draw plot put give turn display visualize visualise " +
    "chart charts graph graphs plot plots line lines trend trendline trendlines bar bars stacked pie donut doughnut " +
    "visual visually visuals visualization visualisation sparkline instead over time form view on of one too " +
    "also i see get want would like just same data version for do u ya plz quick quickly"
  ).split(" "),
);

/** Whether the whole question asks only for a chart of the previous answer. */
export function asksForChart(text: string): boolean {
  if (!CHART_WORD.test(text)) return false;
  return text.split(" ").every((w) => !w || CHART_FILLER.has(w));
}

/** Intents whose answer is a table with a chart of its own. */
const TABULAR = new Set(["query", "rank", "trend", "compare", "attribution", "funnel", "cohorts", "explain"]);

function chartFrame(prev: Frame, text: string, catalog: Catalog): Frame {
  const grainFor = (f: Frame) => autoGrain(daysBetween(f.period.from, f.period.to) + 1);
  const wantsLine = /\b(?:trend ?lines?|line|over time|sparklines?)\b/.test(text);
  if (!TABULAR.has(prev.intent)) {
    // A brief, overview or recommendation list: the period's daily revenue and spend.
    const metrics = inCatalog(["revenue", "spend"], catalog);
    return {
      intent: "trend",
      metrics,
      dimensions: ["date"],
      filters: [],
      period: prev.period,
      grain: grainFor(prev),
    };
  }
  // fix8a: a comparison of totals keeps both periods: as bars (its presenter draws the pair), or as
  // a line over the span from the earlier period to the later one.
  if (prev.intent === "compare" && prev.compare && prev.dimensions.length === 0) {
    if (!wantsLine) return prev;
    const { period, compare } = prev;
    const first = compare.period.from < period.from ? compare.period : period;
    const last = first === period ? compare.period : period;
    const span = {
      from: first.from,
      to: last.to,
      label: `${first.label ?? first.from} to ${last.label ?? last.to}`,
    };
    const f: Frame = { ...prev, intent: "trend", dimensions: ["date"], period: span, compare: undefined };
    return { ...f, grain: grainFor(f) };
  }
  const series = prev.intent === "query" || prev.intent === "rank" || prev.intent === "compare";
  if (series && (wantsLine || prev.dimensions.length === 0) && !prev.dimensions.includes("date")) {
    // A single figure (or a line asked of a breakdown): the same figure over its period.
    return {
      ...prev,
      intent: "trend",
      dimensions: ["date", ...prev.dimensions.filter((d) => d !== "campaign")],
      compare: undefined,
      order: undefined,
      limit: undefined,
      grain: grainFor(prev),
    };
  }
  // fix20a: "show it as a pie chart" after the top channel: a picture of one row says nothing; the
  // rows it was the top of are drawn (a pie or donut is every member's share of the whole).
  const parts = /\b(?:pie|donut|doughnut)\b/.test(text);
  if (prev.limit !== undefined && rowsOf(prev) && (prev.limit === 1 || parts))
    return { ...prev, limit: undefined };
  return prev;
}

/** Whether the frame has rows of a breakdown other than dates. */
function rowsOf(frame: Frame): boolean {
  return frame.dimensions.some((d) => d !== "date");
}

/** "25k", "$40,000", "15 thousand", "1.5m": the amount in a short budget follow-up. */
const AMOUNT =
  /(?:^|\s)\$?(\d+(?:[.,]\d+)*)\s?(k|m|thousand|grand|million)?(?:\s?(?:dollars|bucks|usd|eur|euros))?(?=\s|$)/;
const AMOUNT_FILLER = new Set(
  (
    "what if it is its it's we had have was were instead and with how about try make it the budget total " +
    "a an of more extra additional then ok okay so now say let us lets do use spend spent split plan " +
    "would be could for next month dollars bucks usd " +
    // fix6d: "what if we only had 40k", "say we just got 30k instead", "we're down to 20k".
    "only just actually got get gets given gave give us our i we you me having has are am rather down to " +
    "cut bumped raised dropped lowered reduced goes went up budget's"
  ).split(" "),
);

function amountOf(text: string): number | undefined {
  const m = AMOUNT.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(/,/g, ""));
  const scale = m[2] === "k" || m[2] === "thousand" || m[2] === "grand" ? 1000 : m[2] ? 1_000_000 : 1;
  const rest = text.replace(AMOUNT, " ").split(" ");
  if (!rest.every((w) => !w || AMOUNT_FILLER.has(w))) return undefined;
  return Number.isFinite(n) && n > 0 ? n * scale : undefined;
}

/**
 * fix8a: "and with 20k?" after a what-if that moved a sum between channels ("move 10k from display
 * to search"): the same move with the new sum, not a total budget. Only when the plan had no total
 * of its own and the turn does not call the amount a budget.
 */
function movedAmount(b: NonNullable<Frame["budget"]>, amount: number, text: string) {
  const amounts = b.changes.filter((c) => c.changeAmount !== undefined);
  const oneMove =
    amounts.length === b.changes.length &&
    amounts.length >= 2 &&
    amounts.some((c) => c.changeAmount! > 0) &&
    amounts.some((c) => c.changeAmount! < 0);
  if (!oneMove || b.totalBudget !== undefined || b.extraBudget !== undefined) return undefined;
  if (/\b(?:budget|total|more|extra|additional|spend|spent)\b/.test(text)) return undefined;
  const changes = b.changes.map((c) => ({ ...c, changeAmount: Math.sign(c.changeAmount!) * amount }));
  return { ...b, changes };
}

/** fix21a: "what about 30%?", "and 50 percent", "try 10 pct instead": a new share in a short turn. */
const PERCENT = /(?:^|\s)(\d+(?:\.\d+)?)\s?(?:%|percent|per cent|pct)(?=\s|$)/;

/** Words a new share may carry besides the budget fillers ("hmm and 5%?", "maybe 30% of it"). */
const PERCENT_FILLER = new Set(
  "about of hmm hm um umm maybe like instead move moving shift shifting cut".split(" "),
);

function percentOf(text: string): number | undefined {
  const m = PERCENT.exec(text);
  if (!m) return undefined;
  const rest = text.replace(PERCENT, " ").split(" ");
  if (!rest.every((w) => !w || AMOUNT_FILLER.has(w) || PERCENT_FILLER.has(w))) return undefined;
  const n = Number(m[1]);
  return n > 0 && n <= 100 ? n : undefined;
}

/**
 * fix21a: the share moved by a what-if ("move 20% of display to paid search"): the one change cut by
 * a percent and the one that receives it, or undefined when the plan is not such a move.
 */
function shareMove(b: NonNullable<Frame["budget"]>) {
  const cut = b.changes.filter((c) => c.changePercent !== undefined && c.changePercent < 0);
  const receiver = b.changes.filter((c) => c.receives);
  if (cut.length !== 1 || receiver.length !== 1 || b.changes.length !== 2) return undefined;
  if (b.totalBudget !== undefined || b.extraBudget !== undefined) return undefined;
  return { cut: cut[0]!, receiver: receiver[0]! };
}

/**
 * fix21a: "what about 30%?" after moving 20% of display to paid search: the same move at the new
 * share; "try 10k instead": the same move of that sum (not a total budget of 10k). Read alone the
 * turn re-ran the 20% move (a percent) or set a total budget (a sum).
 */
function shareMoveFollowUp(prev: Frame, text: string): Frame | undefined {
  if (prev.intent !== "budget" || !prev.budget) return undefined;
  const move = shareMove(prev.budget);
  if (!move) return undefined;
  const share = percentOf(text);
  const swap = (cut: FrameBudgetChange, receiver: FrameBudgetChange) => ({
    ...prev,
    budget: { ...prev.budget!, changes: prev.budget!.changes.map((c) => (c === move.cut ? cut : receiver)) },
  });
  const { changePercent: _p, ...cutRest } = move.cut;
  if (share !== undefined) return swap({ ...cutRest, changePercent: -share }, move.receiver);
  const amount = amountOf(text);
  if (amount === undefined || /\b(?:budget|total|more|extra|additional)\b/.test(text)) return undefined;
  const { receives: _r, ...receiverRest } = move.receiver;
  return swap({ ...cutRest, changeAmount: -amount }, { ...receiverRest, changeAmount: amount });
}

function budgetAmount(prev: Frame, text: string): Frame | undefined {
  if (prev.intent !== "budget" || !prev.budget) return undefined;
  const shared = shareMoveFollowUp(prev, text);
  if (shared) return shared;
  const amount = amountOf(text);
  if (amount === undefined) return undefined;
  const b = prev.budget;
  const moved = movedAmount(b, amount, text);
  if (moved) return { ...prev, budget: moved };
  const extra = b.extraBudget !== undefined || /\b(?:more|extra|additional)\b/.test(text);
  const { extraBudget: _e, totalBudget: _t, totalBudgetChangePercent: _p, ...rest } = b;
  return { ...prev, budget: extra ? { ...rest, extraBudget: amount } : { ...rest, totalBudget: amount } };
}

/** "add cpa", "also show roas", "include aov too": more columns for the same rows. */
const ADD_START =
  /^(?:(?:can you|could you|please|pls|now|ok|okay|and|then|also)\s+)*(?:add|include|throw in|plus|also (?:show|give|add|include))\b|\b(?:too|as well)$/;

/** Words an "add a metric" follow-up may say besides the metric. */
const ADD_WORDS = new Set(["add", "include", "well", "too", "plus", "column", "columns", "throw"]);

/** Intents whose rows can take more metrics. */
const ADDABLE = new Set(["query", "rank", "compare", "trend"]);

function addedMetrics(prev: Frame, p: ParsedQuestion, catalog: Catalog): Frame | undefined {
  // "show CAC instead" swaps the metric (follow-up.ts); only an addition is handled here.
  if (!ADDABLE.has(prev.intent) || !p.metrics.length || !ADD_START.test(p.text) || /\binstead\b/.test(p.text))
    return undefined;
  if (p.time.period || p.time.compare || p.dims.dimensions.length || p.dims.filters.length) return undefined;
  if (p.unknownWords.some((w) => !CHART_FILLER.has(w) && !ADD_WORDS.has(w))) return undefined;
  return mergeFollowUp(prev, { ...p, signals: { ...p.signals, addMetrics: true } }, catalog);
}

/** fix16d: "per day average", "avg per day", "daily avg", "as a per-day average": a normalisation only. */
const PER_DAY =
  /\b(?:per[- ]day|a day|each day|daily|per diem)\b.*\b(?:average|avg|mean|typical)\b|\b(?:average|avg|mean|typical)\b.*\b(?:per[- ]day|a day|each day|daily|per diem)\b/;
/** Words a per-day follow-up may say besides its own. */
const PER_DAY_FILLER = new Set(
  (
    "per day a each daily diem average averages averaged avg mean typical on as the it that this those them " +
    "instead show me give please pls can could you do now ok okay and then what s is was were for by " +
    "basis rather figure figures number numbers weekday weekdays so how about would be same but"
  ).split(" "),
);
/** Intents whose rows can take an average per day. */
const PER_DAY_INTENTS = new Set(["query", "rank", "trend"]);

/**
 * "per day average" after a figure or a breakdown: the same rows with each one's average per day
 * (query_metrics `average: "per_day"`, daily-average.ts). After a breakdown by day of week, each
 * weekday's total is divided by how many of that weekday the period holds. A date series keeps
 * its grain (each bucket's average per day); a single figure becomes its daily average.
 */
function perDayFollowUp(
  prev: Frame,
  previous: Plan & { kind: "tool_calls" },
  p: ParsedQuestion,
): Frame | undefined {
  if (!PER_DAY_INTENTS.has(prev.intent) || previous.calls.length !== 1) return undefined;
  if (previous.calls[0]?.name !== "query_metrics" || prev.average) return undefined;
  if (!PER_DAY.test(p.text) || p.metrics.length || p.dims.filters.length || p.time.period) return undefined;
  if (p.dims.dimensions.some((d) => d !== "date")) return undefined;
  if (!p.text.split(" ").every((w) => !w || PER_DAY_FILLER.has(w))) return undefined;
  const dated = prev.dimensions.includes("date");
  // A series by day is already per day: its buckets' average is the period's daily average.
  if (dated && (prev.grain ?? "day") === "day") {
    const others = prev.dimensions.filter((d) => d !== "date");
    return { ...prev, intent: "query", dimensions: others, grain: undefined, average: "per_day" };
  }
  return { ...prev, average: "per_day" };
}

/**
 * The previous answer's frame, changed as a short follow-up asks, or undefined when the question
 * is not one of these follow-ups (see the file comment).
 * @example threadFollowUp(parse("what if it's 25k?"), budgetPlan, catalog)?.budget?.extraBudget // 25000
 */
export function threadFollowUp(
  p: ParsedQuestion,
  previous: Plan | undefined,
  catalog: Catalog,
): Frame | undefined {
  if (previous?.kind !== "tool_calls") return undefined;
  const prev = previous.frame;
  if (asksForChart(p.text)) return chartFrame(prev, p.text, catalog);
  const derived = seriesStepFollowUp(prev, p.text); // fix12a: "chart it, cumulative" (series-follow-up.ts)
  if (derived) return derived;
  const budget = budgetAmount(prev, p.text) ?? objectiveFollowUp(prev, p.text);
  if (budget) return budget;
  const added = addedMetrics(prev, p, catalog);
  if (added) return added;
  const perDay = perDayFollowUp(prev, previous, p);
  if (perDay) return perDay;
  if (
    prev.intent === "funnel" &&
    p.dims.dimensions.includes("channel") &&
    !p.metrics.length &&
    !p.signals.budget
  ) {
    const period = p.time.period ?? prev.period;
    return { ...prev, period, funnel: { byChannel: true } };
  }
  return undefined;
}

/**
 * A refinement typed instead of picking a clarification's option ("add cpa" after "by conversions
 * do you mean Orders or ...?"): the original question planned with the first option, then this
 * question as its follow-up, with a note naming the reading taken. Undefined when the question
 * stands on its own.
 */
export function resumeAfterClarification(
  question: string,
  ctx: PlannerContext,
  plan: (q: string, c: PlannerContext) => Plan,
): Plan | undefined {
  const prev = ctx.previous;
  if (prev?.kind !== "clarify" || prev.automation || ctx.clarificationId) return undefined;
  const typed = planTypedBreakdown(question, ctx, plan);
  if (typed) return typed;
  const first = prev.options[0];
  if (!first?.id.startsWith("metric:")) return undefined;
  const original = plan(prev.originalQuestion, { ...ctx, previous: undefined, clarificationId: first.id });
  if (original.kind !== "tool_calls") return undefined;
  const p = parseQuestion(question, ctx);
  const continues =
    addedMetrics(original.frame, p, ctx.catalog) !== undefined ||
    (p.signals.followUp && isFollowUp(p, original.frame));
  if (!continues) return undefined;
  const refined = plan(question, { ...ctx, previous: original });
  if (refined.kind !== "tool_calls") return undefined;
  const asked = /"([^"]+)"/.exec(prev.question)?.[1] ?? normalize(prev.originalQuestion);
  const note = `I read "${asked}" as ${first.label} (the first of the options I offered).`;
  refined.frame.note = [note, refined.frame.note].filter(Boolean).join(" ");
  return refined;
}
