/**
 * Phrasings for leftE's fixes (session 15): scans of orders over a month or a season that must see
 * the tracking outage day (the scan's tracking gaps), and the organization's targets asked for
 * as a list. My own wordings of the kinds; the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const MARCH = { from: "2026-03-01", to: "2026-03-31" };
const SPRING = { from: "2026-03-01", to: "2026-05-31" };
const Q1 = { from: "2026-01-01", to: "2026-03-31" };

export const LEFTE: PhrasingRow[] = [
  // detect_anomalies over a long window of a site metric: the tool adds the days sessions and the
  // metric collapsed together (tools/detect-anomalies/tracking-gaps.ts).
  ["did orders do anything strange in march", "detect_anomalies", { metrics: ["orders"], period: MARCH }],
  ["flag any odd order days over the spring", "detect_anomalies", { metrics: ["orders"], period: SPRING }],
  ["were there unusual days for orders in q1", "detect_anomalies", { metrics: ["orders"], period: Q1 }],
  // targets-intent.ts: "goals" is the word for targets here, not campaign objectives.
  [
    "which goals are configured",
    "query_metrics",
    { metrics: ["revenue", "spend", "roas", "orders", "cpa", "cac"] },
  ],
  [
    "what goals do we have set up",
    "query_metrics",
    { metrics: ["revenue", "spend", "roas", "orders", "cpa", "cac"] },
  ],
  [
    "list the goals we have defined",
    "query_metrics",
    { metrics: ["revenue", "spend", "roas", "orders", "cpa", "cac"] },
  ],
];
