/**
 * "MoM growth in orders by channel for Q3", "week over week revenue this quarter": a series asked
 * period over period. Each period's value beside its change on the period before, per series (one
 * per member of a second dimension, or the total), with the latest change summed up. Without this
 * the answer listed "2026-07-01 / Affiliate: 9 (0.7% of the total)" rows and no change at all.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { addDays, addMonths, endOfMonth } from "../../semantic/query/dates.ts";
import { dataEndNote, formatNumber, formatPeriod, formatValue, metricSpecOf } from "../answer/index.ts";
import { periodName } from "./member-share.ts";

/** The question asks each period against the one before. */
const PERIOD_OVER_PERIOD =
  /\b(?:mom|wow|qoq|dod|(?:month|week|quarter|day) (?:over|on) (?:month|week|quarter|day)|(?:monthly|weekly|quarterly) (?:growth|change)|(?:growth|change) (?:each|every|per|by) (?:month|week|quarter))\b/i;

/**
 * Whether the question asks each period against the one before in words this presenter reads.
 * @example asksPeriodOverPeriod("mom orders by channel") // true
 */
export const asksPeriodOverPeriod = (question: string): boolean => PERIOD_OVER_PERIOD.test(question);

const TIME_KEYS = new Set(["date", "week", "month", "quarter", "year"]);
/** More series than this are left to the table (the lines would not be read). */
const MAX_SERIES = 10;

const changeText = (current: number, previous: number | undefined) => {
  if (previous === undefined) return "";
  if (previous === 0) return current === 0 ? " (no change)" : " (up from zero)";
  const pct = ((current - previous) / Math.abs(previous)) * 100;
  return ` (${pct >= 0 ? "+" : "-"}${formatNumber(Math.abs(pct), 1)}%)`;
};

/**
 * The period-over-period lines for a series asked that way: one line per series, each period's
 * value and its change on the period before; "" when the question does not ask it or the result
 * is not a time series of one metric (optionally split by one dimension) with two periods or more.
 * @example periodOverPeriodText(ordersByMonthAndChannel, { grain: "month" }, "mom orders by channel", "USD")
 *   // "Orders month over month, each month's change on the month before:\n- Paid Search: July 2026 49; ..."
 */
export function periodOverPeriodText(
  result: MetricResult,
  args: Record<string, unknown>,
  question: string | undefined,
  currency: string,
): string {
  if (!question || !PERIOD_OVER_PERIOD.test(question) || result.comparison) return "";
  const dims = result.columns.filter((c) => c.kind === "dimension");
  const time = dims.find((c) => TIME_KEYS.has(c.key));
  const split = dims.find((c) => !TIME_KEYS.has(c.key));
  const metrics = result.columns.filter((c) => c.kind === "metric");
  if (!time || dims.length > 2 || metrics.length !== 1) return "";
  const metric = metrics[0]!;
  const spec = metricSpecOf(metric);
  const series = new Map<string, Map<string, number>>();
  for (const r of result.rows) {
    const v = r[metric.key];
    if (typeof v !== "number") continue;
    const name = split ? String(r[split.key]) : metric.label;
    const points = series.get(name) ?? new Map<string, number>();
    points.set(String(r[time.key]), v);
    series.set(name, points);
  }
  const periods = [...new Set(result.rows.map((r) => String(r[time.key])))].sort();
  if (periods.length < 2 || series.size === 0 || series.size > MAX_SERIES) return "";
  const grain = typeof args.grain === "string" ? args.grain : time.key === "date" ? "day" : time.key;
  const { timeRange } = result.provenance;
  const period = { from: timeRange.from, to: timeRange.to, timeZone: timeRange.timeZone };
  const dataEnd = result.provenance.dataFreshness.adSpendThrough;
  const last = dataEnd && dataEnd < period.to ? dataEnd : period.to;
  // A bucket the period (or the data) cuts short is not set against a whole one: "+150%" from a
  // four-day first week is the calendar, not growth.
  const partial = (at: string) => at < period.from || bucketEnd(at, grain) > last;
  const lineOf = (points: Map<string, number>) =>
    periods
      .map((at, i) => {
        const v = points.get(at) ?? 0;
        const prev = periods[i - 1];
        const before = !prev || partial(prev) || partial(at) ? undefined : (points.get(prev) ?? 0);
        const cut = partial(at) ? " (part of the " + grain + " only)" : "";
        return `${periodName(at, grain)} ${formatValue(v, spec, currency)}${cut}${changeText(v, before)}`;
      })
      .join("; ");
  const lines = [...series.entries()]
    .sort(([, a], [, b]) => (b.get(periods.at(-1)!) ?? 0) - (a.get(periods.at(-1)!) ?? 0))
    .map(([name, points]) => (split ? `- ${name}: ${lineOf(points)}` : `- ${lineOf(points)}`));
  return [
    `${metric.label} ${grain} over ${grain} for ${formatPeriod(period)}, each ${grain}'s change on the ${grain} before:`,
    ...lines,
    dataEndNote(period, dataEnd),
  ]
    .filter(Boolean)
    .join("\n");
}

/** The last day of the bucket starting `at`. */
function bucketEnd(at: string, grain: string): string {
  if (grain === "week") return addDays(at, 6);
  if (grain === "month") return endOfMonth(at);
  if (grain === "quarter") return addDays(addMonths(at, 3), -1);
  if (grain === "year") return `${at.slice(0, 4)}-12-31`;
  return at;
}
