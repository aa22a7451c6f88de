/**
 * Cases for session 12's fix7s kinds: the whole data range ("since we started", "to date"), the
 * overview of a named period against the baseline it names, and the nearest figures for data the
 * organization does not have (auction share, competitors' spend, influencers, ads by hour), each
 * led by a note that says so. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { f, notNone, P, qm } from "./helpers.ts";

/** Every day of the demo data (the database's first and last days). */
const ALL = P.range("2025-11-01", "2026-10-31");

const overview = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "overview", args }] });

export const FIX7S_DATA_CASES: SourceCase[] = [
  {
    id: "fix7s.revenue-since-start",
    tags: ["time"],
    questions: ["how much revenue have we made since we started", "all-time revenue please"],
    expect: qm({ metrics: ["revenue"], timeRange: ALL }),
  },
  {
    id: "fix7s.spend-by-channel-to-date",
    tags: ["time"],
    questions: ["ad spend by channel to date"],
    expect: qm({ metrics: ["spend"], dimensions: ["channel"], timeRange: ALL }),
  },
  {
    id: "fix7s.auction-share-own-impressions",
    tags: ["honesty"],
    questions: ["what was our search impression share against competitors last month"],
    expect: qm({
      metrics: ["impressions", "clicks"],
      filters: [f("channel", "paid_search")],
      timeRange: P.oct,
    }),
  },
  {
    id: "fix7s.rival-spend-own-spend",
    tags: ["honesty"],
    questions: ["how much did our rivals spend on google in september"],
    expect: qm({ metrics: ["spend"], filters: [f("platform", "google_ads")], timeRange: P.sep }),
  },
  {
    id: "fix7s.ads-by-hour-orders",
    tags: ["honesty"],
    questions: ["which hours of the day should we show ads in september"],
    expect: qm({ metrics: ["orders"], dimensions: ["hour_of_day"], timeRange: P.sep }),
  },
  {
    id: "fix7s.influencers-creator-campaigns",
    tags: ["honesty"],
    questions: ["what did our influencer collabs earn us"],
    expect: qm({
      metrics: ["revenue", "spend", "roas"],
      dimensions: ["campaign"],
      filters: [notNone("campaign"), f("campaign", 1015, 1019)],
      timeRange: ALL,
    }),
  },
];

export const FIX7S_ANALYSIS_CASES: SourceCase[] = [
  {
    id: "fix7s.overview-month-vs-month",
    tags: ["overview"],
    questions: ["how did september turn out compared with august", "quick pulse: september vs august"],
    expect: overview({ period: P.sep, compareTo: P.aug }),
  },
  {
    id: "fix7s.overview-quarter-vs-quarter",
    tags: ["overview"],
    questions: ["how was q3 against q2"],
    expect: overview({ period: P.q3, compareTo: P.q2 }),
  },
];
