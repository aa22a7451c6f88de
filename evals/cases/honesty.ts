/**
 * Cases for answering the question asked or saying why not: breakdowns the data lacks (device,
 * creative, geography...) are named and the ones it has offered; chart types named in the question
 * keep the breakdown asked for; "why did X drop" is answered by explain_change (the premise check
 * is in its text). Not copied from the held-out blind set.
 */
import type { SourceCase } from "../types.ts";
import { anomalies, attr, clarify, notNone, P, qm, why } from "./helpers.ts";

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

export const HONESTY_CASES: SourceCase[] = [
  {
    id: "honesty.device-breakdown",
    tags: ["honesty"],
    questions: ["orders on android vs ios in october", "ROAS by device type last week"],
    expect: BREAKDOWNS,
  },
  {
    id: "honesty.creative-breakdown",
    tags: ["honesty"],
    questions: ["CTR by creative in September"],
    expect: BREAKDOWNS,
  },
  {
    // fix16f: a ranking of ads asked for is answered at the nearest level, campaigns, with a note.
    id: "honesty.creative-nearest",
    tags: ["honesty"],
    questions: ["which ad headlines drove the most revenue"],
    expect: qm({
      metrics: ["revenue"],
      dimensions: ["campaign"],
      filters: [notNone("campaign")],
      timeRange: P.last30,
      orderBy: [{ field: "revenue", direction: "desc" }],
    }),
  },
  {
    id: "honesty.geo-breakdown",
    tags: ["honesty"],
    questions: ["revenue by country in Q3", "which cities bring the most orders"],
    expect: BREAKDOWNS,
  },
  {
    id: "honesty.demographic-keyword-breakdown",
    tags: ["honesty"],
    questions: ["spend by gender last month", "cost per click by keyword last week"],
    expect: BREAKDOWNS,
  },
  {
    id: "honesty.breakdown-chosen",
    tags: ["honesty"],
    turns: [
      { question: "conversion rate by browser in october", expect: BREAKDOWNS },
      {
        question: "Channel",
        clarificationId: "dimension:channel",
        expect: qm({ metrics: ["conversion_rate"], dimensions: ["channel"], timeRange: P.oct }),
      },
    ],
  },
  {
    id: "honesty.pie-chart-revenue",
    tags: ["honesty"],
    questions: ["pie chart of revenue by platform in september"],
    expect: qm({ metrics: ["revenue"], dimensions: ["platform"], timeRange: P.sep }),
  },
  {
    id: "honesty.pie-chart-orders",
    tags: ["honesty"],
    questions: ["donut of orders by channel in September"],
    expect: qm({ metrics: ["orders"], dimensions: ["channel"], timeRange: P.sep }),
  },
  {
    id: "honesty.bar-chart",
    tags: ["honesty"],
    questions: ["bar chart of spend by campaign in Q3"],
    expect: qm({ metrics: ["spend"], dimensions: ["campaign"], timeRange: P.q3 }),
  },
  {
    id: "honesty.wrong-premise-orders",
    tags: ["honesty"],
    questions: ["why did orders fall last week?"],
    expect: why({ metric: "orders", period: P.lastWeek, compareTo: P.weekBefore }),
  },
  {
    id: "honesty.wrong-premise-spend",
    tags: ["honesty"],
    questions: ["what made spend go down in October"],
    expect: why({ metric: "spend", period: P.oct, compareTo: P.sep }),
  },
  {
    id: "honesty.period-of-last-year",
    tags: ["honesty"],
    questions: ["august spend last year", "what was August's spend last year?"],
    // fix18f: August 2025 is before the data: said so, and August 2026 given a year later instead.
    expect: qm({ metrics: ["spend"], timeRange: { from: "2026-08-01", to: "2026-08-31" } }),
  },
  {
    id: "honesty.holiday-of-last-year",
    tags: ["honesty"],
    questions: ["black friday orders by channel last year"],
    expect: qm({
      metrics: ["orders"],
      dimensions: ["channel"],
      timeRange: { from: "2025-11-28", to: "2025-11-28" },
    }),
  },
  {
    id: "honesty.tracking-check",
    tags: ["honesty"],
    questions: ["any tracking issues in October?", "did our tracking break in october"],
    expect: anomalies({
      metrics: ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"],
      period: P.oct,
    }),
  },
  {
    id: "honesty.models-disagree",
    tags: ["honesty"],
    questions: ["why do markov and last touch credit display so differently in October"],
    expect: attr({ models: ["markov", "last_touch"], period: P.oct, channels: ["display"] }),
  },
];
