/** Cases for customer cohorts and LTV: by first-touch channel, by first-order month, LTV:CAC. */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const cohorts = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "cohorts", args }] });
const YEAR = P.range("2025-11-01", "2026-10-31");

export const COHORT_CASES: SourceCase[] = [
  {
    id: "cohorts.ltv-by-channel",
    tags: ["cohorts"],
    questions: [
      "LTV by channel",
      "customer lifetime value by first touch channel",
      "which channel brings customers who come back",
    ],
    expect: cohorts({ period: YEAR, groupBy: "first_touch_channel" }),
  },
  {
    id: "cohorts.repeat-rate",
    tags: ["cohorts"],
    questions: ["what is our repeat purchase rate", "what share of customers order again"],
    expect: cohorts({ period: YEAR, groupBy: "first_touch_channel" }),
  },
  {
    id: "cohorts.ltv-cac-h1",
    tags: ["cohorts"],
    questions: ["LTV to CAC by channel for customers acquired in H1", "ltv:cac for H1 customers"],
    expect: cohorts({ period: P.h1, groupBy: "first_touch_channel" }),
  },
  {
    id: "cohorts.ltv-180-q1",
    tags: ["cohorts"],
    questions: ["180 day LTV by channel for customers acquired in Q1"],
    expect: cohorts({ period: P.q1, groupBy: "first_touch_channel", ltvDays: 180 }),
  },
  {
    id: "cohorts.monthly",
    tags: ["cohorts"],
    questions: ["monthly customer cohorts", "cohort analysis by first order month"],
    expect: cohorts({ period: YEAR, groupBy: "first_order_month" }),
  },
  {
    id: "cohorts.monthly-beta",
    tags: ["cohorts"],
    org: "beta-bikes",
    questions: ["repeat purchase rate by month of first order"],
    expect: cohorts({ period: YEAR, groupBy: "first_order_month" }),
  },
  {
    id: "cohorts.ltv-channel-beta",
    tags: ["cohorts"],
    org: "beta-bikes",
    questions: ["which acquisition channel has the best 90 day LTV"],
    expect: cohorts({ period: YEAR, groupBy: "first_touch_channel", ltvDays: 90 }),
  },
];
