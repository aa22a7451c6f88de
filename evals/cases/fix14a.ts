/**
 * Cases for fix14a's kinds (session 19): long messages whose background must not filter the ask,
 * named campaigns judged against break-even, revenue per send of the newsletter vs the promos (the
 * program's, then clicks per send by kind), the model that credits a platform most against last
 * click, and a month added to two months side by side. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { attr, cmp, f, notNone, P, qm } from "./helpers.ts";

const SUMMER26 = P.range("2026-06-01", "2026-08-31");
const LAST_12_MONTHS = P.range("2025-11-01", "2026-10-31");
const PATH_MODELS = [
  "last_non_direct",
  "linear",
  "linear_distinct",
  "time_decay",
  "position_based",
  "w_shaped",
  "markov",
  "shapley",
];

export const FIX14A_CASES: SourceCase[] = [
  {
    id: "fix14a.background-platform-no-filter",
    tags: ["query", "conversational"],
    questions: [
      "bit of background: every month i screenshot the tiktok and meta dashboards for the exec sync and it never matches finance. what i need is ad spend by platform for august",
    ],
    expect: qm({ metrics: ["spend"], dimensions: ["platform"], timeRange: P.aug }),
  },
  {
    id: "fix14a.campaigns-break-even",
    tags: ["campaigns", "profitability"],
    questions: [
      "did the two summer26 campaigns break even at our margin",
      "context: the cfo keeps asking about the summer spend. we put money into the camping video one on meta and the festival one on tiktok. could you pull their spend and return and say whether they paid for themselves?",
    ],
    expect: {
      calls: [
        { name: "profitability", args: { analysis: "break_even", period: SUMMER26 } },
        {
          name: "query_metrics",
          args: {
            metrics: ["spend", "attributed_revenue", "roas"],
            dimensions: ["campaign"],
            filters: [f("campaign", 1014, 1017), notNone("campaign")],
            timeRange: SUMMER26,
            orderBy: [{ field: "roas", direction: "desc" }],
          },
        },
      ],
    },
  },
  {
    id: "fix14a.email-kind-revenue",
    tags: ["email"],
    questions: ["what does each send earn us, the newsletter compared with promo emails"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["email_revenue", "email_sends", "email_revenue_per_send"],
            dimensions: [],
            filters: [],
            timeRange: LAST_12_MONTHS,
          },
        },
      ],
    },
  },
  {
    id: "fix14a.model-most-credit-vs-last-click",
    tags: ["attribution"],
    questions: ["against last click, which attribution model is kindest to tiktok in q3"],
    expect: attr({
      models: ["last_touch", "first_touch", ...PATH_MODELS],
      level: "platform",
      metric: "revenue",
      period: P.q3,
      platforms: ["tiktok_ads"],
    }),
  },
  {
    id: "fix14a.add-a-month",
    tags: ["followup", "trend"],
    turns: [
      {
        question: "orders by channel, september against october",
        expect: cmp({
          metrics: ["orders"],
          dimensions: ["channel"],
          period: P.oct,
          compareTo: P.sep,
        }),
      },
      {
        question: "throw in july too",
        expect: qm({
          metrics: ["orders"],
          dimensions: ["date", "channel"],
          timeRange: P.range("2026-07-01", "2026-10-31"),
          grain: "month",
        }),
      },
    ],
  },
];
