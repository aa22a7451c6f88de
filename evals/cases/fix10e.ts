/**
 * Cases for session 15's period arithmetic and premises (fix10e): windows beside the tracking
 * outage found in the data with the baseline before it, "since X vs the same number of days
 * before", a fiscal year start stated in the question, the week after a named day against the week
 * before it, a change the data does not record as a weekly trend, and a growth race between two
 * channels as the later half of the year against the earlier. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { anomalies, cmp, f, P, qm } from "./helpers.ts";

export const FIX10E_CASES: SourceCase[] = [
  {
    id: "fix10e.around-the-outage",
    tags: ["compare", "time", "anomalies"],
    questions: [
      "orders and sessions in the 10 days after the outage vs the 10 days before",
      "sessions and orders the 10 days following the tracking outage against the 10 days prior",
    ],
    expect: cmp({
      metrics: ["orders", "sessions"],
      period: P.range("2026-03-18", "2026-03-27"),
      compareTo: P.range("2026-03-07", "2026-03-16"),
    }),
  },
  {
    id: "fix10e.since-day-vs-same-days-before",
    tags: ["compare", "time", "holiday"],
    questions: [
      "spend since memorial day vs the same number of days before",
      "ad spend since memorial day against an equal stretch before that",
    ],
    expect: cmp({
      metrics: ["spend"],
      period: P.range("2026-05-25", "2026-10-31"),
      compareTo: P.range("2025-12-16", "2026-05-24"),
    }),
  },
  {
    id: "fix10e.stated-fiscal-year",
    tags: ["query", "time"],
    questions: [
      "fiscal q2 revenue and orders - our fiscal year begins april 1",
      "revenue and orders for fiscal q2 (fy starts in april)",
    ],
    expect: qm({ metrics: ["revenue", "orders"], timeRange: P.range("2026-07-01", "2026-09-30") }),
  },
  {
    id: "fix10e.week-after-vs-week-before-a-day",
    tags: ["compare", "time", "holiday"],
    questions: [
      "revenue the week after black friday vs the week before",
      "revenue in the week following black friday compared with the week prior",
    ],
    expect: cmp({
      metrics: ["revenue"],
      period: P.range("2025-12-01", "2025-12-07"),
      compareTo: P.range("2025-11-17", "2025-11-23"),
    }),
  },
  {
    id: "fix10e.undated-change-as-trend",
    tags: ["trend", "honesty"],
    questions: ["aov since the price increase", "how has aov done since we raised prices"],
    expect: qm({
      metrics: ["average_order_value"],
      dimensions: ["date"],
      grain: "week",
      timeRange: P.range("2026-08-02", "2026-10-31"),
    }),
  },
  {
    id: "fix10e.growth-race",
    tags: ["compare", "trend"],
    questions: [
      "is email growing faster than organic search in orders this year",
      "are orders from email growing quicker than organic search ones this year",
    ],
    expect: cmp({
      metrics: ["orders"],
      dimensions: ["channel"],
      filters: [f("channel", "email", "organic_search")],
      period: P.range("2026-06-01", "2026-10-31"),
      compareTo: P.range("2026-01-01", "2026-05-31"),
    }),
  },
  {
    id: "fix10e.net-of-returns",
    tags: ["query", "honesty"],
    questions: [
      "net sales after refunds by channel last quarter",
      "revenue by channel net of returns for q3",
    ],
    expect: qm({
      metrics: ["orders", "revenue"],
      dimensions: ["channel"],
      timeRange: P.range("2026-07-01", "2026-09-30"),
    }),
  },
  {
    id: "fix10e.crashed-metric-costed",
    tags: ["anomalies"],
    questions: [
      "paid search conversions crashed last month - what did it cost",
      "paid search orders tanked in october, how much did we lose",
    ],
    expect: anomalies({
      metrics: ["conversion_rate", "orders"],
      period: P.range("2026-09-03", "2026-10-31"),
      filters: [f("channel", "paid_search")],
      focus: "loss",
    }),
  },
  {
    id: "fix10e.data-health-check",
    tags: ["anomalies"],
    questions: ["any gaps or broken days in the data", "is our tracking ok?", "any missing days in the data"],
    expect: anomalies({
      metrics: ["sessions", "orders", "spend"],
      period: P.range("2025-11-01", "2026-10-31"),
    }),
  },
  {
    id: "fix10e.every-test-with-its-result",
    tags: ["anomalies", "planned"],
    questions: [
      "what did each of our experiments show",
      "list the holdouts and budget flights we ran and what they did",
    ],
    expect: anomalies({
      metrics: ["sessions", "orders", "spend"],
      period: P.range("2025-11-01", "2026-10-31"),
    }),
  },
];
