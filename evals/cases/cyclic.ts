/**
 * Cases for breakdowns by day of week and hour of day: the figures are computed by the tools on
 * the eval data (the per-weekday figures divide by how many of that weekday the period holds).
 * Written for the general kind; the blind sets are held out and not copied.
 */
import type { SourceCase } from "../types.ts";
import { P, qm } from "./helpers.ts";

export const CYCLIC_CASES: SourceCase[] = [
  {
    id: "cyclic.revenue-by-weekday",
    tags: ["dimension"],
    questions: ["revenue by day of week last month", "october revenue split by weekday"],
    expect: qm({ metrics: ["revenue"], dimensions: ["day_of_week"], timeRange: P.oct }),
  },
  {
    id: "cyclic.spend-by-weekday",
    tags: ["dimension"],
    questions: ["ad spend by day of the week in q3"],
    expect: qm({ metrics: ["spend"], dimensions: ["day_of_week"], timeRange: P.q3 }),
  },
  {
    id: "cyclic.orders-by-hour",
    tags: ["dimension"],
    questions: ["orders by hour of day in september", "september orders per hour"],
    expect: qm({ metrics: ["orders"], dimensions: ["hour_of_day"], timeRange: P.sep }),
  },
  {
    id: "cyclic.revenue-by-time-of-day",
    tags: ["dimension"],
    questions: ["revenue by time of day last month"],
    expect: qm({ metrics: ["revenue"], dimensions: ["hour_of_day"], timeRange: P.oct }),
  },
];
