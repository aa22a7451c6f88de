/**
 * Phrasings for session 24's fixes (fix19f): what was made after the ads, email list growth (not in
 * the data: sends and unsubscribes by month), whether to send more emails, the payback on one
 * channel's customers, shortened metric words before a grain, and real words no longer
 * autocorrected into vocabulary words. Written by hand; the blind sets (evals/blind/) are held out
 * and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const YTD = { from: "2026-01-01", to: "2026-11-01" };
const CADENCE = ["email_sends", "email_revenue_per_send", "email_unsubscribe_rate", "email_revenue"];

export const FIX19F: PhrasingRow[] = [
  [
    "what did we bring in after marketing costs last quarter",
    "profitability",
    { analysis: "contribution_margin", period: Q3 },
  ],
  ["sales less advertising costs in q3?", "profitability", { analysis: "contribution_margin", period: Q3 }],
  [
    "net of ad spend how much did we earn this year",
    "profitability",
    { analysis: "contribution_margin", period: YTD },
  ],
  ["hw much did we make aftr ads", "profitability", { analysis: "contribution_margin" }],
  [
    "subscriber growth so far this year",
    "query_metrics",
    { metrics: ["email_sends", "email_unsubscribes"], timeRange: YTD },
  ],
  [
    "did the mailing list grow in q3",
    "query_metrics",
    { metrics: ["email_sends", "email_unsubscribes"], timeRange: Q3 },
  ],
  ["how big is our email list", "query_metrics", { metrics: ["email_sends", "email_unsubscribes"] }],
  ["should we be emailing people more often", "query_metrics", { metrics: CADENCE }],
  ["is it worth upping the newsletter cadence", "query_metrics", { metrics: CADENCE }],
  ["would extra promo emails help", "query_metrics", { metrics: CADENCE }],
  ["payback for customers we got from meta?", "cohorts", { show: "payback" }],
  ["how long is the payback on new paid search buyers", "cohorts", { show: "payback" }],
  ["ords by plat last mo", "query_metrics", { metrics: ["orders"], dimensions: ["platform"] }],
  ["sess by chan in q3", "query_metrics", { metrics: ["sessions"], dimensions: ["channel"], timeRange: Q3 }],
  ["was there a sharp dip in sessions in march", "query_metrics", { metrics: ["sessions"] }],
];
