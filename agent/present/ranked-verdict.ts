/**
 * fix14c: "cpm by channel, and which is cheapest", "revenue per platform: which one is highest":
 * the whole breakdown was asked and a verdict on it, so the answer names the first row of the
 * ranked list in the question's own word before listing every row. A top-1 cut answered the
 * verdict but dropped the list; the list alone left the reader to find the winner.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatValue } from "../answer/format.ts";

/** "which channel is cheapest", "what platform has the highest cpa", "which one is best". */
const WHICH_SUPERLATIVE =
  /\b(?:which|what)\b(?:\s+[a-z]+){0,3}?\s+(?:is|was|are|has|had|gets?|got|comes?|came|does|did|gives?|brings?|runs?|costs?)?\s*(?:the\s+)?(cheapest|least expensive|most expensive|priciest|costliest|lowest|highest|best|worst|biggest|smallest|most efficient|least efficient|strongest|weakest|top|bottom)\b/i;

/** The ranked list's first row named in the question's word, or "" when it is not asked. */
export function rankedVerdictText(
  result: MetricResult,
  args: Record<string, unknown>,
  question = "",
  currency = "USD",
): string {
  const m = WHICH_SUPERLATIVE.exec(question);
  if (!m) return "";
  const limit = typeof args.limit === "number" ? args.limit : undefined;
  if (limit !== undefined && limit < 2) return "";
  const order = Array.isArray(args.orderBy) ? (args.orderBy[0] as { field?: string } | undefined) : undefined;
  const dims = result.columns.filter((c) => c.kind === "dimension");
  const metric = result.columns.find((c) => c.kind === "metric" && c.key === order?.field);
  if (dims.length !== 1 || dims[0]!.key === "date" || !metric || result.rows.length < 2) return "";
  const [first, second] = result.rows as [MetricResult["rows"][number], MetricResult["rows"][number]];
  const v1 = first[metric.key];
  const v2 = second[metric.key];
  if (typeof v1 !== "number" || typeof v2 !== "number") return "";
  const spec = { unit: metric.unit ?? "count", format: metric.format ?? "decimal" } as Parameters<
    typeof formatValue
  >[1];
  const word = m[1]!.toLowerCase();
  const lead = `${word[0]!.toUpperCase()}${word.slice(1)}`;
  const name = (r: MetricResult["rows"][number]) => String(r[dims[0]!.key] ?? "(none)");
  return `${lead} by ${metric.label.toLowerCase()}: ${name(first)} at ${formatValue(v1, spec, currency)}, then ${name(second)} at ${formatValue(v2, spec, currency)}; every ${dims[0]!.label.toLowerCase()} is listed below.`;
}
