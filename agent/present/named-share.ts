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

const escapeRegExp = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The words that name a member in a (normalized) question: its label, and for an ad platform its
 * name without "Ads" ("meta" names "Meta Ads"; fix16d).
 */
export function memberWords(label: string): string[] {
  const n = normalize(label);
  const bare = n.replace(/ ads$/, "");
  return bare !== n && bare.length > 1 ? [n, bare] : [n];
}

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
  const names = (r: (typeof result.rows)[number], inText: string) =>
    memberWords(nameOf(r[dim.key])).some(
      (n) => n.length > 1 && new RegExp(`\\b${escapeRegExp(n)}\\b`).test(inText),
    );
  const named = result.rows.filter((r) => names(r, text));
  // fix16d: a turn read after the share question it follows ("... came from email? and paid
  // search?"): the member the turn names, after the last question mark.
  const tail = named.length > 1 ? normalize(question.split(/\?\s+/).at(-1) ?? "") : "";
  const inTail = named.filter((r) => tail !== "" && names(r, tail));
  if (named.length > 1 && inTail.length === 1) named.splice(0, named.length, inTail[0]!);
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
