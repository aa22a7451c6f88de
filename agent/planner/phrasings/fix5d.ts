/**
 * Phrasings for session 10's fixes (fix5d): email campaigns named as a kind ("the newsletter",
 * promo sends), periods read in the direction asked, period recaps and briefs. Written by hand as
 * my own wordings of the kinds; the blind sets (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const NEWSLETTER = [{ field: "email_campaign", op: "in", values: ["weekly_newsletter"] }];

export const FIX5D: PhrasingRow[] = [
  // email-groups.ts: "the newsletter" is the one newsletter, not every email.
  [
    "clicks on our newsletter in september",
    "query_metrics",
    { metrics: ["email_clicks"], filters: NEWSLETTER, timeRange: SEPT },
  ],
  [
    "what open rate does the weekly newsletter get",
    "query_metrics",
    { metrics: ["email_open_rate"], filters: NEWSLETTER },
  ],
  // time.ts: two periods side by side read forward (the later is the period).
  [
    "june vs july funnel, where did we lose the most",
    "funnel",
    { period: { from: "2026-07-01", to: "2026-07-31" }, compareTo: { from: "2026-06-01", to: "2026-06-30" } },
  ],
  [
    "august versus september revenue by channel",
    "compare_periods",
    { period: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  // time.ts: overlapping periods are one window, not a comparison of it with itself.
  [
    "ytd orders against ytd spend, cpa?",
    "query_metrics",
    { metrics: ["orders", "spend", "paid_cpa", "cpa"], timeRange: { from: "2026-01-01", to: "2026-11-01" } },
  ],
  [
    "spend over bfcm last year from thanksgiving to cyber monday",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2025-11-27", to: "2025-12-01" } },
  ],
  // overview-intent.ts: a period "in a nutshell" and "what moved the most" is the overview.
  ["september in a nutshell, what moved the most?", "overview", { period: SEPT }],
  [
    "tl;dr of august, and which channels changed the most",
    "overview",
    { period: { from: "2026-08-01", to: "2026-08-31" } },
  ],
  // advice-intent.ts: "the brief" for a period is the brief over it, not four totals.
  ["pull up my briefing for september", "brief", { period: SEPT }],
  ["show the insights brief for last week", "brief", { period: { from: "2026-10-19", to: "2026-10-25" } }],
];
