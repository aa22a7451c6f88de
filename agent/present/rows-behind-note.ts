/**
 * fix21b: "show me the rows behind october revenue by channel", "the underlying data for spend by
 * campaign": a sceptic asks what each figure is made of. The table already holds every row; the
 * answer says what each row sums (for order figures, the orders credited to the row under the
 * attribution model the query ran, named) and that one line per order is not listed here.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";

/** The rows, records or data behind (under) the figures asked for. */
const ROWS_BEHIND =
  /\b(?:(?:rows?|records?|data|numbers|entries|line items|transactions|orders|detail) (?:behind|beneath|underneath|under|that make up|making up|make up|makes up|that add up to|add up to|that sum to|feeding)|underlying (?:rows?|records?|data|numbers|orders|detail|table)|raw (?:rows?|records?|data|numbers|table)|(?:drill|dig) (?:down )?(?:into|to) (?:the )?(?:rows?|records?|orders|detail))\b/i;

/** Whether the question asks for the rows behind its figures. */
export function asksRowsBehind(question: string | undefined): boolean {
  return Boolean(question && ROWS_BEHIND.test(question));
}

/**
 * The sentence saying what each row of a breakdown sums, or "" when the rows behind were not
 * asked for or the result has no breakdown.
 * @example rowsBehindNote(revenueByChannel, "show me the rows behind october revenue by channel")
 * // "Each row sums Revenue of the orders credited to that channel under the last touch attribution model ..."
 */
export function rowsBehindNote(
  result: Pick<MetricResult, "columns" | "rows" | "provenance">,
  question: string | undefined,
): string {
  if (!asksRowsBehind(question)) return "";
  const dim = result.columns.find((c) => c.kind === "dimension" && c.key !== "date");
  const metrics = result.columns.filter((c) => c.kind === "metric").map((c) => c.label);
  if (!metrics.length) return "";
  const what = metrics.join(", ");
  const model = result.provenance.attribution?.model?.replace(/_/g, " ");
  const per = dim ? `that ${dim.label.toLowerCase()}` : "the period";
  const sums = model
    ? `Each row sums ${what} of the orders credited to ${per} under the ${model} attribution model (orders with no tracked touch go to Direct)`
    : `Each row sums the daily ${what} recorded for ${per}`;
  const rows = dim ? "; every row is in the table below" : "";
  const finer = model
    ? "One line per order is not listed here; ask for the same figures by day to see the daily rows."
    : "Ask for the same figures by day to see the daily rows.";
  return `${sums}${rows}. ${finer}`;
}
