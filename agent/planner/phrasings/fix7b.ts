/**
 * Phrasings for session 12's fix7b kinds: a recorded holdout asked about by name (its week comes
 * from the planned changes), a day asked about with no metric (a scan with drivers), a count that
 * fell hard in a short stretch (the days that fell, not two averages), and a budget change told
 * without "after" ("the X budget went up on ..."). Own wordings; the blind sets are held out.
 */
import type { PhrasingRow } from "./index.ts";

const DAY_METRICS = ["spend", "orders", "sessions", "revenue"];

export const FIX7B: PhrasingRow[] = [
  // holdout-intent.ts: the recorded holdout against comparable weeks.
  [
    "did switching off display for the holdout week cost us any sales",
    "campaigns",
    { analysis: "holdout", channel: "display" },
  ],
  [
    "results of the paid search hold-out: did total revenue move",
    "campaigns",
    { analysis: "holdout", channel: "paid_search" },
  ],
  [
    "total orders in the affiliate holdout vs normal weeks",
    "campaigns",
    { analysis: "holdout", channel: "affiliate" },
  ],
  ["what did our holdouts show", "campaigns", { analysis: "holdout" }],
  [
    "did sales dip during the display go dark test in june",
    "campaigns",
    { analysis: "holdout", channel: "display", around: { from: "2026-06-01", to: "2026-06-30" } },
  ],
  // day-diagnosis-intent.ts: a day asked about, no metric: its headline outcomes and spend scanned.
  [
    "what went on on april 2",
    "detect_anomalies",
    { metrics: DAY_METRICS, period: { from: "2026-04-02", to: "2026-04-02" } },
  ],
  [
    "did anything happen on the 9th of june?",
    "detect_anomalies",
    { metrics: DAY_METRICS, period: { from: "2026-06-09", to: "2026-06-09" } },
  ],
  [
    "what was going on august 20",
    "detect_anomalies",
    { metrics: DAY_METRICS, period: { from: "2026-08-20", to: "2026-08-20" } },
  ],
  // sharp-drop.ts: a count that fell hard in a short stretch, scanned day by day with companions.
  [
    "why did sessions crater in early april",
    "detect_anomalies",
    { metrics: ["sessions", "orders", "spend"], period: { from: "2026-04-01", to: "2026-04-10" } },
  ],
  [
    "what made revenue plummet late february",
    "detect_anomalies",
    { metrics: ["revenue", "sessions", "orders", "spend"] },
  ],
  [
    "why did our orders nosedive the week of august 10",
    "detect_anomalies",
    { metrics: ["orders", "sessions", "spend"] },
  ],
  // campaigns-intent.ts: a budget change told without "after".
  [
    "summer sale prospecting's budget was doubled in june, was it worth it?",
    "campaigns",
    { analysis: "change", campaigns: [1005] },
  ],
  [
    "we bumped up the brand search always on budget in may - did that help?",
    "campaigns",
    { analysis: "change", campaigns: [1004] },
  ],
  [
    "tiktok creators budget got cut in march, what was the impact",
    "campaigns",
    { analysis: "change", campaigns: [1006] },
  ],
];
