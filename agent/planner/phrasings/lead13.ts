/**
 * Phrasings for session 13's lead work: actions asked for one ad platform ("what should we fix in
 * meta ads") and a count of actions ("3 things to fix"); "shaping up" / "panning out" read as how a
 * period or channel did; "stale" and "shape" kept from the typo fixer; "the top month" ranked; a
 * quarter compared with "the quarter before". Written by hand as my own wordings; the
 * blind sets (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

export const LEAD13: PhrasingRow[] = [
  ["what should we be fixing on facebook", "recommend", { focus: "all", platform: "meta_ads" }],
  ["any quick wins in google ads this week", "recommend", { platform: "google_ads" }],
  ["two things to improve on tiktok", "recommend", { platform: "tiktok_ads", limit: 2 }],
  ["top 4 priorities for next week", "recommend", { focus: "all", limit: 4 }],
  ["name three campaigns we should turn off", "recommend", { focus: "campaigns", limit: 3 }],
  ["give me one thing to fix in email", "recommend", { channel: "email", limit: 1 }],
  ["how did september pan out", "overview", { period: { from: "2026-09-01", to: "2026-09-30" } }],
  ["how has august shaped up", "overview", { period: { from: "2026-08-01", to: "2026-08-31" } }],
  [
    "how is affiliate shaping up",
    "query_metrics",
    { filters: [{ field: "channel", op: "in", values: ["affiliate"] }] },
  ],
  ["are our numbers stale", "query_metrics", { dimensions: ["date"] }],
  [
    "which was our top week",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], grain: "week", limit: 1 },
  ],
  [
    "orders this quarter against the quarter before",
    "compare_periods",
    { metrics: ["orders"], compareTo: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  ["revenue so far this quarter vs q3", "compare_periods", { metrics: ["revenue"] }],
];
