/**
 * Phrasings for fix13f's kinds (session 18): the share of a period's total that some of its
 * months took, read as the part against the whole (period-share-intent.ts). My own wordings;
 * the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const TRAILING_YEAR = { from: "2025-11-01", to: "2026-10-31" };
const YTD = { from: "2026-01-01", to: "2026-11-01" };

export const FIX13F: PhrasingRow[] = [
  // A year said loosely is the twelve months of data; a bare month moves back into it.
  [
    "what % of annual orders landed in q4",
    "compare_periods",
    { metrics: ["orders"], period: { from: "2026-10-01", to: "2026-10-31" }, compareTo: TRAILING_YEAR },
  ],
  [
    "how much of the whole year's sales did we make over nov-dec",
    "compare_periods",
    { metrics: ["revenue"], period: { from: "2025-11-01", to: "2025-12-31" }, compareTo: TRAILING_YEAR },
  ],
  [
    "jun-aug revenue as a share of the last 12 months",
    "compare_periods",
    { metrics: ["revenue"], period: { from: "2026-06-01", to: "2026-08-31" }, compareTo: TRAILING_YEAR },
  ],
  // A named year is the planner's own reading of it.
  [
    "how much of this year's spend went out in sept and oct",
    "compare_periods",
    { metrics: ["spend"], period: { from: "2026-09-01", to: "2026-10-31" }, compareTo: YTD },
  ],
  [
    "what proportion of 2026 sales happened during the summer",
    "compare_periods",
    { metrics: ["revenue"], period: { from: "2026-06-01", to: "2026-08-31" }, compareTo: YTD },
  ],
  // A share of a channel in a period stays a channel breakdown.
  ["what share of orders came from email in q3", "query_metrics", { dimensions: ["channel"] }],
];
