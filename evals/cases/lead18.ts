/**
 * Cases for session 18's view and source follow-ups (lead18): "as a table" / "csv please" replay
 * the previous answer (finalize writes its rows out), "where does that come from" / "which model is
 * that" replay it led by its sources, and a declined turn leaves the thread where it was. Own
 * wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { P, qm } from "./helpers.ts";

const YTD = P.range("2026-01-01", "2026-11-01");
const ordersByPlatform = qm({ metrics: ["orders"], dimensions: ["platform"], timeRange: P.sep });

export const LEAD18_CASES: SourceCase[] = [
  {
    id: "lead18.table-after-breakdown",
    tags: ["followup"],
    turns: [
      { question: "orders by platform in september", expect: ordersByPlatform },
      { question: "can i get that as a table", expect: ordersByPlatform },
    ],
  },
  {
    id: "lead18.csv-after-a-decline",
    tags: ["followup"],
    turns: [
      { question: "orders by platform in september", expect: ordersByPlatform },
      { question: "what did nike spend on ads that month", expect: { decline: true } },
      { question: "csv pls", expect: ordersByPlatform },
    ],
  },
  {
    id: "lead18.margin-source",
    tags: ["followup", "profitability"],
    turns: [
      {
        question: "profit after ad spend for each month this year",
        expect: {
          calls: [
            { name: "profitability", args: { analysis: "contribution_margin", period: YTD, grain: "month" } },
          ],
        },
      },
      {
        question: "where does the 50% margin come from",
        expect: {
          calls: [
            { name: "profitability", args: { analysis: "contribution_margin", period: YTD, grain: "month" } },
          ],
        },
      },
    ],
  },
  {
    id: "lead18.ratio-not-in-catalog",
    tags: ["ratio"],
    questions: [
      "orders per 1k impressions by channel in q3",
      "how many orders do we get for every thousand impressions, by channel, q3",
    ],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["orders", "impressions"],
            dimensions: ["channel"],
            filters: [],
            timeRange: P.q3,
            ratios: [{ numerator: "orders", denominator: "impressions", per: 1000 }],
          },
        },
      ],
    },
  },
];
