/**
 * fix10a: planning spend for a period still ahead from the same period last year ("how much should
 * we put behind next Black Friday", "what do we need to spend over next cyber monday"). Read as a
 * report of a future period it was declined as a forecast, with no basis offered. The data has
 * last year's occurrence, so the answer is grounded in it: what was spent there by channel and what
 * it returned, then the split the fitted response curves suggest for the coming period (the
 * recommend_budget tool), with the assumption stated. No figure for the future is invented.
 */
import { spanInWords } from "../../lib/months.ts";
import { addDays } from "../../semantic/query/dates.ts";
import { frameFor } from "./frame.ts";
import { toolPlan } from "./pipeline/assemble-stage.ts";
import { withNotes } from "./pipeline/noted-plans.ts";
import type { Reading } from "./pipeline/types.ts";
import { HOLIDAY_PATTERN, HOLIDAYS } from "./time-holidays.ts";
import type { Period, Plan } from "./types.ts";

/** "what should we spend", "how much should we budget", "how much do we need to put in". */
const PLAN_SPEND =
  /\b(?:what|how much) (?:should|do|would|could|can|must|shall) (?:we|i) (?:need to |want to |plan to )?(?:spend|budget|invest|put in|put behind|allocate|set aside)\b|\b(?:what|how much) (?:budget|spend|money) (?:should|do|would|will) (?:we|i) (?:plan|need|set|have|put)\b|\bhow (?:big|large|much) (?:should|would) (?:our |the )?(?:budget|spend) be\b/;
const NAMED = new RegExp(`\\b(${HOLIDAY_PATTERN})\\b`);

/** The same period a year earlier: a named holiday as it fell then, else the dates 52 weeks back. */
function yearEarlier(period: Period, text: string): Period {
  const name = NAMED.exec(text)?.[1];
  const year = Number(period.from.slice(0, 4));
  const make = name ? HOLIDAYS[name] : undefined;
  const now = make?.(year);
  if (make && now && now.from === period.from && now.to === period.to)
    return { ...make(year - 1), label: `${name} ${year - 1}` };
  return { from: addDays(period.from, -364), to: addDays(period.to, -364), label: "the same days last year" };
}

/**
 * The plan for a spend-planning question about a period still ahead whose occurrence a year
 * earlier is in the data, or undefined.
 */
export function planFromHistory(r: Reading): Plan | undefined {
  const { p, ctx } = r;
  const period = p.time.period;
  const start = ctx.dataStart;
  if (!period || period.from <= p.today || !start || !PLAN_SPEND.test(p.text) || p.signals.budget)
    return undefined;
  const before = yearEarlier(period, p.text);
  if (before.from < start || (ctx.dataEnd && before.to > ctx.dataEnd)) return undefined;
  const base = frameFor(
    "query",
    { ...p, time: { ...p.time, period: before, compare: undefined } },
    ctx.catalog,
  );
  const report = toolPlan({
    ...base,
    intent: "query",
    metrics: ["spend", "revenue", "roas", "orders"],
    dimensions: ["channel"],
    period: before,
    compare: undefined,
  });
  const budget = toolPlan({
    ...frameFor("budget", p, ctx.catalog),
    period,
    budget: { level: "channel", locked: [], changes: [], objective: "profit" },
  });
  if (report.kind !== "tool_calls" || budget.kind !== "tool_calls") return undefined;
  const note =
    `I don't forecast, so this is built from ${before.label} (${spanInWords(before)}): what you spent there by channel ` +
    `and what it returned, then how the response curves fitted on your history would split spend for ` +
    `${spanInWords(period)}, assuming customers respond as they did over the last year.`;
  return withNotes({ ...report, calls: [...report.calls, ...budget.calls] }, [note]);
}
