/**
 * fix18c: "what's the one number that matters most right now", "if you could only track one kpi",
 * "our north star metric?", and then "why that one?". Both were declined as outside what the
 * assistant helps with. The answer picks one figure and says why: MER (all tracked revenue over
 * all ad spend), the efficiency figure no attribution model changes, held against break-even at the
 * gross margin and the period before (the metric verdict's plan and placeholder), led by the reason.
 */
import { METRIC_VERDICT_NOTE } from "../present/metric-verdict.ts";
import { defaultPeriod } from "./frame.ts";
import { settlePeriods } from "./period-settle.ts";
import { fittedPlan } from "./pipeline/assemble-stage.ts";
import type { Reading } from "./pipeline/types.ts";
import { baselineOf } from "./time.ts";
import type { Frame, Plan } from "./types.ts";

/** Asked to pick one figure: "the one number that matters", "one kpi to watch", "north star metric". */
const ASKS_ONE =
  /\b(?:(?:the |a |one |single |1 )(?:single |one |most important |key |main )?(?:number|metric|kpi|figure|stat|measure)s? (?:that|which|i|we|to)\b.{0,40}\b(?:matters?|count|watch|track|look at|focus on|care about|follow|obsess over|check)|(?:most important|key|main|top|single most important) (?:number|metric|kpi|figure|stat|measure) (?:right now|to (?:watch|track|focus on)|for (?:us|me|the business|my business)|(?:i|we) should (?:watch|track|focus on|care about))|north ?star(?: metric| kpi| number)?|(?:only|just) (?:track|watch|look at|check) one (?:number|metric|kpi|thing)|pick one (?:number|metric|kpi)|one (?:number|metric|kpi) to rule)\b/;

/** "why that one", "why mer", "why not revenue", "why did you pick it" after the pick. */
const ASKS_WHY = /^(?:(?:ok|okay|and|but|so|hmm)\s+)*why\b.{0,40}$/;

/** The reason, said first (no figures: those follow from the tools). */
export const ONE_NUMBER_NOTE =
  "The one number: MER (all tracked revenue over all ad spend). Why that one: it ties every dollar of ad spend to every dollar of revenue, so no attribution model can move it, and held against break-even at your gross margin it says whether marketing as a whole pays for itself; revenue alone hides what it cost, and ROAS or CAC depend on which model credits the sale. Watch it with its trend: a falling MER means spend is growing faster than the revenue it brings.";

/** Whether the turn asks for the one number, or why after it was picked. */
function asksOne(r: Reading): boolean {
  const q = r.question.toLowerCase();
  if (ASKS_ONE.test(q)) return true;
  return !!r.previous?.note?.includes(ONE_NUMBER_NOTE) && ASKS_WHY.test(q.replace(/[?!.]+\s*$/, "").trim());
}

/**
 * The one-number plan (MER now against the period before, and break-even), or undefined.
 * @example oneNumberPlan(reading("what's the one number that matters most"))?.calls.map((c) => c.name) // ["compare_periods", "profitability"]
 */
export function oneNumberPlan(r: Reading): Plan | undefined {
  if (!asksOne(r) || !r.ctx.catalog.metrics.has("mer")) return undefined;
  // "one number every monday": a weekday is when it is looked at, not the period it covers.
  const own = r.p.time.period;
  const named = own && !/default/.test(own.label) && own.from !== own.to ? own : undefined;
  const period = named ?? r.previous?.period ?? defaultPeriod("query", r.p.today, r.p.dataEnd);
  const frame: Frame = {
    intent: "compare",
    metrics: ["mer"],
    dimensions: [],
    filters: [],
    period,
    compare: { mode: "previous_period", period: baselineOf(period, "previous_period") },
    note: `${ONE_NUMBER_NOTE} ${METRIC_VERDICT_NOTE}`,
  };
  const settled = settlePeriods(frame, r.p, r.question);
  const plan = fittedPlan({ ...settled, note: frame.note }, r.ctx.catalog);
  if (plan.kind !== "tool_calls") return undefined;
  const range = { from: settled.period.from, to: settled.period.to };
  return {
    ...plan,
    calls: [...plan.calls, { name: "profitability", args: { analysis: "break_even", period: range } }],
  };
}
