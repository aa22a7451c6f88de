/**
 * Cases for session 15's para15: other wordings of asks already answered, each with the figures
 * the core computes (a list of members each a row, a window's length in words, "from <month>
 * onwards", a what-if as "a N% bump", a share of returning customers, CAC "for new customers").
 * Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { budget, cmp, f, P, qm } from "./helpers.ts";

export const PARA15_CASES: SourceCase[] = [
  {
    id: "para15.listed-platforms-each-a-row",
    tags: ["query", "breakdown"],
    questions: ["clicks on google, meta and tiktok in september"],
    expect: qm({
      metrics: ["clicks"],
      dimensions: ["platform"],
      filters: [f("platform", "google_ads", "meta_ads", "tiktok_ads")],
      timeRange: P.sep,
    }),
  },
  {
    id: "para15.word-number-window",
    tags: ["compare", "period"],
    questions: ["orders in the past four weeks vs the four weeks before"],
    expect: cmp({
      metrics: ["orders"],
      period: P.range("2026-10-04", "2026-10-31"),
      compareTo: P.range("2026-09-06", "2026-10-03"),
    }),
  },
  {
    id: "para15.from-month-onwards",
    tags: ["trend", "period"],
    questions: ["weekly sessions from august onwards"],
    expect: qm({
      metrics: ["sessions"],
      dimensions: ["date"],
      grain: "week",
      timeRange: P.range("2026-08-01", "2026-11-01"),
    }),
  },
  {
    id: "para15.bump-what-if",
    tags: ["budget"],
    questions: ["what would a 20% bump on paid search do next month"],
    expect: budget({
      period: P.range("2026-11-01", "2026-11-30"),
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "channel", value: "paid_search", changePercent: 20 }],
      objective: "profit",
    }),
  },
  {
    id: "para15.returning-share-compare",
    tags: ["compare", "customers"],
    questions: ["share of repeat buyers in september vs august"],
    expect: cmp({ metrics: ["returning_customer_rate"], period: P.sep, compareTo: P.aug }),
  },
  {
    id: "para15.cac-for-new-customers",
    tags: ["query", "cac"],
    questions: ["cac of first time buyers by channel in q3"],
    expect: qm({ metrics: ["cac"], dimensions: ["channel"], timeRange: P.q3 }),
  },
];
