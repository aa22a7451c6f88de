/**
 * Phrasings for session 21's follow-up fixes (fix21a) that stand alone: a ranking of the move asked
 * as better or worse keeps every row (no top row cut by the current value), and ads asked as
 * wasting money are the campaigns from the lowest ROAS. Written by hand; the blind sets
 * (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };

export const FIX21A: PhrasingRow[] = [
  [
    "which channel's conversion rate improved most in october vs september",
    "compare_periods",
    { metrics: ["conversion_rate"], dimensions: ["channel"], period: OCT, compareTo: SEP },
  ],
  [
    "biggest improvement in cpa by platform october vs september",
    "compare_periods",
    { metrics: ["cpa"], dimensions: ["platform"], period: OCT, compareTo: SEP },
  ],
  [
    "which ads are losing us money",
    "query_metrics",
    { dimensions: ["campaign"], orderBy: [{ field: "roas", direction: "asc" }] },
  ],
  [
    "any ads underperforming?",
    "query_metrics",
    { dimensions: ["campaign"], orderBy: [{ field: "roas", direction: "asc" }] },
  ],
];
