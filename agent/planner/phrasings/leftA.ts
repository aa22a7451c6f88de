/**
 * Phrasings for session 14's leftA fixes: email as a share of all revenue per period, email as a
 * channel beside a rhythm word (not a schedule), email rates by weekday, the promo emails ranked
 * over the year, named members' months side by side, and named promotional windows. My own
 * wordings of each kind; the blind sets (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const YEAR = { from: "2025-11-01", to: "2026-10-31" };

export const LEFTA: PhrasingRow[] = [
  // email-intent.ts + share.ts: email revenue as a share of the whole needs every channel.
  [
    "monthly email rev as a percentage of the total",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date", "channel"], filters: [], grain: "month", timeRange: YEAR },
  ],
  [
    "how big a slice of total revenue is email, month by month",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date", "channel"], filters: [], grain: "month" },
  ],
  [
    "email revenue share of overall sales each month",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date", "channel"], filters: [], grain: "month" },
  ],
  // email-as-channel.ts: "email" naming the channel beside a rhythm word is no schedule.
  [
    "monthly email revenue",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["date"],
      filters: [{ field: "channel", op: "in", values: ["email"] }],
    },
  ],
  ["email clicks each week this quarter", "query_metrics", { metrics: ["email_clicks"], grain: "week" }],
  [
    "what percent of revenue is email each month",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date", "channel"], grain: "month" },
  ],
  // cyclic-breakdown.ts + email-weekday.ts: email by weekday over the year, sends and rates beside.
  [
    "what day of the week gets the best email engagement",
    "query_metrics",
    {
      metrics: ["email_opens", "email_clicks", "email_sends", "email_open_rate", "email_click_rate"],
      dimensions: ["day_of_week"],
      timeRange: YEAR,
    },
  ],
  [
    "email opens and clicks split by weekday, which day wins",
    "query_metrics",
    { dimensions: ["day_of_week"], timeRange: YEAR },
  ],
  [
    "do our emails do better on certain days of the week",
    "query_metrics",
    { metrics: ["email_sends", "email_open_rate", "email_click_rate"], dimensions: ["day_of_week"] },
  ],
  [
    "newsletter click rate per weekday in q3",
    "query_metrics",
    { dimensions: ["day_of_week"], timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  // email-intent.ts + email-groups.ts: the promo emails by money over the year, nearest by clicks
  // (the test context has no promo emails: evals/cases/leftA.ts asks it of the demo organization).
  // parse.ts compareMembers: "which one", "each of them", "more efficient" set named members apart.
  [
    "monthly cpa and roas for google and meta in q2, which one improved more",
    "query_metrics",
    {
      metrics: ["cpa", "roas"],
      dimensions: ["date", "platform"],
      filters: [{ field: "platform", op: "in", values: ["google_ads", "meta_ads"] }],
      grain: "month",
    },
  ],
  [
    "paid social and display: spend and cpa per month since july, which of them got better",
    "query_metrics",
    { metrics: ["spend", "cpa"], dimensions: ["date", "channel"], grain: "month" },
  ],
  [
    "affiliate and display roas each month of h1, and tell me which of the two became more efficient",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["date", "channel"],
      timeRange: { from: "2026-01-01", to: "2026-06-30" },
      grain: "month",
    },
  ],
];
