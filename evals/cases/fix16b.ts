/**
 * Cases for session 21's fixes (fix16b): three or more periods in one question read as a series,
 * a month written as year and month number, an outage put in a month without one, a pause of a
 * channel with no ad spend, the budget left in a month with no data yet, and a period before the
 * data set against one in it. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, P } from "./helpers.ts";

const week = (metrics: string[], from: string, to: string) => ({
  name: "query_metrics",
  args: { metrics, dimensions: ["date"], filters: [], grain: "week", timeRange: P.range(from, to) },
});

export const FIX16B_CASES: SourceCase[] = [
  {
    id: "fix16b.three-months",
    tags: ["time", "trend"],
    questions: [
      "compare sessions for feb vs mar vs apr",
      "how did sessions look in february, march and april?",
    ],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["sessions"],
            dimensions: ["date"],
            filters: [],
            grain: "month",
            timeRange: P.range("2026-02-01", "2026-04-30"),
          },
        },
      ],
    },
  },
  {
    id: "fix16b.three-quarters",
    tags: ["time", "trend"],
    questions: ["roas in 2026 q1 vs q2 vs q3 for paid search", "paid search roas: q1, q2 and q3"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["roas"],
            dimensions: ["date"],
            filters: [f("channel", "paid_search")],
            grain: "quarter",
            timeRange: P.range("2026-01-01", "2026-09-30"),
          },
        },
      ],
    },
  },
  {
    id: "fix16b.iso-month",
    tags: ["time"],
    questions: ["select sum(revenue) where month = 2026-06", "revenue for 2026/06"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: { metrics: ["revenue"], dimensions: [], filters: [], timeRange: P.jun },
        },
      ],
    },
  },
  {
    id: "fix16b.misdated-outage",
    tags: ["anomalies", "false-premise"],
    questions: [
      "how many orders did we lose in the june outage",
      "may's tracking outage, how much did it hurt conversions",
    ],
    expect: {
      calls: [
        {
          name: "detect_anomalies",
          args: {
            metrics: ["conversion_rate", "orders"],
            filters: [],
            focus: "loss",
            period: P.range("2026-02-17", "2026-04-14"),
          },
        },
      ],
    },
  },
  {
    id: "fix16b.unpaid-pause",
    tags: ["trend", "false-premise"],
    questions: ["when we paused email in july how much did revenue drop"],
    expect: {
      calls: [
        week(["email_sends"], "2026-06-08", "2026-08-16"),
        week(["revenue"], "2026-06-08", "2026-08-16"),
      ],
    },
  },
  {
    id: "fix16b.budget-left",
    tags: ["campaigns", "budget"],
    questions: ["hw much budget do we have left this month?", "any unspent budget this month"],
    expect: { calls: [{ name: "campaigns", args: { analysis: "pacing", period: P.oct } }] },
  },
];
