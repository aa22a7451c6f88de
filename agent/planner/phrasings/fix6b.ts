/**
 * Phrasings for session 11's fix6b work: diagnosis questions ("what was that", "was something
 * broken", "what happened" about a named metric and days) answered by an anomaly scan that names
 * what moved a day and the planned changes in the period; "late sept / early oct" as one stretch
 * of days; chat shorthand "w/" and "w/o". Written by hand as my own wordings; the blind sets
 * (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

export const FIX6B: PhrasingRow[] = [
  [
    "clicks on june 9 look crazy high, what was that",
    "detect_anomalies",
    { metrics: ["clicks"], period: { from: "2026-06-09", to: "2026-06-09" } },
  ],
  [
    "sessions fell off a cliff on april 2, what happened?",
    "detect_anomalies",
    { metrics: ["sessions", "orders", "spend"], period: { from: "2026-04-02", to: "2026-04-02" } },
  ],
  [
    "revenue on the 3rd of august looks way off - what happened",
    "detect_anomalies",
    { metrics: ["revenue", "sessions", "orders", "spend"], period: { from: "2026-08-03", to: "2026-08-03" } },
  ],
  [
    "tiktok spend mid aug to early sept, was something broken",
    "detect_anomalies",
    {
      metrics: ["spend"],
      period: { from: "2026-08-15", to: "2026-09-10" },
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }],
    },
  ],
  [
    "affiliate spend late june / early july, anything off?",
    "detect_anomalies",
    {
      metrics: ["spend"],
      period: { from: "2026-06-21", to: "2026-07-10" },
      filters: [{ field: "channel", op: "in", values: ["affiliate"] }],
    },
  ],
  [
    "paid social spend mid june into early july",
    "query_metrics",
    {
      metrics: ["spend"],
      timeRange: { from: "2026-06-11", to: "2026-07-10" },
      filters: [{ field: "channel", op: "in", values: ["paid_social"] }],
    },
  ],
  [
    "show revenue w/o email last week",
    "query_metrics",
    { metrics: ["revenue"], filters: [{ field: "channel", op: "not_in", values: ["email"] }] },
  ],
  [
    "anything strange w/ display in early september",
    "detect_anomalies",
    {
      period: { from: "2026-09-01", to: "2026-09-10" },
      filters: [{ field: "channel", op: "in", values: ["display"] }],
    },
  ],
];
