/**
 * Cases for session 16's new computations (left16b): percentiles of single order values (cohorts
 * show "order_value"), straight-line run-rate projections past the data (project_run_rate) and a
 * paid channel's incrementality read from its recorded holdout. Own wordings; the blind sets are
 * held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const ALL = { from: "2025-11-01", to: "2026-10-31" };
const Q4 = { from: "2026-10-01", to: "2026-12-31" };
const YEAR = { from: "2026-01-01", to: "2026-12-31" };

const orderValues = (args: Record<string, unknown>): Expectation => ({
  calls: [{ name: "cohorts", args: { groupBy: "first_order_month", show: "order_value", ...args } }],
});
const runRate = (args: Record<string, unknown>): Expectation => ({
  calls: [{ name: "project_run_rate", args }],
});

export const LEFT16B_CASES: SourceCase[] = [
  {
    id: "left16b.median-order-monthly",
    tags: ["cohorts", "distribution"],
    questions: ["show me the median basket size for each month"],
    expect: orderValues({ period: ALL, orderValueBy: "month", percentiles: [50] }),
  },
  {
    id: "left16b.quartiles-new-returning",
    tags: ["cohorts", "distribution"],
    questions: ["order value quartiles for first-time versus returning shoppers"],
    expect: orderValues({ period: ALL, orderValueBy: "customer_type", percentiles: [25, 50, 75] }),
  },
  {
    id: "left16b.p90-order-q3",
    tags: ["cohorts", "distribution"],
    questions: ["what's the 90th percentile order value in q3"],
    expect: orderValues({ period: P.q3, orderValueBy: "none", percentiles: [50, 90] }),
  },
  {
    id: "left16b.q4-at-october-pace",
    tags: ["projection"],
    questions: ["if october's daily rate holds, what does q4 revenue total"],
    expect: runRate({ metric: "revenue", period: Q4, pace: P.oct }),
  },
  {
    id: "left16b.year-spend-at-this-rate",
    tags: ["projection"],
    questions: ["at the current pace how much ad spend will we have for the full year"],
    expect: runRate({ metric: "spend", period: YEAR, pace: P.oct }),
  },
  {
    id: "left16b.year-orders-ytd-pace",
    tags: ["projection"],
    questions: ["year-end order count if we keep the year to date run rate"],
    expect: runRate({ metric: "orders", period: YEAR, pace: { from: "2026-01-01", to: "2026-10-31" } }),
  },
  {
    id: "left16b.display-incremental",
    tags: ["campaigns", "incrementality"],
    questions: ["is display really incremental for us"],
    expect: { calls: [{ name: "campaigns", args: { analysis: "holdout", channel: "display" } }] },
  },
];
