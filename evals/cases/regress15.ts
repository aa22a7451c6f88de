/**
 * Cases for session 15's regression fixes (regress15): a promo send named whole is the send even
 * when an ad campaign's name shares its words, and the engaged-session rate stays a rate. Own
 * wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, P, qm } from "./helpers.ts";

const SEND_MEASURES = ["email_sends", "email_opens", "email_clicks", "email_open_rate", "email_click_rate"];

export const REGRESS15_CASES: SourceCase[] = [
  {
    id: "regress15.two-sends-one-shares-an-ad-campaigns-words",
    tags: ["email"],
    questions: [
      "labor day sale or fall camping collection: which one did better?",
      "Fall Camping Collection (oct 8) against Labor Day Sale (sep 5), results?",
    ],
    expect: qm({
      metrics: SEND_MEASURES,
      dimensions: ["email_campaign"],
      filters: [f("email_campaign", "Fall Camping Collection", "Labor Day Sale")],
      timeRange: P.range("2025-11-01", "2026-10-31"),
    }),
  },
  {
    id: "regress15.engaged-session-rate",
    tags: ["funnel"],
    questions: [
      "engaged session rate per channel in september",
      "share of visits that were engaged in september, by channel",
    ],
    expect: qm({ metrics: ["engagement_rate"], dimensions: ["channel"], timeRange: P.sep }),
  },
];
