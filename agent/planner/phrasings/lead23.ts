/**
 * Phrasings for session 23's lead kinds (lead23): a sceptic's "how did you get X" asked first,
 * waste words with where it is wasted. Written by hand; the blind
 * sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const LAST30 = { from: "2026-10-02", to: "2026-10-31" };

export const LEAD23: PhrasingRow[] = [
  ["how exactly did you calculate the cpa", "describe_metric", { metric: "cpa" }],
  ["walk me through how you got the roas", "describe_metric", { metric: "roas" }],
  ["where does that ctr number come from", "describe_metric", { metric: "ctr" }],
  [
    "are we wasting any money anywhere",
    "query_metrics",
    { dimensions: ["campaign"], orderBy: [{ field: "roas", direction: "asc" }], timeRange: LAST30 },
  ],
  [
    "where are we throwing away budget on ads",
    "query_metrics",
    { dimensions: ["campaign"], orderBy: [{ field: "roas", direction: "asc" }] },
  ],
];
