/**
 * Phrasings for session 10's fixes (fix5d): email campaigns named as a kind ("the newsletter",
 * promo sends), periods read in the direction asked, period recaps and briefs. Written by hand as
 * my own wordings of the kinds; the blind sets (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./phrasing-table.ts";

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
];
