/**
 * Cases for session 16's para16: other wordings of asks already answered, each with the figures
 * the core computes (selling as revenue, "vs the prior week", a click's cost, a spend floor said
 * "with $2k+ spend", a what-if in the passive, two platforms joined by "and", a weekly series "from
 * <month>", a window around the outage said in words). Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { budget, cmp, f, notNone, P, qm } from "./helpers.ts";

export const PARA16_CASES: SourceCase[] = [
  {
    id: "para16.selling-is-revenue",
    tags: ["query"],
    questions: ["how much did we sell in august"],
    expect: qm({ metrics: ["revenue"], timeRange: P.aug }),
  },
  {
    id: "para16.vs-the-prior-week",
    tags: ["compare", "period"],
    questions: ["how did orders change vs the prior week"],
    expect: cmp({ metrics: ["orders"], period: P.lastWeek, compareTo: P.weekBefore }),
  },
  {
    id: "para16.what-a-click-cost",
    tags: ["query"],
    questions: ["what did a click cost us on tiktok in september"],
    expect: qm({ metrics: ["cpc"], filters: [f("platform", "tiktok_ads")], timeRange: P.sep }),
  },
  {
    id: "para16.spend-floor-with-plus",
    tags: ["rank", "filter"],
    questions: ["best campaigns by roas in q3 with $2k+ spend"],
    expect: qm({
      metrics: ["roas", "spend"],
      dimensions: ["campaign"],
      filters: [notNone("campaign"), { field: "spend", op: "gte", value: 2000 }],
      timeRange: P.q3,
      orderBy: [{ field: "roas", direction: "desc" }],
    }),
  },
  {
    id: "para16.passive-what-if",
    tags: ["budget"],
    questions: ["what if affiliate gets cut by 25%"],
    expect: budget({
      period: P.nextMonth,
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "channel", value: "affiliate", changePercent: -25 }],
      objective: "profit",
    }),
  },
  {
    id: "para16.two-platforms-with-and",
    tags: ["query", "breakdown"],
    questions: ["ctr for google and tiktok in q3"],
    expect: qm({
      metrics: ["ctr"],
      dimensions: ["platform"],
      filters: [f("platform", "google_ads", "tiktok_ads")],
      timeRange: P.q3,
    }),
  },
  {
    id: "para16.weekly-from-month",
    tags: ["trend", "period"],
    questions: ["weekly orders from june"],
    expect: qm({
      metrics: ["orders"],
      dimensions: ["date"],
      grain: "week",
      timeRange: P.range("2026-06-01", "2026-11-01"),
    }),
  },
  {
    id: "para16.outage-window-in-words",
    tags: ["compare", "period"],
    questions: [
      "compare the seven days following the tracking outage with the seven days before on sessions",
    ],
    expect: cmp({
      metrics: ["sessions"],
      period: P.range("2026-03-18", "2026-03-24"),
      compareTo: P.range("2026-03-10", "2026-03-16"),
    }),
  },
  {
    id: "para16.definition-how-different",
    tags: ["define"],
    questions: ["how is cac different from cpa"],
    expect: {
      calls: ["cac", "cpa"].map((metric) => ({ name: "describe_metric", args: { metric } })),
    },
  },
];
