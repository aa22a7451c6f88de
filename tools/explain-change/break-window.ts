/**
 * "Why did paid social's conversion rate fall off a cliff in August": before the movers, *when*
 * it broke and what held while it did. The rate's daily series (the asked period with four weeks
 * either side, up to the last day of data) is searched for the window whose rate stands apart
 * (core/anomaly/rate-break.ts); the metrics upstream of it (spend, impressions, clicks, CTR,
 * sessions, and the rate's own parts) are compared inside that window and outside it, so a
 * steady flow of clicks beside a collapsed rate points at the site, not the ads.
 */
import { findRateBreak, type RateBreak } from "../../core/anomaly/rate-break.ts";
import type { DailyRatio } from "../../core/anomaly/schemas.ts";
import { readMetricSeries } from "../../db/analytics/metric-series.ts";
import { addDays } from "../../semantic/query/dates.ts";
import type { DateRange, Filter } from "../../semantic/query/types.ts";
import type { ToolDeps } from "../shared/deps.ts";

/** Days either side of the asked period that show what the rate was before and after. */
export const BREAK_CONTEXT_DAYS = 28;
/** Upstream metrics compared inside and outside the window, when the catalog has them. */
const UPSTREAM = ["spend", "impressions", "clicks", "ctr", "sessions"] as const;
/** An upstream metric within this share of its level outside the window held steady. */
export const STEADY_CHANGE = 0.15;

/** One upstream metric's daily level inside the window against outside it. */
export interface UpstreamLevel {
  metric: string;
  label: string;
  unit: string;
  format?: string;
  /** Daily average for counts and currency; the rate of summed parts for ratios. */
  inside: number;
  outside: number;
  relativeChange: number;
  steady: boolean;
}

/** When the rate broke, by how much, and what held. */
export interface BreakWindow extends RateBreak {
  scanned: DateRange;
  upstream: UpstreamLevel[];
}

type Day = { date: string; value?: number; numerator?: number; denominator?: number };

function levels(
  series: readonly Day[],
  w: { from: string; to: string },
): { inside: number; outside: number } {
  const inWindow = (d: Day) => d.date >= w.from && d.date <= w.to;
  const ratio = series.length > 0 && series[0]!.numerator !== undefined;
  const sum = (days: Day[], f: (d: Day) => number) => days.reduce((a, d) => a + f(d), 0);
  const level = (days: Day[]) =>
    ratio
      ? sum(days, (d) => d.numerator ?? 0) / (sum(days, (d) => d.denominator ?? 0) || Number.NaN)
      : sum(days, (d) => d.value ?? 0) / (days.length || Number.NaN);
  return { inside: level(series.filter(inWindow)), outside: level(series.filter((d) => !inWindow(d))) };
}

/**
 * The break window of a ratio metric over `period` (with its context), or undefined when the
 * metric is not a ratio of additive parts or no window stands out.
 */
export async function readBreakWindow(
  deps: ToolDeps,
  metric: string,
  period: DateRange,
  filters: Filter[],
): Promise<BreakWindow | undefined> {
  const from = addDays(period.from, -BREAK_CONTEXT_DAYS);
  const read = await readMetricSeries(deps, {
    metric,
    filters,
    from,
    to: addDays(period.to, BREAK_CONTEXT_DAYS),
  });
  if (read.shape.kind !== "ratio") return undefined;
  // The window's score treats the parts as counts (orders over sessions, clicks over
  // impressions); a ratio of currency (ROAS, CAC, AOV) has no such noise model.
  const counts = [read.shape.numerator, read.shape.denominator].every(
    (k) => deps.catalog.metrics.get(k)?.unit === "count",
  );
  if (!counts) return undefined;
  const through = read.provenance.dataFreshness?.adSpendThrough ?? period.to;
  const clip = (days: readonly Day[]) => days.filter((d) => d.date <= through);
  const overall = read.series.find((s) => s.member === null);
  if (!overall) return undefined;
  const series = clip(overall.series as Day[]) as DailyRatio[];
  // It broke in the period or in the two weeks before it ("fell in August" from late July).
  const found = findRateBreak(series, {
    overlap: period,
    startWithin: { from: addDays(period.from, -14), to: period.to },
  });
  if (!found) return undefined;
  const shape = read.shape;
  const upstream: UpstreamLevel[] = [];
  for (const key of [...UPSTREAM, shape.denominator, shape.numerator]) {
    if (key === metric || upstream.some((u) => u.metric === key) || !deps.catalog.metrics.has(key)) continue;
    const r = await readMetricSeries(deps, {
      metric: key,
      filters,
      from,
      to: series[series.length - 1]!.date,
    });
    const s = r.series.find((x) => x.member === null);
    if (!s || r.shape.kind === "value") continue;
    const { inside, outside } = levels(clip(s.series as Day[]), found);
    // No level outside the window (no spend on an organic channel): nothing to compare.
    if (!Number.isFinite(inside) || !Number.isFinite(outside) || outside === 0) continue;
    const relativeChange = inside / outside - 1;
    const def = deps.catalog.metrics.get(key);
    upstream.push({
      metric: key,
      label: def?.label ?? key,
      unit: def?.unit ?? "count",
      ...(def?.format ? { format: def.format } : {}),
      inside,
      outside,
      relativeChange,
      steady: Math.abs(relativeChange) <= STEADY_CHANGE,
    });
  }
  return { ...found, scanned: { from: series[0]!.date, to: series[series.length - 1]!.date }, upstream };
}
