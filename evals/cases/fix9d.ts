/**
 * Cases for session 14's period arithmetic (fix9d): N weeks against the N before with the measures
 * after them, the week after a named day against that day's week, and month over month inside a
 * quarter as the monthly series. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { cmp, P, qm } from "./helpers.ts";

export const FIX9D_CASES: SourceCase[] = [
  {
    id: "fix9d.weeks-vs-weeks-before",
    tags: ["compare", "time"],
    questions: [
      "last 4 wks vs the 4 before - orders and spend",
      "past 4 weeks against the 4 before: orders, spend",
    ],
    expect: cmp({
      metrics: ["orders", "spend"],
      period: P.range("2026-10-04", "2026-10-31"),
      compareTo: P.range("2026-09-06", "2026-10-03"),
    }),
  },
  {
    id: "fix9d.week-after-black-friday",
    tags: ["compare", "time", "holiday"],
    questions: [
      "orders in the week following black friday vs black friday week",
      "orders the week after bf compared with bf week",
    ],
    expect: cmp({
      metrics: ["orders"],
      period: P.range("2025-12-01", "2025-12-07"),
      compareTo: P.range("2025-11-24", "2025-11-30"),
    }),
  },
  {
    id: "fix9d.mom-within-quarter",
    tags: ["trend", "time"],
    questions: ["month over month orders by channel in q3", "mom orders per channel for q3"],
    expect: qm({
      metrics: ["orders"],
      dimensions: ["date", "channel"],
      grain: "month",
      timeRange: P.range("2026-07-01", "2026-09-30"),
    }),
  },
];
