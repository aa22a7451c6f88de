/**
 * fix12b: "sales over the opening 7 days of every month", "orders in the final week of each
 * month", "spend on days 1-10 of each month": the same days of every month, month by month. Read as
 * a plain monthly trend the answer gave whole months, a different question. The metrics core
 * counts only the first or last N days of each month (MetricQuery `days.monthDays`), so the rest of
 * the question is planned by month and every query_metrics call keeps only those days.
 */
import type { Plan, PlannedCall, PlannerContext } from "./types.ts";

const EACH_MONTH = String.raw`(?:of|in)\s+(?:each|every|the|a|every single)\s+month(?:s)?`;
const SPAN = String.raw`(?:week|(?<n>\d{1,2})\s+days|(?<word>few|couple(?: of)?)\s+days|days)`;
/** "the first week of each month", "the opening 10 days of every month", "the last few days in each month". */
const EDGE = new RegExp(
  String.raw`\b(?:the\s+|over\s+the\s+|during\s+the\s+|for\s+the\s+|in\s+the\s+|on\s+the\s+)?(?<edge>first|opening|initial|early|last|final|closing|end(?:ing)?)\s+${SPAN}\s+${EACH_MONTH}\b`,
  "i",
);
/** "days 1-7 of each month", "the 1st to the 7th of every month", "days 1 through 10 in every month". */
const DAY_SPAN = new RegExp(
  String.raw`\b(?:on\s+|for\s+|over\s+)?(?:the\s+)?(?:days?\s+)?1(?:st)?\s*(?:-|–|to|through|thru|until|till)\s*(?:the\s+)?(?<n>\d{1,2})(?:st|nd|rd|th)?\s+${EACH_MONTH}\b`,
  "i",
);

/** The days of each month asked for, and the question without their words. */
export interface MonthEdge {
  edge: "first" | "last";
  count: number;
  rest: string;
}

function countOf(n: string | undefined, word: string | undefined): number {
  if (n) return Number(n);
  return word ? 3 : 7;
}

/**
 * The days of each month a question keeps, or undefined when it names none.
 * @example monthEdge("orders in the final week of each month") // { edge: "last", count: 7, rest: "orders by month" }
 */
export function monthEdge(question: string): MonthEdge | undefined {
  const m = EDGE.exec(question) ?? DAY_SPAN.exec(question);
  if (!m?.groups) return undefined;
  const edge = /^(?:last|final|closing|end)/i.test(m.groups.edge ?? "") ? "last" : "first";
  const count = countOf(m.groups.n, m.groups.word);
  if (count < 1 || count > 28) return undefined;
  const rest = `${question.slice(0, m.index)} by month ${question.slice(m.index + m[0].length)}`
    .replace(/\s+/g, " ")
    .trim();
  return { edge, count, rest };
}

/** A query_metrics call by month that keeps only the month's edge days. */
function keepingEdge(call: PlannedCall, edge: MonthEdge): PlannedCall {
  const days = (call.args.days ?? {}) as Record<string, unknown>;
  return {
    ...call,
    args: { ...call.args, days: { ...days, monthDays: { edge: edge.edge, count: edge.count } } },
  };
}

function edgeNote(edge: MonthEdge): string {
  const which = edge.edge === "first" ? `days 1–${edge.count}` : `the last ${edge.count} days`;
  return `Only ${which} of each month are counted here, month by month; the rest of each month is left out.`;
}

/**
 * The plan by month over only the edge days, or undefined when the question names no such days
 * or its answer is not a monthly metric query.
 */
export function monthEdgePlan(
  question: string,
  ctx: PlannerContext,
  replan: (q: string, ctx: PlannerContext) => Plan,
): Plan | undefined {
  const edge = monthEdge(question);
  if (!edge) return undefined;
  const plan = replan(edge.rest, ctx);
  if (plan.kind !== "tool_calls" || !plan.calls.length) return undefined;
  if (!plan.calls.every((c) => c.name === "query_metrics" && c.args.grain === "month")) return undefined;
  return {
    ...plan,
    calls: plan.calls.map((c) => keepingEdge(c, edge)),
    notes: [...(plan.notes ?? []), edgeNote(edge)],
  };
}
