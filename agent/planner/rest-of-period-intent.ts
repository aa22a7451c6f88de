/**
 * fix20b: a stretch set against the rest of the month or week that holds it ("how did black friday
 * do vs the rest of november", "cyber week orders compared with the rest of the month", "bf weekend
 * against the other days of the month"). Read as two periods, the month was the coming one (no
 * data) or the question was declined. The stretch is planned as the question without that clause;
 * the rest is the month (or week) around it with the stretch's days left out (MetricQuery
 * `days.exclude`), and both carry the average per day, because the two spans differ in length.
 */
import { dayInWords, MONTH_NAMES, spanInWords } from "../../lib/months.ts";
import { addDays, endOfMonth, startOfWeek } from "../../semantic/query/dates.ts";
import { normalize } from "./normalize.ts";
import { MONTH_PATTERN, monthIndex } from "./time-phrases.ts";
import type { Plan, PlannedCall, PlannerContext } from "./types.ts";

/** "vs the rest of november", "compared with the remainder of the month", "than the other days of the week". */
const REST_OF = new RegExp(
  String.raw`\b(?:vs|versus|compared? (?:to|with)|against|than|relative to|over)\s+(?:the\s+|all\s+the\s+)?(?:(?:rest|remainder|balance) of|other days (?:of|in)|other (?=(?:${MONTH_PATTERN})\s+days\b))\s*(?:the\s+)?(?<container>month|week|${MONTH_PATTERN})(?:\s+(?<year>20\d\d))?(?:\s+days\b)?`,
);

/** What the clause names: the stretch's own question, and the month or week around it. */
export interface RestOfPeriod {
  /** The question without the clause: it plans the stretch itself. */
  stretch: string;
  container: "month" | "week" | { month: number; year?: number | undefined };
}

/**
 * The stretch's question and its container, or undefined when no "rest of" clause is asked.
 * @example readRestOfPeriod("how did black friday do vs the rest of november") // { stretch: "how did black friday do", container: { month: 10 } }
 */
export function readRestOfPeriod(question: string): RestOfPeriod | undefined {
  const text = normalize(question);
  const m = REST_OF.exec(text);
  if (!m?.groups?.container) return undefined;
  // "was black friday better than ...": the comparative belongs to the clause, not to the stretch.
  const stretch = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`
    .replace(
      /\b(?:much |any )?(?:better|worse|higher|lower|bigger|smaller|stronger|weaker|busier|quieter)\b/g,
      " ",
    )
    .replace(/\s+/g, " ")
    .trim();
  if (!stretch) return undefined;
  const word = m.groups.container;
  if (word === "month" || word === "week") return { stretch, container: word };
  const month = monthIndex(word);
  if (month < 0) return undefined;
  return { stretch, container: { month, year: m.groups.year ? Number(m.groups.year) : undefined } };
}

interface Span {
  from: string;
  to: string;
}

/** The month or week around the stretch (a named month in the stretch's year unless a year is said). */
function containerSpan(c: RestOfPeriod["container"], stretch: Span): { span: Span; label: string } {
  if (c === "week") {
    const from = startOfWeek(stretch.from);
    return { span: { from, to: addDays(from, 6) }, label: `the rest of the week of ${dayInWords(from)}` };
  }
  const year =
    c === "month" ? Number(stretch.from.slice(0, 4)) : (c.year ?? Number(stretch.from.slice(0, 4)));
  const month = c === "month" ? Number(stretch.from.slice(5, 7)) - 1 : c.month;
  const from = `${year}-${String(month + 1).padStart(2, "0")}-01`;
  return { span: { from, to: endOfMonth(from) }, label: `the rest of ${MONTH_NAMES[month]} ${year}` };
}

/** "black friday" -> "Black Friday", "bf week" -> "BF Week": a stretch's words as a row label. */
const titled = (s: string) =>
  s.replace(/\b[a-z][a-z0-9]*/g, (w) =>
    w.length <= 2 || /^(?:bfcm|bf\d+)$/.test(w) ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1),
  );

/**
 * The plan of the stretch beside the rest of its month or week, each with its average per day, or
 * undefined when the question asks no such thing or its stretch is not one dated metric query.
 */
export function restOfPeriodPlan(
  question: string,
  ctx: PlannerContext,
  replan: (q: string, ctx: PlannerContext) => Plan,
): Plan | undefined {
  const read = readRestOfPeriod(question);
  if (!read) return undefined;
  const plan = replan(read.stretch, ctx);
  if (plan.kind !== "tool_calls" || plan.calls.length !== 1) return undefined;
  const call = plan.calls[0]!;
  const range = call.args.timeRange as Partial<Span> | undefined;
  const dims = (call.args.dimensions ?? []) as string[];
  if (call.name !== "query_metrics" || !range?.from || !range.to || dims.length) return undefined;
  const stretch = { from: range.from, to: range.to };
  const around = containerSpan(read.container, stretch);
  // The stretch's days inside the container are left out of the rest; a stretch as long as the
  // container leaves no rest to compare.
  const overlap = {
    from: stretch.from > around.span.from ? stretch.from : around.span.from,
    to: stretch.to < around.span.to ? stretch.to : around.span.to,
  };
  if (overlap.from <= around.span.from && overlap.to >= around.span.to) return undefined;
  const named = plan.frame.period.label.replace(/^(?:on|in|during|for|over|the) /, "");
  const stretchLabel = titled(named).slice(0, 80);
  const restLabel = `R${around.label.slice(5)}`.slice(0, 80);
  const base = { ...call.args, average: "per_day" };
  const calls: PlannedCall[] = [
    { name: "query_metrics", args: { ...base, label: stretchLabel } },
    {
      name: "query_metrics",
      args: {
        ...base,
        timeRange: around.span,
        ...(overlap.from <= overlap.to ? { days: { exclude: [overlap] } } : {}),
        label: restLabel,
      },
    },
  ];
  const note = `${stretchLabel} (${spanInWords(stretch)}) is set against ${around.label} (${spanInWords(around.span)}, without ${stretchLabel}'s own days). The two spans differ in length, so the average per day is the like-for-like figure.`;
  return {
    ...plan,
    calls,
    frame: { ...plan.frame, average: "per_day" },
    notes: [...(plan.notes ?? []), note],
  };
}
