/**
 * A tool's refusal in a marketer's words. The planner checks its queries against the catalog
 * (agent/planner/catalog-fit.ts), so this is the last safety net: a metric the data cannot split
 * the way it was asked, or arguments a tool could not read, must never reach the answer as a
 * validation message ("metric 'sessions' cannot be broken down by dimension 'platform'").
 */
import type { ToolError } from "../../tools/result.ts";

const UNSUPPORTED =
  /metric '([\w]+)' cannot be broken down by dimension '([\w]+)'(?: \([^)]*\))?; it supports: (.*)$/;

const words = (key: string) => key.replace(/_/g, " ");

/** "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * The sentence that stands for a failed tool call, or undefined when the tool's own message is
 * already written for a reader ("that would take display below zero ...").
 * @example toolFailureSentence({ code: "unsupported_combination", message: "filters.0: metric 'sessions' cannot be broken down by dimension 'platform'; it supports: date, channel" })
 * // "Sessions can't be combined with platform in your data: sessions are only split by channel. ..."
 */
export function toolFailureSentence(error: ToolError): string | undefined {
  const m = UNSUPPORTED.exec(error.message);
  if (m) {
    const [, metric = "", dimension = "", supports = ""] = m;
    const by = supports
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s && s !== "date" && s !== "no dimensions")
      .map(words);
    const name = words(metric);
    const offer = by.length
      ? `${name.replace(/^\w/, (c) => c.toUpperCase())} can be shown overall, by date or by ${listed(by)}`
      : `${name.replace(/^\w/, (c) => c.toUpperCase())} can be shown overall or by date`;
    return `Your data can't combine ${name} with ${words(dimension)}: that split isn't recorded. ${offer}; spend, revenue and orders can be shown by ${words(dimension)}.`;
  }
  if (/name one dimension in all changes/.test(error.message))
    return "A what-if moves money within one level: between channels or between ad platforms, not from a channel to a platform. Name both sides as channels (for example display to paid social) or both as platforms.";
  if (error.code === "bad_input" && /^invalid arguments:/.test(error.message))
    return "I couldn't turn that question into a query the data can answer. Try naming one metric, a breakdown and a period, for example 'revenue by channel last month'.";
  return undefined;
}
