/**
 * Cases for session 18's fix13c kinds: asks once routed to the wrong analysis. The lift of a past
 * budget change, a one-day spend spike on a platform, a metric's target paced, and the year's scan
 * (its rate breaks set against the days around them). Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const SCAN = ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"];
const ALL_DATA = { from: "2025-11-01", to: "2026-10-31" };

export const FIX13C_CASES: SourceCase[] = [
  {
    id: "fix13c.lift-of-social-budget-boost",
    tags: ["campaigns", "budget"],
    questions: ["how much incremental revenue did the paid social budget boost in june bring"],
    expect: {
      calls: [
        {
          name: "campaigns",
          args: {
            analysis: "change",
            channel: "paid_social",
            around: { from: "2026-06-01", to: "2026-06-30" },
          },
        },
      ],
    },
  },
  {
    id: "fix13c.one-day-spike-tiktok",
    tags: ["anomalies"],
    questions: ["was there a day tiktok spent way more than usual"],
    expect: {
      calls: [
        {
          name: "detect_anomalies",
          args: {
            metrics: ["spend", "revenue", "orders"],
            period: ALL_DATA,
            filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }],
          },
        },
      ],
    },
  },
  {
    id: "fix13c.cpa-target-pacing",
    tags: ["targets"],
    questions: ["pacing vs target cpa so far this quarter"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: { metrics: ["cpa"], timeRange: { from: "2026-10-01", to: "2026-11-01" } },
        },
      ],
    },
  },
  {
    id: "fix13c.odd-things-since-january",
    tags: ["anomalies"],
    questions: ["flag anything odd in our numbers since january"],
    expect: { calls: [{ name: "detect_anomalies", args: { metrics: SCAN, period: P.ytd } }] },
  },
];
