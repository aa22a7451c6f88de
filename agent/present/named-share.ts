/**
 * fix10b: "email revenue share this year", "what % of orders came from affiliate": the named
 * member's share of the whole, first. The planner breaks the metric down by the member's
 * dimension (agent/planner/share.ts); the list of members alone left the asked share out of the
 * text when the member was not among the first rows shown. The share is a row over the column's
 * sum, a figure the verifier grounds (agent/verify/ground-numbers.ts, rule 3).
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatValue } from "../answer/format.ts";
import { metricSpecOf } from "../answer/from-metric-result.ts";
import { normalize } from "../planner/normalize.ts";
import { asksShare } from "../planner/share.ts";
import { possessive } from "./member-share.ts";

/**
 * The line giving the one named member's share of a breakdown with no time dimension; "" otherwise.
 * @example namedShareText(revenueByChannel, "email revenue share ytd", "USD") // "Email's share of revenue: 5.9% ($20,295 of $346,685)."
 */
export function namedShareText(
  result: MetricResult,
  question: string | undefined,
  currency: string,
  labels?: Readonly<Record<string, string>>,
): string {
  if (!question) return "";
  const text = normalize(question);
  if (!asksShare(text)) return "";
  const dims = result.columns.filter((c) => c.kind === "dimension");
  const metric = result.columns.find((c) => c.kind === "metric" && c.additive);
  if (dims.length !== 1 || dims[0]!.key === "date" || !metric) return "";
  const dim = dims[0]!;
  const nameOf = (v: unknown) => labels?.[String(v)] ?? String(v);
  const named = result.rows.filter((r) => {
    const n = normalize(nameOf(r[dim.key]));
    return n.length > 1 && new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text);
  });
  if (named.length !== 1) return "";
  const whole = result.rows.reduce(
    (s, r) => s + (typeof r[metric.key] === "number" ? (r[metric.key] as number) : 0),
    0,
  );
  const part = named[0]![metric.key];
  if (typeof part !== "number" || !(whole > 0)) return "";
  const spec = metricSpecOf(metric);
  const label = metric.label.charAt(0).toLowerCase() + metric.label.slice(1);
  return `${possessive(nameOf(named[0]![dim.key]))} share of ${label}: ${((part / whole) * 100).toFixed(1)}% (${formatValue(part, spec, currency)} of ${formatValue(whole, spec, currency)}).`;
}
