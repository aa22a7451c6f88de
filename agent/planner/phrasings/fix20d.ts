/**
 * Phrasings for session 25's fix20d: asks that named no metric of their own and were declined or
 * answered with another figure. Profit the ads made (not their revenue), the weekly meeting's
 * numbers (last week against the week before), a paragraph or blurb about how email did (the email
 * program's figures, not an action), and a bid strategy asked about (missing, with paid search's
 * ROAS and CPC by month offered). Written by hand; the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };
const LAST_WEEK = { from: "2026-10-19", to: "2026-10-25" };
const WEEK_BEFORE = { from: "2026-10-12", to: "2026-10-18" };
const EMAIL = [
  "email_sends",
  "email_opens",
  "email_open_rate",
  "email_clicks",
  "email_click_rate",
  "email_revenue",
];
const SEARCH_BY_MONTH = {
  metrics: ["roas", "cpc"],
  dimensions: ["date"],
  grain: "month",
  filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
};

export const FIX20D: PhrasingRow[] = [
  // Profit the ads made: each paid channel's margin on attributed revenue less its spend.
  ["what did our ads make us in profit", "profitability", { analysis: "channel_profit" }],
  [
    "how much did we make in profit from ads last quarter",
    "profitability",
    { analysis: "channel_profit", period: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  ["whats the profit on google ads spend", "profitability", { analysis: "channel_profit" }],
  ["profit from our meta ads in october", "profitability", { analysis: "channel_profit", period: OCT }],
  // The weekly meeting's numbers: last week against the week before, by channel.
  [
    "put together my monday deck",
    "compare_periods",
    { period: LAST_WEEK, compareTo: WEEK_BEFORE, dimensions: ["channel"] },
  ],
  [
    "numbers for the weekly sync pls",
    "compare_periods",
    { period: LAST_WEEK, compareTo: WEEK_BEFORE, dimensions: ["channel"] },
  ],
  [
    "gimme the stuff for our weekly standup",
    "compare_periods",
    { period: LAST_WEEK, compareTo: WEEK_BEFORE, dimensions: ["channel"] },
  ],
  [
    "prep me for monday's marketing meeting",
    "compare_periods",
    { period: LAST_WEEK, compareTo: WEEK_BEFORE, dimensions: ["channel"] },
  ],
  [
    "need slides for tomorrows team meeting",
    "compare_periods",
    { period: LAST_WEEK, compareTo: WEEK_BEFORE, dimensions: ["channel"] },
  ],
  // A write-up of how email did: the email program's own figures.
  ["draft a short para about how email went in october", "query_metrics", { metrics: EMAIL, timeRange: OCT }],
  ["can you write up a blurb on email for september", "query_metrics", { metrics: EMAIL, timeRange: SEP }],
  [
    "summarize how our email program did last month in a few sentences",
    "query_metrics",
    { metrics: EMAIL, timeRange: OCT },
  ],
  [
    "give me a short writeup on email performance q3",
    "query_metrics",
    { metrics: EMAIL, timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  // A bid strategy: not in the data; paid search's ROAS and CPC by month instead.
  ["is smart bidding working", "query_metrics", SEARCH_BY_MONTH],
  ["is tROAS bidding doing its job", "query_metrics", SEARCH_BY_MONTH],
  ["how's our automated bidding performing", "query_metrics", SEARCH_BY_MONTH],
  ["should we switch back to manual cpc?", "query_metrics", SEARCH_BY_MONTH],
  ["did target cpa bidding help", "query_metrics", SEARCH_BY_MONTH],
  ["smart biding ok?", "query_metrics", SEARCH_BY_MONTH],
];
