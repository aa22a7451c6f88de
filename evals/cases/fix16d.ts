/**
 * Cases for session 21's fix16d: follow-ups that keep the previous subject and change only what
 * they name: an apology before the new member, a figure asked of the rows shown, a per-day average,
 * another member's share, a share by month, and a breakdown of a run-rate estimate. Own wordings;
 * the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, P, qm } from "./helpers.ts";

const nov = { from: "2026-11-01", to: "2026-11-30" };

export const FIX16D_CASES: SourceCase[] = [
  {
    id: "fix16d.apology-new-member",
    tags: ["follow_up"],
    turns: [
      {
        question: "cpc on google last month",
        expect: qm({ metrics: ["cpc"], filters: [f("platform", "google_ads")], timeRange: P.oct }),
      },
      {
        question: "oops, tiktok",
        expect: qm({ metrics: ["cpc"], filters: [f("platform", "tiktok_ads")], timeRange: P.oct }),
      },
    ],
  },
  {
    id: "fix16d.figure-of-rows-shown",
    tags: ["follow_up"],
    turns: [
      {
        question: "the 2 display campaigns that spent the most in q2",
        expect: qm({
          metrics: ["spend"],
          dimensions: ["campaign"],
          filters: [f("channel", "display")],
          timeRange: P.q2,
          limit: 2,
        }),
      },
      {
        question: "which one of the two drove more orders",
        expect: qm({
          metrics: ["spend", "orders"],
          dimensions: ["campaign"],
          filters: [f("channel", "display")],
          timeRange: P.q2,
          limit: 2,
        }),
      },
    ],
  },
  {
    id: "fix16d.figure-of-top-email",
    tags: ["follow_up", "email"],
    turns: [
      {
        question: "which email got the most opens last month",
        expect: qm({ metrics: ["email_opens"], dimensions: ["email_campaign"], timeRange: P.oct }),
      },
      {
        question: "and how many clicks did that one get",
        expect: qm({
          metrics: ["email_opens", "email_clicks"],
          dimensions: ["email_campaign"],
          timeRange: P.oct,
          limit: 1,
        }),
      },
    ],
  },
  {
    id: "fix16d.per-day-average-weekday",
    tags: ["follow_up"],
    turns: [
      {
        question: "which weekday has the most orders in q3",
        expect: qm({ metrics: ["orders"], dimensions: ["day_of_week"], timeRange: P.q3 }),
      },
      {
        question: "avg per day",
        expect: qm({ metrics: ["orders"], dimensions: ["day_of_week"], timeRange: P.q3, average: "per_day" }),
      },
    ],
  },
  {
    id: "fix16d.share-other-member",
    tags: ["follow_up", "share"],
    turns: [
      {
        question: "what % of orders came from affiliate last month",
        expect: qm({ metrics: ["orders"], dimensions: ["channel"], filters: [], timeRange: P.oct }),
      },
      {
        question: "what about direct",
        expect: qm({ metrics: ["orders"], dimensions: ["channel"], filters: [], timeRange: P.oct }),
      },
    ],
  },
  {
    id: "fix16d.share-by-month",
    tags: ["follow_up", "share"],
    turns: [
      {
        question: "google ads share of spend in q3",
        expect: qm({ metrics: ["spend"], dimensions: ["platform"], timeRange: P.q3 }),
      },
      {
        question: "monthly",
        expect: qm({ metrics: ["spend"], dimensions: ["date", "platform"], timeRange: P.q3, grain: "month" }),
      },
    ],
  },
  {
    id: "fix16d.run-rate-by-platform",
    tags: ["follow_up", "forecast"],
    turns: [
      {
        question: "projected orders for november",
        expect: {
          calls: [{ name: "project_run_rate", args: { metric: "orders", period: nov, pace: P.oct } }],
        },
      },
      {
        question: "per platform",
        expect: {
          calls: [
            {
              name: "project_run_rate",
              args: { metric: "orders", period: nov, pace: P.oct, filters: [f("platform", "google_ads")] },
            },
          ],
        },
      },
    ],
  },
];
