/**
 * The organization's targets held against a query_metrics result: the overall figure of each
 * metric against its target (or the filtered one's, for a query filtered to one channel, platform
 * or campaign), and, in a breakdown by that dimension, each member that has a target of its own.
 * The checks travel in the tool result, so every figure an answer says about a target is grounded.
 */
import {
  applicableTarget,
  checkTarget,
  type MetricTarget,
  type TargetCheck,
} from "../../core/targets/compare.ts";
import type { Queryable } from "../../db/database.ts";
import { listMetricTargets } from "../../db/repositories/metric-targets.ts";
import type { Catalog } from "../../semantic/catalog/types.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { PaidTotals } from "./paid-totals.ts";

/**
 * A check of one target; `member` is set for a breakdown row (its stored value), `stated` for a
 * target the question stated rather than one the organization stored.
 */
export type TargetCheckRow = TargetCheck & { member?: string; stated?: boolean };

/**
 * A query_metrics result with the targets it was held against (empty when none applies; absent
 * when the result did not come through query_metrics, e.g. compare_periods, which checks none).
 */
export type MetricResultWithTargets = MetricResult & {
  targets?: TargetCheckRow[];
  /** A paid breakdown's totals over its rows with ad spend (paid-totals.ts), when they differ. */
  paidTotals?: PaidTotals;
};

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * Targets stated in the question ("our target CPA is $45") held against the result: the overall
 * figure, and each row of a one-dimension breakdown. A ceiling for metrics where lower is better
 * (CPA), a floor otherwise (ROAS); a ratio target has no period.
 * @example statedTargetChecks(result, [{ metric: "cpa", target: 45 }], catalog)[0]?.met // false
 */
export function statedTargetChecks(
  result: MetricResult,
  stated: readonly { metric: string; target: number }[],
  catalog: Catalog,
): TargetCheckRow[] {
  const { from, to } = result.provenance.timeRange;
  const dims = result.columns.filter((c) => c.kind === "dimension").map((c) => c.key);
  const checks: TargetCheckRow[] = [];
  for (const s of stated) {
    if (!result.columns.some((c) => c.kind === "metric" && c.key === s.metric)) continue;
    const t: MetricTarget = {
      id: 0,
      metric: s.metric,
      filterDimension: null,
      filterValue: null,
      target: s.target,
      direction: (catalog.metrics.get(s.metric)?.higherIsBetter ?? true) ? "at_least" : "at_most",
      period: "none",
    };
    if (dims.length !== 1) {
      checks.push({ ...checkTarget(t, num(result.totals[s.metric]), from, to), stated: true });
      continue;
    }
    const dim = dims[0]!;
    // Rows with no value (a channel with no ad spend has no CPA) have nothing to hold against it.
    for (const row of result.rows.filter((r) => num(r[s.metric]) !== null))
      checks.push({
        ...checkTarget({ ...t, filterDimension: dim }, num(row[s.metric]), from, to),
        member: String(row[dim]),
        stated: true,
      });
  }
  return checks;
}

/**
 * Every target check that applies to the result.
 * @example await targetChecks(db, 1, result) // [{ metric: "cpa", target: 50, actual: 47.1, met: true, gap: 2.9, ... }]
 */
export async function targetChecks(
  db: Queryable,
  organizationId: number,
  result: MetricResult,
): Promise<TargetCheckRow[]> {
  const metrics = result.columns.filter((c) => c.kind === "metric").map((c) => c.key);
  const targets = await listMetricTargets(db, organizationId, metrics);
  if (!targets.length) return [];
  const { from, to } = result.provenance.timeRange;
  // "channel = paid_social" is the same single-value filter as "channel in [paid_social]".
  const filters = result.provenance.filters.map((f) =>
    f.op === "eq"
      ? { field: f.field, op: "in", values: [f.value] }
      : { field: f.field, op: f.op, values: "values" in f ? f.values : [] },
  );
  const dims = result.columns.filter((c) => c.kind === "dimension").map((c) => c.key);
  const checks: TargetCheckRow[] = [];
  for (const metric of metrics) {
    const overall = applicableTarget(targets, metric, filters);
    if (overall) checks.push(checkTarget(overall, num(result.totals[metric]), from, to));
    // "CPA by channel" with a paid-social CPA target: that row against its own target.
    if (dims.length !== 1 || filters.length) continue;
    const dim = dims[0]!;
    for (const t of targets.filter((x) => x.metric === metric && x.filterDimension === dim)) {
      const row = result.rows.find((r) => String(r[dim]) === t.filterValue);
      if (row) checks.push({ ...checkTarget(t, num(row[metric]), from, to), member: t.filterValue! });
    }
  }
  return checks;
}
