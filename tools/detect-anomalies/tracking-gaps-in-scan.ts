/**
 * The tracking gaps of a detect_anomalies scan (tracking-gaps.ts): reads the sessions and ad spend
 * series of the scanned segment beside the scanned site metrics. Only a scan without a breakdown:
 * a gap is a whole-site fault, and a per-member scan already reads each member's own series.
 */
import type { DailyValue } from "../../core/anomaly/schemas.ts";
import { readMetricSeries } from "../../db/analytics/metric-series.ts";
import type { Filter } from "../../semantic/query/types.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { fromDataStart } from "./data-start.ts";
import { type TrackingGap, trackingGaps } from "./tracking-gaps.ts";

/** The overall daily series of one metric in the segment, or undefined when the segment has none. */
async function overallOf(
  deps: ToolDeps,
  metric: string,
  filters: readonly Filter[],
  range: { from: string; to: string },
  since: string | null | undefined,
): Promise<DailyValue[] | undefined> {
  if (!deps.catalog.metrics.has(metric)) return undefined;
  try {
    const read = await readMetricSeries(deps, { metric, filters: [...filters], ...range });
    const overall = read.series.find((s) => s.member === null);
    return overall ? fromDataStart(overall.series as DailyValue[], since) : undefined;
  } catch {
    // A filter sessions or spend cannot take (a campaign has no sessions): no gap check.
    return undefined;
  }
}

/**
 * @example await trackingGapsInScan(deps, { metrics: [{ metric: "orders", series }], filters: [], from: "2026-01-04", period: { from: "2026-03-01", to: "2026-03-31" } })
 */
export async function trackingGapsInScan(
  deps: ToolDeps,
  opts: {
    /** The scan's additive site metrics (not paid media), overall series from the data's start. */
    metrics: readonly { metric: string; series: readonly DailyValue[] }[];
    filters: readonly Filter[];
    /** First day read (the baseline's). */
    from: string;
    /** The scanned days, ending at the last loaded day. */
    period: { from: string; to: string };
    since?: string | null | undefined;
  },
): Promise<TrackingGap[]> {
  const site = opts.metrics.filter((m) => m.metric !== "sessions");
  if (!site.length || opts.period.to < opts.period.from) return [];
  const range = { from: opts.from, to: opts.period.to };
  const sessions = await overallOf(deps, "sessions", opts.filters, range, opts.since);
  if (!sessions) return [];
  const spend = await overallOf(deps, "spend", opts.filters, range, opts.since);
  return trackingGaps(sessions, site, spend, opts.period);
}
