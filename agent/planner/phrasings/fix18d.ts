/**
 * Phrasings for session 23's fix18d kinds: breakdown words cut short, converting as a verb, a
 * direction asked, a search ranking asked of a quoted term, objectives named by a metric word, our
 * figure against a platform's own screen, "compared to what?". Written by hand; the blind sets
 * (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const GAP = [
  "platform_conversions",
  "orders",
  "platform_conversions_minus_tracked",
  "platform_conversions_over_tracked",
  "platform_revenue",
  "revenue",
  "platform_revenue_minus_tracked",
  "platform_revenue_over_tracked",
];
const OCT = { from: "2026-10-01", to: "2026-10-31" };

export const FIX18D: PhrasingRow[] = [
  [
    "revenue per chnl last mo",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["channel"], timeRange: OCT },
  ],
  ["q3 spend by ch", "query_metrics", { metrics: ["spend"], dimensions: ["channel"], timeRange: Q3 }],
  [
    "orders by cmpgn in q3",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["campaign"], timeRange: Q3 },
  ],
  [
    "clicks by plat last mo",
    "query_metrics",
    { metrics: ["clicks"], dimensions: ["platform"], timeRange: OCT },
  ],
  [
    "cvr for each channel last month",
    "query_metrics",
    { metrics: ["conversion_rate"], dimensions: ["channel"] },
  ],
  [
    "does email convert better than referral in q3",
    "query_metrics",
    { metrics: ["conversion_rate"], dimensions: ["channel"], timeRange: Q3 },
  ],
  ["best converting channel last month", "query_metrics", { metrics: ["conversion_rate"], timeRange: OCT }],
  ["how well does paid social convert", "query_metrics", { metrics: ["conversion_rate"] }],
  [
    "is referral traffic growing",
    "query_metrics",
    {
      metrics: ["sessions"],
      dimensions: ["date"],
      grain: "week",
      timeRange: { from: "2026-08-10", to: "2026-10-31" },
    },
  ],
  ["organic sessions growing or not", "query_metrics", { metrics: ["sessions"], dimensions: ["date"] }],
  ["what's our ranking for 'rain jackets'", "query_metrics", { metrics: ["sessions", "revenue"] }],
  ["where do we place for “camp stoves”", "query_metrics", { metrics: ["sessions", "revenue"] }],
  [
    "awareness vs conversions campaigns roas in q3",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["campaign_objective"], timeRange: Q3 },
  ],
  ["spend for conversion campaigns last month", "query_metrics", { metrics: ["spend"], timeRange: OCT }],
  ["why doesnt our google revenue match the google ads ui", "query_metrics", { metrics: GAP }],
  ["ur figures for facebook are way lower than what ads manager says", "query_metrics", { metrics: GAP }],
];
