/**
 * fix8a: "chart it", "as a graph" re-draw the previous answer, so its presenters read the question
 * that answer answered ("% of orders from returning customers by month"): the chart is of the
 * measure that answer was about (the share), not of whatever its rows hold (the counts under it).
 */
import { asksOnlyForTableView } from "../answer/table-view.ts";
import { normalize } from "../planner/normalize.ts";
import { asksForChart } from "../planner/thread-follow-ups.ts";

/**
 * The question whose answer a chart-only turn draws: the latest earlier question that is not itself
 * a chart ask, or the question itself when it asks more than a chart (or nothing came before).
 * @example chartedQuestion("chart it", ["% of orders from returning customers by month"]) // the earlier one
 */
export function chartedQuestion(question: string, earlier: readonly string[]): string {
  // lead18: "as a table", "csv please" re-present the previous answer the same way.
  const chartOnly = (q: string) => asksForChart(normalize(q)) || asksOnlyForTableView(q);
  if (!chartOnly(question)) return question;
  return earlier.findLast((q) => !chartOnly(q)) ?? question;
}
