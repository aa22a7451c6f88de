/**
 * Cases for session 20's fix15e (records, rankings and filters): a record of new customers is the
 * count; an exclusion list leaves out every group it names; a bare "newsletter" is the newsletter;
 * a campaign ranking under a model leaves the no-campaign credit out; a campaign's single-day
 * record is a campaign-day; "never got an order" is every row from fewest over all time; "what
 * daily X did we run" is a per-day average. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { attr, qm } from "./helpers.ts";

const ALL = { from: "2025-11-01", to: "2026-10-31" };
const Q2 = { from: "2026-04-01", to: "2026-06-30" };

export const FIX15E_CASES: SourceCase[] = [
  {
    id: "fix15e.new-customer-record-month",
    tags: ["ranking"],
    questions: ["top month for new customers", "which was our peak month for first time customers"],
    expect: qm({
      metrics: ["new_customers"],
      dimensions: ["date"],
      timeRange: ALL,
      grain: "month",
      orderBy: [{ field: "new_customers", direction: "desc" }],
      limit: 1,
    }),
  },
  {
    id: "fix15e.campaigns-except-two-groups",
    tags: ["filters", "ranking"],
    questions: ["roas by campaign in q2 without the bf25 and holiday25 campaigns"],
    expect: qm({
      metrics: ["roas"],
      dimensions: ["campaign"],
      filters: [
        { field: "campaign", op: "not_in", values: [1005, 1012, 1008, 1013] },
        { field: "campaign", op: "neq", value: null },
      ],
      timeRange: Q2,
    }),
  },
  {
    id: "fix15e.bare-newsletter-series",
    tags: ["email"],
    questions: ["newsletter open rate monthly"],
    expect: qm({
      metrics: ["email_open_rate"],
      dimensions: ["date"],
      filters: [{ field: "email_campaign", op: "in", values: ["Weekly Trail Notes"] }],
      timeRange: ALL,
      grain: "month",
    }),
  },
  {
    id: "fix15e.campaign-credit-top-n",
    tags: ["attribution", "ranking"],
    questions: ["top 5 campaigns by position based attribution q2"],
    expect: attr({
      models: ["position_based"],
      level: "campaign",
      metric: "revenue",
      period: Q2,
      excludeNone: true,
      limit: 5,
    }),
  },
  {
    id: "fix15e.campaign-day-record",
    tags: ["ranking"],
    questions: ["top campaign-day by spend"],
    expect: qm({
      metrics: ["spend"],
      dimensions: ["date", "campaign"],
      timeRange: ALL,
      grain: "day",
      orderBy: [{ field: "spend", direction: "desc" }],
      limit: 1,
    }),
  },
  {
    id: "fix15e.campaigns-with-zero-orders",
    tags: ["ranking", "honesty"],
    questions: ["which campaigns have zero orders"],
    expect: qm({
      metrics: ["orders", "spend"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
      timeRange: ALL,
      orderBy: [{ field: "orders", direction: "asc" }],
    }),
  },
  {
    id: "fix15e.daily-spend-by-channel-past-month",
    tags: ["pacing"],
    questions: ["what daily spend did we have per channel in march"],
    expect: qm({
      metrics: ["spend"],
      dimensions: ["channel"],
      timeRange: { from: "2026-03-01", to: "2026-03-31" },
      average: "per_day",
    }),
  },
];
