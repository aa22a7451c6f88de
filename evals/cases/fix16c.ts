/**
 * Cases for session 21's fix16c kinds: SQL-ish clauses read as what they mean (a comparison as a
 * threshold on the rows, each GROUP BY item as a breakdown), customers counted by first-touch
 * channel, "day type" as weekends vs weekdays, an average per week, "how many ordered more than
 * once" as a count, and campaigns with spend but zero revenue. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { notNone, P, qm } from "./helpers.ts";

const YEAR = P.range("2025-11-01", "2026-10-31");
const call = (name: string, args: Record<string, unknown>): Expectation => ({ calls: [{ name, args }] });

const sides = (metrics: string[], timeRange: { from: string; to: string }): Expectation => ({
  calls: (["weekend", "weekday"] as const).map((weekPart) => ({
    name: "query_metrics",
    args: {
      metrics,
      dimensions: [],
      filters: [],
      timeRange,
      days: { weekPart },
      average: "per_day",
      label: weekPart === "weekend" ? "Weekends (Sat–Sun)" : "Weekdays (Mon–Fri)",
    },
  })),
});

export const FIX16C_CASES: SourceCase[] = [
  {
    id: "fix16c.sql-where-threshold",
    tags: ["platforms"],
    questions: ["select platform, sum(spend), sum(revenue) from q3 group by platform where spend > 2000"],
    expect: qm({
      metrics: ["spend", "revenue"],
      dimensions: ["platform"],
      filters: [{ field: "spend", op: "gt", value: 2000 }],
      timeRange: P.q3,
    }),
  },
  {
    id: "fix16c.group-by-list-month",
    tags: ["channels", "time"],
    questions: ["sum(sessions) group by channel, month in q3", "sessions by channel and month for q3"],
    expect: qm({ metrics: ["sessions"], dimensions: ["date", "channel"], grain: "month", timeRange: P.q3 }),
  },
  {
    id: "fix16c.customers-by-first-touch",
    tags: ["cohorts"],
    questions: [
      "how many customers did each first-touch channel bring in last quarter",
      "unique customers by acquisition channel in q3",
    ],
    expect: call("cohorts", { period: P.q3, groupBy: "first_touch_channel" }),
  },
  {
    id: "fix16c.day-type",
    tags: ["calendar"],
    questions: ["revenue by type of day in q3"],
    expect: sides(["revenue"], P.q3),
  },
  {
    id: "fix16c.weekly-average",
    tags: ["time"],
    questions: ["avg weekly spend last quarter", "what do we spend a week on average in q3"],
    expect: qm({ metrics: ["spend"], average: "per_week", timeRange: P.q3 }),
  },
  {
    id: "fix16c.repeat-customer-count",
    tags: ["cohorts"],
    questions: ["how many ppl ordered more than once", "count of buyers with more than one order"],
    expect: call("cohorts", { period: YEAR, groupBy: "first_order_month", show: "frequency", minOrders: 2 }),
  },
  {
    id: "fix16c.spend-zero-revenue",
    tags: ["campaigns"],
    questions: ["which campaigns spent money but had zero revenue in september"],
    expect: qm({
      metrics: ["revenue", "spend"],
      dimensions: ["campaign"],
      filters: [notNone("campaign")],
      orderBy: [{ field: "revenue", direction: "asc" }],
      timeRange: P.sep,
    }),
  },
];
