/**
 * The planned changes (budget flights, holdout weeks) over some dates and segment, each with what
 * it did to the given metrics: for answers that explain a movement ("why did paid social revenue
 * dip in mid october") and must name a planned holdout when one lines up with it.
 */

import { WINDOW_BEFORE_DAYS } from "../../core/anomaly/drivers.ts";
import type { DailyValue } from "../../core/anomaly/schemas.ts";
import { readMetricSeries } from "../../db/analytics/metric-series.ts";
import { listPlannedChanges, readPlannedChangeWindows } from "../../db/repositories/planned-changes.ts";
import { addDays } from "../../semantic/query/dates.ts";
import type { Filter } from "../../semantic/query/types.ts";
import {
  type PlannedChangeInScan,
  plannedChangesInScan,
  withEffects,
} from "../detect-anomalies/planned-in-scan.ts";
import type { ToolDeps } from "./deps.ts";

/**
 * The planned changes overlapping `range` whose channel, platform or campaign `filters` keep, with
 * their effect on each of `metrics` that is additive (its daily series under the same filters).
 */
export async function readPlannedChangesIn(
  deps: ToolDeps,
  range: { from: string; to: string },
  filters: readonly Filter[],
  metrics: readonly string[],
): Promise<PlannedChangeInScan[]> {
  const changes = plannedChangesInScan(
    await listPlannedChanges(deps.db, deps.tenant.organizationId),
    await readPlannedChangeWindows(deps.db, deps.tenant.organizationId),
    range,
    filters,
  );
  if (!changes.length) return [];
  const first = changes.reduce((a, c) => (c.from < a ? c.from : a), range.from);
  const series: Parameters<typeof withEffects>[1][number][] = [];
  for (const metric of [...new Set(metrics)]) {
    const read = await readMetricSeries(deps, {
      metric,
      filters: [...filters],
      from: addDays(first, -WINDOW_BEFORE_DAYS),
      to: range.to,
    });
    const overall = read.series.find((s) => s.member === null);
    const m = deps.catalog.metrics.get(metric);
    const definition = m
      ? { label: m.label, unit: m.unit, ...(m.format ? { format: m.format } : {}) }
      : undefined;
    if (read.shape.kind === "additive" && overall) {
      series.push({ metric, overall: overall.series as DailyValue[], ...(definition ? { definition } : {}) });
    }
  }
  return withEffects(changes, series, range);
}
