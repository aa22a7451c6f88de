/**
 * fix14b: "top 10 states by new customers and what % is outside those": the top N rows with each
 * one's share of the whole, then everything outside them as one row with its share. The query's
 * total covers every row (agent/planner/frame.ts keeps 'other' and one row more by state), so the
 * rest is the total less the top N, a figure the verifier grounds (agent/verify/ground-numbers.ts).
 */

import { REGION_LABELS } from "../../semantic/catalog/us-states.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatPeriod, formatShare, formatValue } from "../answer/format.ts";
import { metricSpecOf } from "../answer/from-metric-result.ts";
import { restAsked } from "../answer/rest-ask.ts";

const TIME_KEYS = new Set(["date", "week", "month", "quarter", "year"]);
/** The catch-all of states the data does not record by name, stored or labelled. */
const CATCH_ALL = new Set(["other", REGION_LABELS.other ?? "other"]);

/**
 * The top N and the rest as one row, for a ranking whose question asks what lies outside the top
 * N; "" otherwise.
 * @example restShareText(newCustomersByState, { orderBy: [...] }, "top 10 states by new customers and the rest", "USD")
 *   // "For July 1 – September 30, 2026: New customers 867 in all.\nTop 10 ... \n- Outside the top 10: 225 (26.0% of all)..."
 */
export function restShareText(
  result: MetricResult,
  args: Record<string, unknown>,
  question: string | undefined,
  currency: string,
): string {
  const n = question ? restAsked(question) : undefined;
  const dims = result.columns.filter((c) => c.kind === "dimension");
  const dim = dims[0];
  if (!n || dims.length !== 1 || !dim || TIME_KEYS.has(dim.key) || result.comparison) return "";
  const ordered = (args.orderBy as { field?: string }[] | undefined)?.[0]?.field;
  const metric =
    result.columns.find((c) => c.kind === "metric" && c.additive && c.key === ordered) ??
    result.columns.find((c) => c.kind === "metric" && c.additive);
  const total = metric ? result.totals[metric.key] : undefined;
  if (!metric || typeof total !== "number" || !(total > 0)) return "";
  const value = (r: Record<string, unknown>) =>
    typeof r[metric.key] === "number" ? (r[metric.key] as number) : 0;
  const isCatchAll = (r: Record<string, unknown>) =>
    dim.key === "region" && CATCH_ALL.has(String(r[dim.key]));
  const top = result.rows.filter((r) => !isCatchAll(r)).slice(0, n);
  if (!top.length) return "";
  const rest = total - top.reduce((s, r) => s + value(r), 0);
  const spec = metricSpecOf(metric);
  const show = (v: number) => formatValue(v, spec, currency);
  const catchAll = result.rows.find(isCatchAll);
  const { from, to } = result.provenance.timeRange;
  const kind = dim.key === "region" ? "named states" : `${dim.label.toLowerCase()}s`;
  return [
    `For ${formatPeriod({ from, to })}: ${metric.label} ${show(total)} in all.`,
    `Top ${top.length} ${kind} by ${metric.label.toLowerCase()}, each with its share of all:`,
    ...top.map((r) => `- ${String(r[dim.key])}: ${show(value(r))} (${formatShare(value(r), total)})`),
    `- Everything outside the top ${top.length}: ${show(rest)} (${formatShare(rest, total)} of all)${
      catchAll
        ? `, including states not recorded by name ('other'): ${show(value(catchAll))} (${formatShare(value(catchAll), total)})`
        : ""
    }.`,
  ].join("\n");
}
