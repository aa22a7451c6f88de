/**
 * Cases for session 22's fixes (fix17e): asks joined inside one sentence answered apart, money
 * made beside spend, spend on one side of the budget, every attribution model, and a rate this
 * year against the part of last year the data covers. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, notNone, P } from "./helpers.ts";

const ALL_MODELS = [
  "first_touch",
  "last_touch",
  "linear",
  "time_decay",
  "position_based",
  "markov",
  "shapley",
];

export const FIX17E_CASES: SourceCase[] = [
  {
    id: "fix17e.clause-asks",
    tags: ["multi-ask"],
    questions: [
      "spend by platform last quarter, and which campaign had the highest roas?",
      "q3 spend per platform plus which campaign had the best roas",
    ],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: { metrics: ["spend"], dimensions: ["platform"], filters: [], timeRange: P.q3 },
        },
        {
          name: "query_metrics",
          args: {
            metrics: ["roas"],
            dimensions: ["campaign"],
            filters: [notNone("campaign")],
            timeRange: P.q3,
            limit: 1,
          },
        },
      ],
    },
  },
  {
    id: "fix17e.spend-and-made",
    tags: ["campaigns"],
    questions: [
      "how much did display spend and bring in during q3",
      "display in q3: spent how much and made how much",
    ],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["spend", "revenue"],
            dimensions: [],
            filters: [f("channel", "display")],
            timeRange: P.q3,
          },
        },
      ],
    },
  },
  {
    id: "fix17e.budget-side",
    tags: ["budget"],
    questions: [
      "did any campaign come in below budget in september",
      "campaigns that spent more than budgeted in sept",
    ],
    expect: { calls: [{ name: "campaigns", args: { analysis: "pacing", period: P.sep } }] },
  },
  {
    id: "fix17e.every-model",
    tags: ["attribution"],
    questions: [
      "affiliate conversions in q3 for each attribution model",
      "q3 affiliate conversions, model by model",
    ],
    expect: {
      calls: [
        {
          name: "attribution",
          args: {
            models: ALL_MODELS,
            level: "channel",
            metric: "conversions",
            period: P.q3,
            channels: ["affiliate"],
          },
        },
      ],
    },
  },
  {
    id: "fix17e.rate-vs-last-year",
    tags: ["time"],
    questions: [
      "conversion rate this year vs last yr",
      "how does our conversion rate this year compare with the previous year",
    ],
    expect: {
      calls: [
        {
          name: "compare_periods",
          args: {
            metrics: ["conversion_rate"],
            dimensions: [],
            filters: [],
            period: P.ytd,
            compareTo: P.range("2025-11-01", "2025-12-31"),
          },
        },
      ],
    },
  },
];
