import type { MetricResult } from "../../semantic/execute/execute.ts";
import {
  formatDate,
  formatNumber,
  formatPeriod,
  formatValue,
  inSentence,
  joinList,
} from "../answer/format.ts";
import { metricSpecOf } from "../answer/from-metric-result.ts";
import { weekdayAverageText } from "./weekday-average.ts";

/**
 * Each metric's average per unit ("Orders 45.7 a day (total 1,417)") and, for rates, which have no
 * sum to average, the period's rate: the shared body of the per-day and per-week answers.
 */
export function averageParts(
  result: MetricResult,
  averages: Record<string, number | null | undefined>,
  unit: "day" | "week",
  currency: string,
): { parts: string[]; rates: string[] } {
  const parts: string[] = [];
  const rates: string[] = [];
  for (const column of result.columns) {
    if (column.kind !== "metric") continue;
    const spec = metricSpecOf(column);
    const value = averages[column.key];
    const total = result.totals[column.key];
    if (value === null || value === undefined) {
      if (typeof total === "number")
        rates.push(`${inSentence(spec.label)} ${formatValue(total, spec, currency)}`);
      continue;
    }
    const shown = spec.unit === "count" ? formatNumber(value, 1) : formatValue(value, spec, currency);
    const totalText = typeof total === "number" ? ` (total ${formatValue(total, spec, currency)})` : "";
    parts.push(`${inSentence(spec.label)} ${shown} a ${unit}${totalText}`);
  }
  return { parts, rates };
}

/**
 * The lead sentence of an "average daily X" answer, from the tool's own `dailyAverage` (so every
 * figure is grounded): "Average daily spend, October 1–31, 2026 (31 days): $1,234.56 (total
 * $38,271.36)." Rates have no daily average; the sentence gives the period's rate and says why.
 * Counts keep one decimal ("45.7 orders a day"): rounding them to whole numbers hides the average.
 */
export function dailyAverageText(result: MetricResult, currency: string): string {
  const avg = result.dailyAverage;
  if (!avg) return "";
  if (avg.weekdays) return weekdayAverageText(result, currency);
  const { parts, rates } = averageParts(result, avg.totals, "day", currency);
  const period = `${formatPeriod({ from: avg.from, to: avg.to })} (${avg.days} days)`;
  const lead = parts.length ? `Average per day, ${period}: ${joinList(parts)}.` : "";
  const rate = rates.length
    ? ` A rate has no daily sum to average; over the period it was ${joinList(rates)}.`
    : "";
  return `${lead}${rate}${rowsText(result, currency)}`.trim();
}

/** The grain of a date series whose rows carry their own daily averages (by week, month, ...). */
function bucketGrain(result: MetricResult): "week" | "month" | "quarter" | "year" | undefined {
  const g = result.provenance.grain;
  return result.dailyAverage?.bucketDays && (g === "week" || g === "month" || g === "quarter" || g === "year")
    ? g
    : undefined;
}

/**
 * "Per day, by month: January 2026 $301.20 (31 days), February 2026 ...": every bucket of a
 * series asked as an average per day, each over its own days (up to 24 buckets; the table has all).
 */
function bucketsText(result: MetricResult, currency: string): string {
  const avg = result.dailyAverage;
  const grain = bucketGrain(result);
  const metric = result.columns.find((c) => c.kind === "metric" && typeof avg?.totals[c.key] === "number");
  if (!avg?.rows || !grain || !metric) return "";
  const spec = metricSpecOf(metric);
  const items = result.rows.slice(0, 24).flatMap((r, i) => {
    const v = avg.rows?.[i]?.[metric.key];
    const days = avg.bucketDays?.[i];
    if (typeof v !== "number" || !days) return [];
    const shown = spec.unit === "count" ? formatNumber(v, 1) : formatValue(v, spec, currency);
    return [`${formatDate(String(r.date), grain)} ${shown} (${days} days)`];
  });
  return items.length ? `\n${spec.label} per day, by ${grain}: ${items.join("; ")}.` : "";
}

/**
 * A series by week or month asked per day: the same result with each additive metric's values
 * replaced by the bucket's average per day ("Ad spend per day"), so the trend sentence and the
 * chart read the averages the question asked for, not the buckets' totals. Undefined otherwise.
 */
export function perDaySeries(result: MetricResult): MetricResult | undefined {
  const avg = result.dailyAverage;
  if (!avg?.rows || !bucketGrain(result)) return undefined;
  const keys = result.columns
    .filter((c) => c.kind === "metric" && typeof avg.totals[c.key] === "number")
    .map((c) => c.key);
  if (!keys.length) return undefined;
  return {
    ...result,
    columns: result.columns.map((c) => (keys.includes(c.key) ? { ...c, label: `${c.label} per day` } : c)),
    rows: result.rows.map((r, i) => {
      const row = { ...r };
      for (const k of keys) row[k] = avg.rows?.[i]?.[k] ?? null;
      return row;
    }),
  };
}

/** "Per day by channel: Organic Search 15.8, Direct 12.5, ..." for the first averaged metric, 5 rows. */
function rowsText(result: MetricResult, currency: string): string {
  const avg = result.dailyAverage;
  if (bucketGrain(result)) return bucketsText(result, currency);
  const dim = result.columns.find((c) => c.kind === "dimension" && c.key !== "campaign");
  const nameKey = result.columns.some((c) => c.key === "campaign_name") ? "campaign_name" : dim?.key;
  const metric = result.columns.find((c) => c.kind === "metric" && typeof avg?.totals[c.key] === "number");
  if (!avg?.rows || !nameKey || !metric) return "";
  const spec = metricSpecOf(metric);
  const items = result.rows.slice(0, 5).flatMap((r, i) => {
    const v = avg.rows?.[i]?.[metric.key];
    if (typeof v !== "number") return [];
    const shown = spec.unit === "count" ? formatNumber(v, 1) : formatValue(v, spec, currency);
    return [`${String(r[nameKey])} ${shown}`];
  });
  return items.length ? ` Per day: ${items.join(", ")}.` : "";
}

type Table = {
  columns: { key: string; label: string; unit?: string | undefined; format?: string | undefined }[];
  rows: Record<string, unknown>[];
};

/**
 * A breakdown asked per day ("average daily spend by channel"): each additive metric gets a
 * "per day" column beside it, from the tool's `dailyAverage.rows`.
 */
export function withDailyAverageColumns<T extends Table>(result: MetricResult, table: T): T {
  const rows = result.dailyAverage?.rows;
  if (!rows) return table;
  const keys = result.columns
    .filter((c) => c.kind === "metric" && result.dailyAverage?.totals[c.key] !== null)
    .map((c) => c.key);
  if (!keys.length) return table;
  const columns = table.columns.flatMap((c) => {
    if (!keys.includes(c.key)) return [c];
    return [c, { ...c, key: `${c.key}_per_day`, label: `${c.label} per day` }];
  });
  const out = table.rows.map((r, i) => {
    const row: Record<string, unknown> = { ...r };
    for (const k of keys) row[`${k}_per_day`] = rows[i]?.[k] ?? null;
    return row;
  });
  return { ...table, columns, rows: out };
}
