/**
 * fix15d: "which days in september did we send no email", "days with zero spend on tiktok last
 * month": the days of the period with none of the figure, read from the daily series. A day with
 * no row at all counts as none (the series has no row where nothing was recorded), and days after
 * the data's last day are not counted. Before, the answer was the period's total, which names no
 * day; an answer of "none" names the day with the least instead, so it still says something.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { addDays } from "../../semantic/query/dates.ts";
import {
  formatCurrency,
  formatDate,
  formatNumber,
  formatPeriod,
  inSentence,
  joinList,
} from "../answer/format.ts";
import { NONE_DAYS } from "../planner/day-shape-wordings.ts";
import { normalize } from "../planner/normalize.ts";
import type { Presentation, PresentContext } from "./types.ts";

/** Above this many days with none, the line names the first few and leaves the rest to the table. */
const LISTED = 12;

/**
 * The answer to "which days had none of X", or undefined when the question does not ask it or the
 * result is not one figure by day.
 * @example noneDaysText(emailSendsByDay, "days we sent no email in oct", ctx)
 *   // "No day of October 1–31, 2026 went without email sends: the fewest was 47 (October 12, 2026)."
 */
export function noneDaysText(
  result: MetricResult,
  question: string,
  ctx: PresentContext,
): string | undefined {
  if (!NONE_DAYS.test(normalize(question))) return undefined;
  const dims = result.columns.filter((c) => c.kind === "dimension");
  const figures = result.columns.filter((c) => c.kind === "metric");
  const grain = result.provenance.grain ?? "day";
  if (dims.length !== 1 || dims[0]!.key !== "date" || grain !== "day" || figures.length < 1) return undefined;
  const figure = figures[0]!;
  const range = result.provenance.timeRange;
  const through = result.provenance.dataFreshness.adSpendThrough;
  const last = through && through < range.to ? through : range.to;
  if (last < range.from) return undefined;
  const byDay = new Map<string, number>();
  for (const r of result.rows) {
    const v = r[figure.key];
    if (typeof v === "number" && Number.isFinite(v)) byDay.set(String(r.date).slice(0, 10), v);
  }
  const none: string[] = [];
  for (let d = range.from; d <= last; d = addDays(d, 1)) if ((byDay.get(d) ?? 0) === 0) none.push(d);
  const period = formatPeriod({ from: range.from, to: last });
  const name = inSentence(figure.label);
  if (!none.length) {
    let least: [string, number] | undefined;
    for (const [d, v] of byDay) if (!least || v < least[1]) least = [d, v];
    const show = least
      ? figure.unit === "currency"
        ? formatCurrency(least[1], ctx.currency)
        : formatNumber(least[1], Number.isInteger(least[1]) ? 0 : 2)
      : undefined;
    return `No day of ${period} went without ${name}${least ? `: the fewest was ${show} (${formatDate(least[0])})` : ""}.`;
  }
  const named = none.slice(0, LISTED).map((d) => formatDate(d));
  const more = none.length > LISTED ? ", and more in the table" : "";
  return `Days of ${period} with no ${name}: ${joinList(named)}${more}.`;
}

/**
 * The presentation led by the days-with-none line when the question asks for them.
 * @example withNoneDays(p, result, ctx) // text "Days of ... with no email sends: ...\n" + p.text
 */
export function withNoneDays(p: Presentation, result: MetricResult, ctx: PresentContext): Presentation {
  const line = ctx.question ? noneDaysText(result, ctx.question, ctx) : undefined;
  return line ? { ...p, text: `${line}\n${p.text}` } : p;
}
