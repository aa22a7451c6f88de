/**
 * Cases for session 18's fix13f kinds: the share of a period's total that some of its months took
 * (the part against the whole, agent/planner/period-share-intent.ts). Own wordings; the blind sets
 * are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { cmp, f, P, qm } from "./helpers.ts";

const TRAILING_YEAR = P.range("2025-11-01", "2026-10-31");

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

export const FIX13F_CASES: SourceCase[] = [
  {
    id: "fix13f.states-two-platforms",
    tags: ["geo"],
    questions: ["orders by state: google vs tiktok last quarter"],
    expect: qm({
      metrics: ["orders"],
      dimensions: ["region", "platform"],
      filters: [f("platform", "google_ads", "tiktok_ads")],
      timeRange: P.q3,
    }),
  },
  {
    id: "fix13f.weekend-weekday-orders-cvr",
    tags: ["calendar"],
    questions: ["orders and conversion rate on sat-sun compared with the work week, last quarter"],
    expect: sides(["orders", "conversion_rate"], P.q3),
  },
  {
    id: "fix13f.weekday-weekend-spend",
    tags: ["calendar"],
    questions: ["do we spend more per day on weekdays or on weekends in october"],
    expect: sides(["spend"], P.oct),
  },
  {
    id: "fix13f.share-of-year-holiday-months",
    tags: ["comparison"],
    questions: ["how big a slice of the year's orders came during nov and dec"],
    expect: cmp({
      metrics: ["orders"],
      period: P.range("2025-11-01", "2025-12-31"),
      compareTo: TRAILING_YEAR,
    }),
  },
  {
    id: "fix13f.share-of-ytd-quarter",
    tags: ["comparison"],
    questions: ["what percentage of this year's ad spend went out in q3"],
    expect: cmp({ metrics: ["spend"], period: P.q3, compareTo: P.ytd }),
  },
  {
    id: "fix13f.share-of-year-summer",
    tags: ["comparison"],
    questions: ["summer revenue as a % of the past year"],
    expect: cmp({
      metrics: ["revenue"],
      period: P.range("2026-06-01", "2026-08-31"),
      compareTo: TRAILING_YEAR,
    }),
  },
];
