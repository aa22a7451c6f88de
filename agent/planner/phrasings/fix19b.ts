/**
 * Phrasings for session 24's fixes (fix19b) that stand alone: the things to flag asked with a
 * period of their own (the biggest movers by channel against the period before). The follow-up
 * kinds (targets behind, a part of the US, a step asked again, per send) are threads, tested in
 * their own unit tests and eval cases. Written by hand; the blind sets are held out.
 */
import type { PhrasingRow } from "./index.ts";

const FLAG_METRICS = ["revenue", "spend", "orders"];

export const FIX19B: PhrasingRow[] = [
  [
    "what should i flag from last week",
    "compare_periods",
    {
      metrics: FLAG_METRICS,
      dimensions: ["channel"],
      period: { from: "2026-10-19", to: "2026-10-25" },
      compareTo: { from: "2026-10-12", to: "2026-10-18" },
    },
  ],
  [
    "key takeaways from september",
    "compare_periods",
    {
      metrics: FLAG_METRICS,
      dimensions: ["channel"],
      period: { from: "2026-09-01", to: "2026-09-30" },
      compareTo: { from: "2026-08-01", to: "2026-08-31" },
    },
  ],
  [
    "anything worth flagging in q3 by platform",
    "compare_periods",
    {
      metrics: FLAG_METRICS,
      dimensions: ["platform"],
      period: { from: "2026-07-01", to: "2026-09-30" },
      compareTo: { from: "2026-04-01", to: "2026-06-30" },
    },
  ],
];
