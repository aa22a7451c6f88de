/**
 * Phrasings for session 12's lead work: how often email is opened or clicked, asked as "emails get
 * opened" rather than by the metric's name; actions asked for one channel. Written by hand as my own wordings; the blind sets
 * (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

export const LEAD12: PhrasingRow[] = [
  [
    "on which weekday are our emails opened the most",
    "query_metrics",
    // leftA: sends and the other rate beside, so the answer can weigh each weekday's volume.
    { metrics: ["email_open_rate", "email_sends", "email_click_rate"], dimensions: ["day_of_week"] },
  ],
  [
    "do newsletters get clicked more on some days of the week",
    "query_metrics",
    { metrics: ["email_click_rate", "email_sends", "email_open_rate"], dimensions: ["day_of_week"] },
  ],
  [
    "how often were emails opened last month",
    "query_metrics",
    { metrics: ["email_open_rate"], timeRange: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  [
    "which email campaign got clicked the most in september",
    "query_metrics",
    { metrics: ["email_click_rate"], dimensions: ["email_campaign"] },
  ],
  ["what are the top things to fix on paid social", "recommend", { focus: "all", channel: "paid_social" }],
  ["what should we change in our affiliate program", "recommend", { channel: "affiliate" }],
];
