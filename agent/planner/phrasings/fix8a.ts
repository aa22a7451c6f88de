/**
 * Phrasings for session 13's fix8a kinds that a single question can show: an update written for
 * someone with the movers (the overview of its period), and US states written as postal codes.
 * The follow-up kinds are threads, tested in follow-up-fix8a.test.ts and evals/cases/fix8a.ts.
 * My own wordings; the blind sets are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

export const FIX8A: PhrasingRow[] = [
  // client-update.ts: the overview (headline figures vs the period before, and the movers).
  [
    "client recap for september with spend, revenue and roas and the biggest movers",
    "overview",
    { period: SEPT },
  ],
  ["client report for q3 with revenue, roas and the main movers", "overview", { period: Q3 }],
  ["agency update for september: roas, spend and biggest movers, 4 bullets", "overview", { period: SEPT }],
  // us-state-codes.ts: upper-case postal codes are the states.
  [
    "revenue in TX vs FL in september",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["region"],
      filters: [{ field: "region", op: "in", values: ["TX", "FL"] }],
      timeRange: SEPT,
    },
  ],
  [
    "orders from NY and NJ in q3",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["region"],
      filters: [{ field: "region", op: "in", values: ["NY", "NJ"] }],
      timeRange: Q3,
    },
  ],
  [
    "new customers in WA, AZ and GA last quarter",
    "query_metrics",
    {
      metrics: ["new_customers"],
      dimensions: ["region"],
      filters: [{ field: "region", op: "in", values: ["WA", "AZ", "GA"] }],
      timeRange: Q3,
    },
  ],
];
