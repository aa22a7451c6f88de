/**
 * Cases for session 14's fix9a kinds, follow-up turns that ask something of the previous answer:
 * a member left out of the rows, the rows narrowed by campaign objective (one named like a metric),
 * a breakdown typed after a "which breakdown?" clarification, a bare "why" after an overview, which
 * model to trust after two side by side, a cohort answer regrouped, the money of a cut moved to
 * another channel, a chart of a repeat-rate answer; and a table sorted by the metric named after
 * "sorted by". Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { attr, budget, clarify, f, fNot, notNone, P, qm, why } from "./helpers.ts";

const cohorts = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "cohorts", args }] });
const overview = (period: unknown): Expectation => ({ calls: [{ name: "overview", args: { period } }] });
const YEAR = P.range("2025-11-01", "2026-10-31");
const RATES = ["email_click_rate", "email_open_rate"];
/** Every breakdown the catalog has, offered after "your data has no X breakdown". */
const BREAKDOWNS = clarify(
  ["dimension:channel", "dimension:none"],
  [
    "dimension:channel_group",
    "dimension:platform",
    "dimension:campaign",
    "dimension:campaign_objective",
    "dimension:source_medium",
    "dimension:source",
    "dimension:email_campaign",
    "dimension:customer_type",
    "dimension:region",
    "dimension:day_of_week",
    "dimension:hour_of_day",
  ],
);
/** A 30% cut of display next month, and the same cut moved to affiliate. */
const CUT = { dimension: "channel", value: "display", changePercent: -30 };
const cut = (...more: unknown[]): Expectation =>
  budget({
    period: P.nextMonth,
    level: "channel",
    lockedChannels: [],
    changes: [CUT, ...more],
    objective: "profit",
  });

export const FIX9A_CASES: SourceCase[] = [
  {
    id: "fix9a.leave-member-out",
    tags: ["followup", "email"],
    turns: [
      {
        question: "click rate and open rate for each email campaign in q3",
        expect: qm({ metrics: RATES, dimensions: ["email_campaign"], timeRange: P.q3 }),
      },
      {
        question: "get rid of the newsletter",
        expect: qm({
          metrics: RATES,
          dimensions: ["email_campaign"],
          filters: [fNot("email_campaign", "Weekly Trail Notes")],
          timeRange: P.q3,
        }),
      },
    ],
  },
  {
    id: "fix9a.rows-by-objective",
    tags: ["followup", "campaigns"],
    turns: [
      {
        question: "cpa by campaign in q3",
        expect: qm({
          metrics: ["cpa"],
          dimensions: ["campaign"],
          filters: [notNone("campaign")],
          timeRange: P.q3,
        }),
      },
      {
        question: "only keep the ones whose goal is conversions",
        expect: qm({
          metrics: ["cpa"],
          dimensions: ["campaign"],
          filters: [f("campaign_objective", "conversions"), notNone("campaign")],
          timeRange: P.q3,
        }),
      },
    ],
  },
  {
    id: "fix9a.typed-breakdown",
    tags: ["followup", "clarification", "honesty"],
    turns: [
      { question: "which landing page had the best click-through rate in september", expect: BREAKDOWNS },
      {
        question: "per campaign then",
        expect: qm({
          metrics: ["ctr"],
          dimensions: ["campaign"],
          timeRange: P.sep,
          orderBy: [{ field: "ctr", direction: "desc" }],
        }),
      },
    ],
  },
  {
    id: "fix9a.why-after-overview",
    tags: ["followup", "overview", "explain"],
    turns: [
      { question: "how was last week", expect: overview(P.lastWeek) },
      {
        question: "how come?",
        expect: why({
          metric: "revenue",
          period: P.lastWeek,
          compareTo: P.weekBefore,
          dimensions: ["channel"],
        }),
      },
    ],
  },
  {
    id: "fix9a.which-model-to-trust",
    tags: ["followup", "attribution"],
    turns: [
      {
        question: "linear vs markov credit by channel in september",
        expect: attr({ models: ["linear", "markov"], level: "channel", metric: "revenue", period: P.sep }),
      },
      {
        question: "which one should we go with",
        expect: attr({ models: ["linear", "markov"], level: "channel", metric: "revenue", period: P.sep }),
      },
    ],
  },
  {
    id: "fix9a.cohorts-regrouped",
    tags: ["followup", "cohorts"],
    turns: [
      {
        question: "what share of new customers buy again within 60 days",
        expect: cohorts({ period: YEAR, groupBy: "first_touch_channel", ltvDays: 60, show: "repeat" }),
      },
      {
        question: "break it out by first order month",
        expect: cohorts({ period: YEAR, groupBy: "first_order_month", ltvDays: 60, show: "repeat" }),
      },
    ],
  },
  {
    id: "fix9a.cut-moved",
    tags: ["followup", "budget"],
    turns: [
      { question: "what if we cut display by 30% next month", expect: cut() },
      {
        question: "what if that money went to affiliate instead",
        expect: cut({ dimension: "channel", value: "affiliate", receives: true }),
      },
    ],
  },
  {
    id: "fix9a.repeat-rate-charted",
    tags: ["followup", "cohorts", "chart"],
    turns: [
      {
        question: "repurchase rate by acquisition channel",
        expect: cohorts({ period: YEAR, groupBy: "first_touch_channel", show: "repeat" }),
      },
      {
        question: "as a chart",
        expect: cohorts({ period: YEAR, groupBy: "first_touch_channel", show: "repeat" }),
      },
    ],
  },
  {
    id: "fix9a.sorted-by",
    tags: ["ranking"],
    questions: [
      "spend and cpa for each campaign in september sorted by cpa",
      "cpa and spend by campaign for september, sort by cpa",
      "september campaigns: spend and cpa, ranked by cpa",
    ],
    expect: qm({
      metrics: ["cpa", "spend"],
      dimensions: ["campaign"],
      filters: [notNone("campaign")],
      timeRange: P.sep,
      orderBy: [{ field: "cpa", direction: "desc" }],
    }),
  },
];
