/**
 * Cases for session 13's lead work: "the top month" with no measure (revenue, one month), a quarter
 * to date against the same days of the quarter before, and how a named month "panned out". Own
 * wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { cmp, P, qm } from "./helpers.ts";

export const LEAD13_CASES: SourceCase[] = [
  {
    id: "lead13.top-month",
    tags: ["trend", "ranking"],
    questions: ["what was our top month", "which was the top month"],
    expect: qm({
      metrics: ["revenue"],
      dimensions: ["date"],
      grain: "month",
      timeRange: P.range("2025-11-01", "2026-10-31"),
      orderBy: [{ field: "revenue", direction: "desc" }],
      limit: 1,
    }),
  },
  {
    id: "lead13.quarter-to-date-same-days",
    tags: ["compare", "time"],
    questions: ["orders so far this quarter vs the quarter before", "q4 to date orders against q3"],
    expect: cmp({
      metrics: ["orders"],
      period: P.range("2026-10-01", "2026-10-31"),
      compareTo: P.range("2026-07-01", "2026-07-31"),
    }),
  },
];
