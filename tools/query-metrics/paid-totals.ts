/**
 * The overall figure of a paid breakdown on the rows' own terms. A ratio with ad spend on top and
 * a figure every channel has below it (CPA = spend / orders, CAC = spend / new customers) totals
 * to spend over ALL orders, organic and direct included: by channel or campaign objective that
 * blended figure sits below every row and reads as if the paid rows were on target. Here the same
 * metrics are totalled over the rows that carry ad spend only, so the total matches its rows; the
 * blended total stays in `totals` and the answer names it as blended.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { MetricQueryInput } from "../../semantic/query/types.ts";

/** Totals over the breakdown's rows with ad spend (the members listed), and which dimension. */
export interface PaidTotals {
  dimension: string;
  /** The members whose rows carry ad spend, in the rows' order. */
  members: (string | number)[];
  totals: Record<string, number | null>;
}

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * Metrics of the query that divide ad spend by something unpaid rows also have (orders, new
 * customers, sessions): their blended total differs from any paid row's terms.
 * @example spendOverBlended(catalog, ["spend", "cpa", "roas"]) // ["cpa"]
 */
export function spendOverBlended(catalog: Catalog, metrics: readonly string[]): string[] {
  return metrics.filter((key) => {
    const d = catalog.metrics.get(key)?.definition;
    return (
      d?.type === "formula" &&
      /^\s*spend\s*\/\s*(orders|new_customers|sessions|customers)\s*$/.test(d.formula)
    );
  });
}

/**
 * The query to total a breakdown over its paid rows, or null when nothing needs it: one non-date
 * dimension, no top-N cut (the rows must be all of them), a spend-over-blended metric, and at
 * least one row without spend (a null or zero ratio, or a "(none)" member) beside rows with it.
 * Paid rows are those where the first such metric is a positive number.
 */
export function paidTotalsQuery(
  catalog: Catalog,
  query: MetricQueryInput,
  result: MetricResult,
): { query: MetricQueryInput; dimension: string; members: (string | number)[] } | null {
  const dims = query.dimensions ?? [];
  if (dims.length !== 1 || dims[0] === "date" || query.limit !== undefined || query.compareTo) return null;
  const dimension = dims[0] as string;
  const blended = spendOverBlended(catalog, query.metrics);
  const lead = blended[0];
  if (lead === undefined) return null;
  const paid = result.rows.filter((r) => isNumber(r[lead]) && (r[lead] as number) > 0);
  const members = paid
    .map((r) => r[dimension])
    .filter((v): v is string | number => typeof v === "string" || typeof v === "number");
  if (members.length === 0 || members.length !== paid.length) return null;
  if (paid.length === result.rows.length) {
    // Every row is paid, yet the blended total still counts orders no row holds when it sits
    // below every row; otherwise the total is the rows' own.
    const total = result.totals[lead];
    if (!isNumber(total) || total >= Math.min(...paid.map((r) => r[lead] as number))) return null;
  }
  const metrics = [...new Set(["spend", ...query.metrics.filter((m) => m !== "mer")])];
  return {
    dimension,
    members,
    query: {
      ...query,
      metrics,
      dimensions: [],
      filters: [...(query.filters ?? []), { field: dimension, op: "in", values: members }],
      orderBy: undefined,
      average: undefined,
    },
  };
}
