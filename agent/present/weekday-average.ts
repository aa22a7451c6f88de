import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatNumber, formatPeriod, formatValue, inSentence, joinList } from "../answer/format.ts";
import { metricSpecOf } from "../answer/from-metric-result.ts";

/**
 * The lead of an answer by day of week, from the tool's own per-weekday figures: a period holds its
 * weekdays in unequal numbers (October 2026 has five Fridays and four Mondays), so "which day sells
 * most" is judged on the figure per day, not on totals: "Revenue per day by day of week, October
 * 1–31, 2026 (31 days: 5 Thursdays, Fridays and Saturdays, 4 of each other day): Friday
 * $1,234.56, ...". A rate needs no per-day figure (its rows already compare), so it gives "".
 */
export function weekdayAverageText(result: MetricResult, currency: string): string {
  const avg = result.dailyAverage;
  if (!avg?.weekdays || !avg.rows) return "";
  const metric = result.columns.find(
    (c) => c.kind === "metric" && avg.rows?.some((r) => typeof r[c.key] === "number"),
  );
  if (!metric) return "";
  const spec = metricSpecOf(metric);
  const ranked = result.rows
    .map((r, i) => ({ day: String(r.day_of_week), value: avg.rows?.[i]?.[metric.key] }))
    .filter((x): x is { day: string; value: number } => typeof x.value === "number")
    .sort((a, b) => b.value - a.value);
  if (!ranked.length) return "";
  const shown = (v: number) => (spec.unit === "count" ? formatNumber(v, 1) : formatValue(v, spec, currency));
  const items = ranked.map((x) => `${x.day} ${shown(x.value)}`);
  const period = `${formatPeriod({ from: avg.from, to: avg.to })} (${avg.days} days: ${countsText(avg.weekdays)})`;
  return `${spec.label} per day by day of week, ${period}: ${joinList(items)}. Highest ${inSentence(spec.label)} per day: ${ranked[0]!.day}; lowest: ${ranked[ranked.length - 1]!.day}.`;
}

/** "5 Fridays and Saturdays, 4 of each other day", from the weekday counts. */
function countsText(counts: Record<string, number>): string {
  const byCount = new Map<number, string[]>();
  for (const [day, n] of Object.entries(counts)) byCount.set(n, [...(byCount.get(n) ?? []), day]);
  const groups = [...byCount.entries()].sort((a, b) => b[0] - a[0]);
  if (groups.length === 1) return `${groups[0]![0]} of each weekday`;
  return groups
    .map(([n, days], i) =>
      i === groups.length - 1 && days.length > 1
        ? `${n} of each other day`
        : `${n} ${joinList(days.map((d) => (n === 1 ? d : `${d}s`)))}`,
    )
    .join(", ");
}
