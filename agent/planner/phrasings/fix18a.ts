/**
 * Phrasings for fix18a (session 23): the targets ranked by how far off they are, and a breakdown's
 * rows kept to those that moved one way (that period against the one before). Own wordings; the
 * blind sets (evals/blind/) are held out and not copied. The follow-up forms are in
 * follow-up-narrow.test.ts.
 */
import type { PhrasingRow } from "./index.ts";

const TARGETS = { metrics: ["revenue", "spend", "roas", "orders", "cpa", "cac"], dimensions: [] };
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };

export const FIX18A: PhrasingRow[] = [
  ["which kpi target are we furthest behind on", "query_metrics", TARGETS],
  ["which goal are we closest to hitting", "query_metrics", TARGETS],
  [
    "campaign spend last month, just the ones that dropped",
    "compare_periods",
    { metrics: ["spend"], dimensions: ["campaign"], period: OCT, compareTo: SEP },
  ],
  [
    "channels whose revenue grew last month",
    "compare_periods",
    { metrics: ["revenue"], dimensions: ["channel"], period: OCT, compareTo: SEP },
  ],
];
