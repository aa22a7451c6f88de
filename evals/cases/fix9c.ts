/**
 * Cases for session 14's fix9c kinds (answers routed to a different analysis): a ranking of
 * members by how far a metric moved between two periods is the comparison by member (not advice),
 * and YouTube, which is not connected, is said so rather than answered as Google Ads. Own
 * wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { cmp, decline, notNone, P, qm } from "./helpers.ts";

export const FIX9C_CASES: SourceCase[] = [
  {
    id: "fix9c.campaign-cpa-rise-ranking",
    tags: ["comparison", "campaigns"],
    questions: ["which campaign's cost per acquisition went up the most, october against september"],
    expect: cmp({
      metrics: ["cpa"],
      period: P.oct,
      compareTo: P.sep,
      dimensions: ["campaign"],
      filters: [notNone("campaign")],
    }),
  },
  {
    id: "fix9c.channel-roas-fall-ranking",
    tags: ["comparison"],
    questions: ["biggest drop in roas by channel, september vs august"],
    expect: cmp({ metrics: ["roas"], period: P.sep, compareTo: P.aug, dimensions: ["channel"] }),
  },
  {
    id: "fix9c.affiliate-raise-read",
    tags: ["tests", "campaigns"],
    questions: ["did the extra affiliate spend in september pay for itself"],
    expect: {
      calls: [{ name: "campaigns", args: { analysis: "change", around: P.sep, channel: "affiliate" } }],
    },
  },
  {
    id: "fix9c.returning-revenue-share-monthly",
    tags: ["cohort", "share"],
    questions: ["returning shopper revenue share by month as a chart"],
    expect: qm({
      metrics: ["revenue"],
      dimensions: ["date", "customer_type"],
      timeRange: P.range("2025-11-01", "2026-10-31"),
      grain: "month",
    }),
  },
  {
    // fix12b: the day is left out for real now (MetricQuery `days`), no longer kept with a note.
    id: "fix9c.day-left-out-stays-in",
    tags: ["honesty", "filters"],
    questions: ["cac by channel in h1 but take out the tracking outage day please"],
    expect: qm({
      metrics: ["cac"],
      dimensions: ["channel"],
      timeRange: P.h1,
      days: { exclude: [{ from: "2026-03-17", to: "2026-03-17" }] },
    }),
  },
  {
    id: "fix9c.youtube-not-connected",
    tags: ["honesty", "platform"],
    questions: ["cost per click on youtube last month"],
    expect: decline,
  },
];
