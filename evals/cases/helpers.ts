/**
 * Builders for hand-written cases. Periods are the dates a careful analyst reads each phrase as at
 * the eval clock (Sunday 2026-11-01 in the organization's zone; weeks start Monday; "recently"
 * without a period means the last 30 complete days). No data values appear here.
 */
import type { Expectation, ExpectedCall } from "../types.ts";

type Args = Record<string, unknown>;
type Range = { from: string; to: string };

const r = (from: string, to: string): Range => ({ from, to });
/** Named periods at the eval clock. */
export const P = {
  today: r("2026-11-01", "2026-11-01"),
  yesterday: r("2026-10-31", "2026-10-31"),
  dayBefore: r("2026-10-30", "2026-10-30"),
  thisWeek: r("2026-10-26", "2026-11-01"),
  lastWeek: r("2026-10-19", "2026-10-25"),
  weekBefore: r("2026-10-12", "2026-10-18"),
  last7: r("2026-10-25", "2026-10-31"),
  last14: r("2026-10-18", "2026-10-31"),
  last30: r("2026-10-02", "2026-10-31"),
  oct: r("2026-10-01", "2026-10-31"),
  sep: r("2026-09-01", "2026-09-30"),
  aug: r("2026-08-01", "2026-08-31"),
  jul: r("2026-07-01", "2026-07-31"),
  jun: r("2026-06-01", "2026-06-30"),
  q3: r("2026-07-01", "2026-09-30"),
  q2: r("2026-04-01", "2026-06-30"),
  q1: r("2026-01-01", "2026-03-31"),
  h1: r("2026-01-01", "2026-06-30"),
  ytd: r("2026-01-01", "2026-11-01"),
  y2025: r("2025-01-01", "2025-12-31"),
  nov2025: r("2025-11-01", "2025-11-30"),
  dec2025: r("2025-12-01", "2025-12-31"),
  oct2025: r("2025-10-01", "2025-10-31"),
  // Budget plans on the 1st plan the month starting today (fix6d: agent/planner/budget-period.ts).
  nextMonth: r("2026-11-01", "2026-11-30"),
  dec2026: r("2026-12-01", "2026-12-31"),
  nextQuarter: r("2027-01-01", "2027-03-31"),
  nextWeek: r("2026-11-02", "2026-11-08"),
  range: r,
};

/** An `in` filter. */
export const f = (field: string, ...values: (string | number)[]) => ({ field, op: "in", values });
/** "Is not empty": leaves out a dimension's "(none)" member (revenue no campaign drove). */
export const notNone = (field: string) => ({ field, op: "neq", value: null });
/** A `not_in` filter. */
export const fNot = (field: string, ...values: (string | number)[]) => ({ field, op: "not_in", values });

const call = (name: string, args: Args, extra: Partial<ExpectedCall> = {}): ExpectedCall => ({
  name,
  args,
  ...extra,
});

/** query_metrics with no breakdown or filter unless given (both are then compared strictly). */
export const qm = (args: Args): Expectation => ({
  calls: [call("query_metrics", { dimensions: [], filters: [], ...args })],
});
/** compare_periods, no breakdown or filter unless given. */
export const cmp = (args: Args): Expectation => ({
  calls: [call("compare_periods", { dimensions: [], filters: [], ...args })],
});
/** explain_change (compute uses the tool's defaults for anything not named). */
export const why = (args: Args): Expectation => ({ calls: [call("explain_change", args)] });
/** attribution. */
export const attr = (args: Args): Expectation => ({ calls: [call("attribution", args)] });
/** recommend_budget. */
export const budget = (args: Args): Expectation => ({ calls: [call("recommend_budget", args)] });
/** detect_anomalies. */
export const anomalies = (args: Args): Expectation => ({ calls: [call("detect_anomalies", args)] });
/** describe_metric. */
export const define = (metric: string): Expectation => ({ calls: [call("describe_metric", { metric })] });
/** list_dimension_values. */
export const listValues = (dimension: string): Expectation => ({
  calls: [call("list_dimension_values", { dimension })],
});
/** search_catalog: only the tool is compared (its query words and ranking are the model's own). */
export const search = (): Expectation => ({ calls: [call("search_catalog", {}, { noValues: true })] });
/** Declining is the only correct outcome. */
export const decline: Expectation = { decline: true };
/** A clarification offering these option ids (and possibly the acceptable ones). */
export const clarify = (options: string[], acceptable: string[] = []): Expectation => ({
  clarify: { options, ...(acceptable.length ? { acceptable } : {}) },
});
/** Either expectation is correct. */
export const either = (...alternatives: Expectation[]): Expectation =>
  Object.assign({}, ...alternatives) as Expectation;
