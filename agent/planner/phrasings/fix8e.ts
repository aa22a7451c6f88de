/**
 * Phrasings for session 13's fix8e kinds: breakdowns and derived measures that were dropped.
 * The time from a customer's first order to their second (cohorts, show "repeat_gap"); the
 * contribution after ad spend for each month or week (profitability with a grain). Written by
 * hand as my own wordings of the kinds; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const YEAR = { from: "2025-11-01", to: "2026-10-31" };
const LAST_12 = { from: "2025-11-01", to: "2026-10-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const GAP = { period: YEAR, show: "repeat_gap" };

export const FIX8E: PhrasingRow[] = [
  // cohort-intent.ts REPEAT_GAP: first to second order, not first touch to order (journeys).
  [
    "how many days pass before a customer places a 2nd order",
    "cohorts",
    { ...GAP, groupBy: "first_touch_channel" },
  ],
  ["typical gap between someone's first purchase and their next one", "cohorts", GAP],
  ["how soon do new buyers come back and order again", "cohorts", GAP],
  ["average days to repurchase by first order month", "cohorts", { ...GAP, groupBy: "first_order_month" }],
  ["reorder interval for our customers", "cohorts", GAP],
  // profitability-intent.ts profitabilityFrame: a grain named beside the contribution is kept.
  [
    "per month, how much profit is left after ad spend",
    "profitability",
    { analysis: "contribution_margin", period: LAST_12, grain: "month" },
  ],
  [
    "contribution margin month by month for q3",
    "profitability",
    { analysis: "contribution_margin", period: Q3, grain: "month" },
  ],
  [
    "what profit remained after ad spend in each month this past year",
    "profitability",
    { analysis: "contribution_margin", grain: "month" },
  ],
  [
    "weekly gross profit minus advertising for last month",
    "profitability",
    { analysis: "contribution_margin", grain: "week" },
  ],
  // journey-intent.ts journeyFrame: new vs returning beside a touches question splits the counts.
  [
    "avg touches before purchase for first-time vs repeat customers",
    "journeys",
    { analysis: "path_length", byCustomerType: true },
  ],
  [
    "path length split by new and returning buyers last quarter",
    "journeys",
    { analysis: "path_length", byCustomerType: true },
  ],
  [
    "how many touchpoints do new customers need before ordering compared with returning ones",
    "journeys",
    { analysis: "path_length", byCustomerType: true },
  ],
  // frame.ts wholeHistory: "anywhere", "ever" scan all the data, not the default week.
  [
    "any spikes ever in the email open rate",
    "detect_anomalies",
    { metrics: ["email_open_rate"], period: LAST_12 },
  ],
  ["any weird days anywhere in email clicks", "detect_anomalies", { period: LAST_12 }],
  ["has the unsubscribe rate had an outlier at any point", "detect_anomalies", { period: LAST_12 }],
];
