import type { MetricResult } from "../../semantic/execute/execute.ts";

/**
 * "unique visitors last month" reads the daily uniques, which add up to user-days, not people
 * (#12): the answer says so in one sentence and names what is counted distinctly (customers,
 * from order ids), so a summed figure is never taken for distinct visitors.
 */
export function userDaysNote(result: Pick<MetricResult, "columns">): string {
  if (!result.columns.some((c) => c.kind === "metric" && c.key === "users")) return "";
  return "User-days are daily unique visitors added up over the days (someone who visits on three days counts three times), not distinct people: the web data has no visitor ids. Distinct people are counted for customers (from order ids): ask for customers in the same period.";
}
