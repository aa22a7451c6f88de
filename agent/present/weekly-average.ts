/**
 * fix16c: "average orders per week in q3", "avg weekly spend last quarter": the average per week
 * is the answer, from the tool's own `weeklyAverage` (the period's total over its days / 7), so
 * every figure is grounded. The weekly series alone left the reader to do the sum.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatNumber, formatPeriod, formatValue, joinList } from "../answer/format.ts";
import { metricSpecOf } from "../answer/from-metric-result.ts";
import { averageParts } from "./daily-average.ts";

/** How many rows of a breakdown are named in the sentence (the table has all). */
const NAMED_ROWS = 5;

/**
 * The lead sentence of an "average per week" answer, or "" when the result has no weekly average.
 * @example weeklyAverageText(result, "USD") // "Average per week, July 1 – September 30, 2026 (92 days = 13.1 weeks): orders 98.4 a week (total 1,294)."
 */
export function weeklyAverageText(result: MetricResult, currency: string): string {
  const avg = result.weeklyAverage;
  if (!avg) return "";
  const { parts, rates } = averageParts(result, avg.totals, "week", currency);
  const period = `${formatPeriod({ from: avg.from, to: avg.to })} (${avg.days} days = ${formatNumber(avg.weeks, 1)} weeks)`;
  const lead = parts.length ? `Average per week, ${period}: ${joinList(parts)}.` : "";
  const rate = rates.length
    ? ` A rate has no weekly sum to average; over the period it was ${joinList(rates)}.`
    : "";
  return `${lead}${rate}${rowsText(result, currency)}`.trim();
}

/** "Per week by channel: Organic Search 15.8, Direct 12.5, ..." for the first averaged metric. */
function rowsText(result: MetricResult, currency: string): string {
  const avg = result.weeklyAverage;
  const dim = result.columns.find((c) => c.kind === "dimension" && c.key !== "campaign");
  const nameKey = result.columns.some((c) => c.key === "campaign_name") ? "campaign_name" : dim?.key;
  const metric = result.columns.find((c) => c.kind === "metric" && typeof avg?.totals[c.key] === "number");
  if (!avg?.rows || !nameKey || !metric) return "";
  const spec = metricSpecOf(metric);
  const items = result.rows.slice(0, NAMED_ROWS).flatMap((r, i) => {
    const v = avg.rows?.[i]?.[metric.key];
    if (typeof v !== "number") return [];
    const shown = spec.unit === "count" ? formatNumber(v, 1) : formatValue(v, spec, currency);
    return [`${String(r[nameKey])} ${shown}`];
  });
  return items.length ? ` Per week: ${items.join(", ")}.` : "";
}
