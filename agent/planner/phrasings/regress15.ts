/**
 * Phrasings for session 15's regression fixes (regress15): answers the earlier blind sets had
 * right that later changes broke. Written by hand as my own wordings of each kind; the blind sets
 * (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };

export const REGRESS15: PhrasingRow[] = [
  // other-tool-words.ts: the engaged-session *rate* is the engagement rate, not the count of
  // engaged sessions (the GA4 rewrite had dropped "rate").
  [
    "engaged session rate per channel in september",
    "query_metrics",
    { metrics: ["engagement_rate"], dimensions: ["channel"], timeRange: SEPT },
  ],
  [
    "what % of sessions were engaged last month",
    "query_metrics",
    { metrics: ["engagement_rate"], timeRange: OCT },
  ],
  [
    "share of visits that were engaged, by channel",
    "query_metrics",
    { metrics: ["engagement_rate"], dimensions: ["channel"] },
  ],
  ["engaged sessions by channel in september", "query_metrics", { metrics: ["engaged_sessions"] }],
  // answer-length.ts: "two lines" in a chart ask are the chart's series (the text keeps its form;
  // the plan is the daily series of both measures).
  [
    "graph spend against revenue by day in october, two lines please",
    "query_metrics",
    { metrics: ["spend", "revenue"], dimensions: ["date"], timeRange: OCT },
  ],
  [
    "plot daily orders and sessions for september as 2 lines",
    "query_metrics",
    { metrics: ["orders", "sessions"], dimensions: ["date"], timeRange: SEPT },
  ],
  [
    "line chart of october revenue and ad spend per day, 2 lines",
    "query_metrics",
    { metrics: ["revenue", "spend"], dimensions: ["date"], timeRange: OCT },
  ],
  // threshold-note.ts: a spend floor is the row filter; no line judges ROAS against it.
  [
    "best campaigns by roas in september, just the ones that spent at least $2k",
    "query_metrics",
    {
      dimensions: ["campaign"],
      filters: [
        { field: "campaign", op: "neq", value: null },
        { field: "spend", op: "gte", value: 2000 },
      ],
    },
  ],
  [
    "rank campaigns by cpa last month where we spent at least 1000",
    "query_metrics",
    { metrics: ["cpa", "spend"], dimensions: ["campaign"] },
  ],
  [
    "highest roas campaigns in october, only ones that spent at least $500",
    "query_metrics",
    { metrics: ["roas", "spend"], dimensions: ["campaign"], timeRange: OCT },
  ],
];
