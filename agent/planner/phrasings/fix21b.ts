/**
 * Phrasings for session 26's fixes (fix21b): search rankings asked as "ranked keywords", pages and
 * blog posts (no page data: organic search by month), whether a day's data can be used (the lost
 * tracking day), customers from Instagram (its new customers), orders with no touchpoint (the path
 * length scan). Own wordings; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const ORGANIC = [{ field: "channel", op: "in", values: ["organic_search"] }];
const AROUND_LOSS = { from: "2026-03-03", to: "2026-03-31" };
const YTD = { from: "2026-01-01", to: "2026-11-01" };
const INSTAGRAM = [{ field: "source", op: "in", values: ["instagram"] }];

export const FIX21B: PhrasingRow[] = [
  [
    "top ranked search terms last month",
    "query_metrics",
    {
      metrics: ["sessions", "revenue"],
      filters: ORGANIC,
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  ["wat r our best rankin keywords", "query_metrics", { metrics: ["sessions", "revenue"], filters: ORGANIC }],
  [
    "highest ranking pages on google",
    "query_metrics",
    { metrics: ["sessions", "revenue"], filters: ORGANIC },
  ],
  [
    "which articles on our blog bring in seo traffic",
    "query_metrics",
    { metrics: ["sessions", "orders", "revenue"], dimensions: ["date"], grain: "month", filters: ORGANIC },
  ],
  [
    "seo visits by landing page in q3",
    "query_metrics",
    {
      metrics: ["sessions", "orders", "revenue"],
      grain: "month",
      filters: ORGANIC,
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "our best performing blog content?",
    "query_metrics",
    { metrics: ["sessions", "orders", "revenue"], grain: "month", filters: ORGANIC },
  ],
  [
    "can I trust the numbers from march?",
    "detect_anomalies",
    { metrics: ["orders", "sessions"], period: AROUND_LOSS },
  ],
  [
    "is the data for 3/17 broken",
    "detect_anomalies",
    { metrics: ["orders", "sessions"], period: AROUND_LOSS },
  ],
  [
    "are there days with bad data we should leave out",
    "detect_anomalies",
    { metrics: ["orders", "sessions"], period: AROUND_LOSS, focus: "loss" },
  ],
  [
    "is our june data reliable",
    "detect_anomalies",
    { metrics: ["orders", "sessions"], period: { from: "2026-06-01", to: "2026-06-30" } },
  ],
  ["cut mar 17 from my weekly trend line?", "detect_anomalies", { metrics: ["orders", "sessions"] }],
  [
    "how many customers did insta bring us this year",
    "query_metrics",
    { metrics: ["new_customers"], filters: INSTAGRAM, timeRange: YTD, attributionModel: "last_touch" },
  ],
  [
    "how many ppl bought after coming from instagram in q3",
    "query_metrics",
    { metrics: ["new_customers"], filters: INSTAGRAM, timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  [
    "instagram customers ytd, how do i pull that",
    "query_metrics",
    { metrics: ["new_customers"], filters: INSTAGRAM },
  ],
  [
    "orders with zero touches last month",
    "journeys",
    { analysis: "path_length", period: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  [
    "what share of purchases had no recorded touchpoint in q3",
    "journeys",
    { analysis: "path_length", period: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  ["untracked orders in september?", "journeys", { analysis: "path_length" }],
  ["any sales lacking a touchpoint last week", "journeys", { analysis: "path_length" }],
  [
    "give me the underlying data for sales per channel in q2",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["channel"], timeRange: { from: "2026-04-01", to: "2026-06-30" } },
  ],
];
