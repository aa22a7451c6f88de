/**
 * fix13f: weekends set against weekdays ("do saturdays and sundays convert better than mon-fri",
 * "weekday vs weekend sessions, daily average", "is aov higher on weekends or during the work
 * week"). Read as a breakdown by day of week, or as a daily series when "per day" was said, the
 * answer listed seven weekdays or ninety dates and never the two sides. Each side is one
 * query_metrics call keeping only its days (MetricQuery `days.weekPart`), labelled, with each sum's
 * average per day: a side of two days and one of five are compared per day, not as totals. Rates
 * (conversion rate, AOV) come from the kept days' own sums.
 */
import { addDays } from "../../semantic/query/dates.ts";
import type { Plan, PlannedCall, PlannerContext } from "./types.ts";

/** The weekend said as such or as its two days ("sat-sun", "saturdays and sundays"). */
const WEEKEND = String.raw`(?:the\s+)?(?:weekends?|wkn?ds?|wkends?|sat(?:urday)?s?\s*(?:-|–|and|&|\+|to|\/)?\s*sun(?:day)?s?)`;
/** The weekdays said as such or as their span ("mon-fri", "the work week", "business days"). */
const WEEKDAY = String.raw`(?:the\s+)?(?:week\s?days?|wkdays?|work\s?(?:days?|week)|business\s+days?|mon(?:day)?s?\s*(?:-|–|to|through|thru)?\s*fri(?:day)?s?)`;
const LINK = String.raw`\s*(?:vs\.?|versus|or|and|against|compared\s+(?:to|with)|than|relative\s+to|over|v)\s*(?:on\s+|during\s+|in\s+)?`;
/** Both sides, either first: "weekends vs weekdays", "mon-fri or sat-sun". */
const PAIR = new RegExp(
  String.raw`\b(?:on\s+|during\s+|over\s+)?(?:${WEEKEND}${LINK}${WEEKDAY}|${WEEKDAY}${LINK}${WEEKEND})\b`,
);
/** A side said apart from the other ("do weekends convert better than the work week"). */
const APART = [
  new RegExp(String.raw`\b(?:on\s+|during\s+|over\s+)?${WEEKEND}\b`),
  new RegExp(String.raw`\b(?:on\s+|during\s+|over\s+)?${WEEKDAY}\b`),
];
/**
 * fix16c: "by day type", "weekday/weekend split", "type of day": the two sides named as one
 * breakdown. Read as a date ("day"), the answer listed ninety dates and never the two sides.
 */
const DAY_TYPE =
  /\b(?:(?:by|per|across|split by|broken down by|grouped by)\s+)?(?:day\s?types?|types?\s+of\s+days?|kinds?\s+of\s+days?|day\s+kinds?|(?:week\s?day|week\s?end)\s*\/\s*(?:week\s?day|week\s?end)s?(?:\s+(?:split|breakdown))?|(?:week\s?day|week\s?end)\s+(?:split|breakdown))\b/g;
/** A schedule ("every weekday"), not a comparison. */
const SCHEDULE = /\b(?:every|each)\s+(?:week\s?day|weekend|business day|work\s?day)\b/;
/** Words asking for a per-day figure: every side gets one anyway. */
const PER_DAY =
  /\b(?:(?:on\s+)?(?:an?\s+)?(?:average|avg)(?:\s+per)?|per\s+day|a\s+day|each\s+day|daily(?:\s+average)?|day\s+by\s+day)\b/g;
/** Comparison words left behind once the sides are out. */
const LEFT_OVER =
  /\b(?:vs\.?|versus|compared|comparison|compare|better|worse|higher|lower|more|less|than|do|does|is|are|we|convert|differ(?:ent|ence)?)\b/g;

/** The sides in the order the answer gives them. */
const SIDES = [
  { weekPart: "weekend", label: "Weekends (Sat–Sun)" },
  { weekPart: "weekday", label: "Weekdays (Mon–Fri)" },
] as const;

/** Whether a (normalized) question sets weekends against weekdays. */
export function asksWeekPart(text: string): boolean {
  if (SCHEDULE.test(text)) return false;
  return PAIR.test(text) || APART.every((re) => re.test(text)) || new RegExp(DAY_TYPE.source).test(text);
}

/** The question with the two sides, their links and per-day words taken out. */
function withoutSides(text: string): string {
  let rest = text.replace(DAY_TYPE, " ").replace(PAIR, " ");
  for (const re of APART) rest = rest.replace(re, " ");
  // "convert" asks for the conversion rate once its sentence is gone.
  const converts =
    /\bconver(?:t|ts|ting|sion)\b/.test(rest) && !/\bconversion rate|conv rate|cvr\b/.test(rest);
  // fix16c: "do ppl buy more on wkends": people buying are orders, not users.
  rest = rest.replace(
    /\b(?:people|ppl|folks|shoppers|customers|we)\s+(?:buy|purchase|shop|order)\b/g,
    " orders ",
  );
  rest = rest.replace(PER_DAY, " ").replace(LEFT_OVER, " ");
  return `${converts ? "conversion rate " : ""}${rest}`.replace(/[:?,]/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * The two sides' plan, or undefined when the question does not set weekends against weekdays or
 * the rest of it is not a plain metric query (a breakdown by channel stays; a series does not).
 */
export function weekPartPlan(
  text: string,
  ctx: PlannerContext,
  replan: (q: string, ctx: PlannerContext) => Plan,
): Plan | undefined {
  if (!asksWeekPart(text)) return undefined;
  const rest = withoutSides(text);
  if (!rest) return undefined;
  const plan = replan(rest, ctx);
  if (plan.kind !== "tool_calls" || plan.calls.length !== 1) return undefined;
  const call = plan.calls[0]!;
  const range = call.args.timeRange as { from: string; to: string } | undefined;
  const dims = (call.args.dimensions as string[] | undefined) ?? [];
  if (call.name !== "query_metrics" || !range || call.args.grain || call.args.compareTo) return undefined;
  if (dims.includes("date") || dims.includes("day_of_week")) return undefined;
  // No period named: thirteen weeks, so each side has enough of its days (26 weekend days).
  // No period named: the last 90 days, as a trend's default, so each side has enough of its days.
  const loose = /\(default\)$/.test(plan.frame.period.label);
  const period = loose ? { from: addDays(range.to, -89), to: range.to } : range;
  const label = loose ? "last 90 days of data (default)" : plan.frame.period.label;
  const calls: PlannedCall[] = SIDES.map((side) => ({
    name: "query_metrics",
    args: {
      ...call.args,
      timeRange: period,
      days: { ...((call.args.days as object | undefined) ?? {}), weekPart: side.weekPart },
      average: "per_day",
      label: side.label,
    },
  }));
  return {
    ...plan,
    calls,
    frame: { ...plan.frame, period: { ...plan.frame.period, ...period, label } },
    notes: [
      ...(plan.notes ?? []),
      "Weekends are Saturday and Sunday, weekdays Monday to Friday; sums are given per day, since a week has two of one and five of the other.",
    ],
  };
}
