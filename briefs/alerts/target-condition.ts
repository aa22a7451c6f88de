/**
 * `target` alert rules: the metric crossing the organization's target for it (/api/v1/targets),
 * read when the rule is checked so a changed target applies from then on. A ceiling (at most)
 * fires above it, a floor (at least) below it. Only targets meant for any period or for a day are
 * held against a day's value; a per-month spend target says nothing about one day.
 */
import { applicableTarget } from "../../core/targets/compare.ts";
import type { Queryable } from "../../db/database.ts";
import { listMetricTargets } from "../../db/repositories/metric-targets.ts";
import type { AlertCondition, AlertScope } from "./rule.ts";

/** The threshold a `target` rule stands for today, or undefined when no daily target applies. */
export async function targetThreshold(
  db: Queryable,
  organizationId: number,
  rule: { metric: string; scope: AlertScope | null },
): Promise<Extract<AlertCondition, { kind: "threshold" }> | undefined> {
  const targets = await listMetricTargets(db, organizationId, [rule.metric]);
  const filters = rule.scope?.member ? [{ field: rule.scope.dimension, values: [rule.scope.member] }] : [];
  const t = applicableTarget(targets, rule.metric, filters);
  if (!t || (t.period !== "none" && t.period !== "day")) return undefined;
  return { kind: "threshold", op: t.direction === "at_most" ? "above" : "below", value: t.target };
}
