/**
 * Cases for session 25's follow-ups that kept the previous subject (fix20a): a chart of a top-1
 * ranking draws the rows it topped, "the top one" / "its" asks the ranking's top row, "it" with a
 * month keeps the one campaign or channel asked of, more budget weighed for one channel and then a
 * multiple of it, and a bound on the previous rows with no metric named. Own wordings; the blind
 * sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { anomalies, budget, f, notNone, P, qm } from "./helpers.ts";

const BRAND_SEARCH = 1001;
const nextMonth = (dimension: string, value: string, changePercent: number, level = "channel") =>
  budget({
    period: P.nextMonth,
    level,
    changes: [{ dimension, value, changePercent }],
    objective: "profit",
  });

export const FIX20A_CASES: SourceCase[] = [
  {
    id: "fix20a.pie-of-top-one",
    tags: ["followup", "chart"],
    turns: [
      {
        question: "which platform had the highest spend last month",
        expect: qm({
          metrics: ["spend"],
          dimensions: ["platform"],
          timeRange: P.oct,
          orderBy: [{ field: "spend", direction: "desc" }],
          limit: 1,
        }),
      },
      {
        question: "pie chart pls",
        expect: qm({
          metrics: ["spend"],
          dimensions: ["platform"],
          timeRange: P.oct,
          orderBy: [{ field: "spend", direction: "desc" }],
        }),
      },
    ],
  },
  {
    id: "fix20a.top-one-figure",
    tags: ["followup", "rank"],
    turns: [
      {
        question: "best campaign by roas last month",
        expect: qm({
          metrics: ["roas"],
          dimensions: ["campaign"],
          filters: [notNone("campaign")],
          timeRange: P.oct,
          orderBy: [{ field: "roas", direction: "desc" }],
          limit: 1,
        }),
      },
      {
        question: "how much did the top one spend",
        expect: qm({
          metrics: ["roas", "spend"],
          dimensions: ["campaign"],
          filters: [notNone("campaign")],
          timeRange: P.oct,
          orderBy: [{ field: "roas", direction: "desc" }],
          limit: 1,
        }),
      },
    ],
  },
  {
    id: "fix20a.its-email-rate",
    tags: ["followup", "email"],
    turns: [
      {
        question: "which newsletter got the most opens in q3",
        expect: qm({
          metrics: ["email_opens"],
          dimensions: ["email_campaign"],
          timeRange: P.q3,
          orderBy: [{ field: "email_opens", direction: "desc" }],
        }),
      },
      {
        question: "and its unsub rate?",
        expect: qm({
          metrics: ["email_opens", "email_unsubscribe_rate"],
          dimensions: ["email_campaign"],
          timeRange: P.q3,
          orderBy: [{ field: "email_opens", direction: "desc" }],
          limit: 1,
        }),
      },
    ],
  },
  {
    id: "fix20a.it-in-a-month",
    tags: ["followup", "campaigns"],
    turns: [
      {
        question: "how's the brand search campaign performing",
        expect: qm({
          metrics: ["revenue", "spend", "roas", "orders"],
          filters: [f("campaign", BRAND_SEARCH)],
          timeRange: P.range("2025-11-01", "2026-10-31"),
        }),
      },
      {
        question: "what went on with that campaign in june",
        expect: anomalies({
          metrics: ["spend", "revenue", "orders"],
          period: P.jun,
          filters: [f("campaign", BRAND_SEARCH)],
        }),
      },
    ],
  },
  {
    id: "fix20a.channel-raise-then-double",
    tags: ["followup", "budget"],
    turns: [
      {
        question: "should we spend more on affiliate",
        expect: nextMonth("channel", "affiliate", 10),
      },
      { question: "what if we doubled it", expect: nextMonth("channel", "affiliate", 100) },
    ],
  },
  {
    id: "fix20a.bound-on-rows",
    tags: ["followup", "threshold"],
    turns: [
      {
        question: "roas by campaign last month",
        expect: qm({
          metrics: ["roas"],
          dimensions: ["campaign"],
          filters: [notNone("campaign")],
          timeRange: P.oct,
        }),
      },
      {
        question: "just those over 2x",
        expect: qm({
          metrics: ["roas"],
          dimensions: ["campaign"],
          filters: [notNone("campaign"), { field: "roas", op: "gt", value: 2 }],
          timeRange: P.oct,
          orderBy: [{ field: "roas", direction: "desc" }],
        }),
      },
    ],
  },
];
