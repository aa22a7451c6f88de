/**
 * Cases for session 13's fix8e kinds: breakdowns and derived measures once dropped. The time from
 * a customer's first order to their second; the contribution after ad spend for each month. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const YEAR = P.range("2025-11-01", "2026-10-31");
const cohorts = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "cohorts", args }] });

export const FIX8E_CASES: SourceCase[] = [
  {
    id: "fix8e.first-to-second-order-gap",
    tags: ["cohorts"],
    questions: [
      "how many days usually pass between a customer's first and second purchase",
      "how long before first-time buyers order again",
      "time to repeat order by first-touch channel",
    ],
    expect: cohorts({ period: YEAR, groupBy: "first_touch_channel", show: "repeat_gap" }),
  },
  {
    id: "fix8e.contribution-by-month",
    tags: ["profitability"],
    questions: [
      "gross profit net of ad spend for each month",
      "monthly contribution margin after advertising",
      "profit after ads, broken out by month",
    ],
    expect: {
      calls: [
        { name: "profitability", args: { analysis: "contribution_margin", period: YEAR, grain: "month" } },
      ],
    },
  },
  {
    id: "fix8e.touches-new-vs-returning",
    tags: ["journeys"],
    questions: [
      "number of touches before buying, new customers vs returning customers",
      "path length by customer type: repeat buyers against first-time buyers",
    ],
    expect: {
      calls: [
        { name: "journeys", args: { analysis: "path_length", period: P.last30, byCustomerType: true } },
      ],
    },
  },
];
