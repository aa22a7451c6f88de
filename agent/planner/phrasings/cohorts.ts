/**
 * Phrasings for customer cohorts and lifetime value: LTV by channel, LTV:CAC, repeat purchase,
 * customers who come back, monthly cohorts. Written for the cohorts tool; the blind set
 * (evals/blind/questions.jsonl) is held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const YEAR = { from: "2025-11-01", to: "2026-10-31" };
const H1 = { from: "2026-01-01", to: "2026-06-30" };
const Q1 = { from: "2026-01-01", to: "2026-03-31" };
const SIX_MONTHS = { from: "2026-05-01", to: "2026-10-31" };

const channel = (period: object, extra: object = {}) => ({
  period,
  groupBy: "first_touch_channel",
  ...extra,
});
const month = (period: object, extra: object = {}) => ({ period, groupBy: "first_order_month", ...extra });

export const COHORTS: PhrasingRow[] = [
  ["LTV by channel", "cohorts", channel(YEAR)],
  ["what is our customer lifetime value by acquisition channel", "cohorts", channel(YEAR)],
  ["which channel brings customers who come back?", "cohorts", channel(YEAR)],
  ["which channels bring the most loyal customers", "cohorts", channel(YEAR)],
  ["repeat purchase rate", "cohorts", channel(YEAR)],
  ["what share of customers buy again", "cohorts", channel(YEAR)],
  // fix13d: a count of second orders (customers whose second order is in the data), not the repeat rate.
  ["how many customers placed a second order", "cohorts", { show: "second_order" }],
  ["LTV to CAC by channel", "cohorts", channel(YEAR)],
  ["ltv:cac ratio for customers acquired in H1", "cohorts", channel(H1)],
  ["90 day LTV by first touch channel for customers acquired in Q1", "cohorts", channel(Q1, { ltvDays: 90 })],
  ["180 day lifetime value by channel", "cohorts", channel(YEAR, { ltvDays: 180 })],
  ["ltv after 30 days by source", "cohorts", channel(YEAR, { ltvDays: 30 })],
  ["ltv by channel over the last 6 months", "cohorts", channel(SIX_MONTHS)],
  ["monthly cohorts", "cohorts", month(YEAR)],
  ["cohort analysis by first order month", "cohorts", month(YEAR)],
  ["show customer cohorts for H1", "cohorts", month(H1)],
  ["repeat purchase rate by month of first order", "cohorts", month(YEAR)],
  ["60 day ltv by acquisition month", "cohorts", month(YEAR, { ltvDays: 60 })],
  ["customer retention by channel", "cohorts", channel(YEAR)],
  ["do paid social customers come back", "cohorts", channel(YEAR)],
];
