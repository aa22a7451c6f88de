/**
 * Cases for session 21's follow-up fixes (fix21a): a new share after a budget move, a ranking of
 * the move asked as better or worse, a share of revenue after a share of spend, a judgement of a
 * series with no period before it in the data, and ads asked as wasting money. Own wordings; the
 * blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { budget, cmp, P, qm } from "./helpers.ts";

const firstHalf = P.range("2026-01-01", "2026-05-31");
const secondHalf = P.range("2026-06-01", "2026-10-31");

export const FIX21A_CASES: SourceCase[] = [
  {
    id: "fix21a.move-share-again",
    tags: ["followup", "budget"],
    turns: [
      {
        question: "shift 15 percent of paid social spend into affiliate",
        expect: budget({
          period: P.nextMonth,
          changes: [
            { dimension: "channel", value: "paid_social", changePercent: -15 },
            { dimension: "channel", value: "affiliate", receives: true },
          ],
        }),
      },
      {
        question: "ok how about 40%",
        expect: budget({
          period: P.nextMonth,
          changes: [
            { dimension: "channel", value: "paid_social", changePercent: -40 },
            { dimension: "channel", value: "affiliate", receives: true },
          ],
        }),
      },
    ],
  },
  {
    id: "fix21a.improved-most",
    tags: ["followup", "compare"],
    turns: [
      {
        question: "cpa by platform in october",
        expect: qm({ metrics: ["cpa"], dimensions: ["platform"], timeRange: P.oct }),
      },
      {
        question: "who improved the most vs september",
        expect: cmp({ metrics: ["cpa"], dimensions: ["platform"], period: P.oct, compareTo: P.sep }),
      },
    ],
  },
  {
    id: "fix21a.share-of-revenue-after-spend",
    tags: ["followup", "share"],
    turns: [
      {
        question: "how much of our ad budget goes to google",
        expect: qm({ metrics: ["spend"], dimensions: ["platform"], timeRange: P.last30 }),
      },
      {
        question: "and what share of sales comes from it?",
        expect: qm({ metrics: ["revenue"], dimensions: ["platform"], timeRange: P.last30 }),
      },
    ],
  },
  {
    id: "fix21a.series-judged",
    tags: ["followup", "verdict"],
    turns: [
      {
        question: "monthly cpa this yr",
        expect: qm({ metrics: ["paid_cpa", "cpa"], dimensions: ["date"], timeRange: P.ytd, grain: "month" }),
      },
      {
        question: "should i worry?",
        expect: {
          calls: [
            {
              name: "compare_periods",
              args: {
                metrics: ["cpa"],
                period: secondHalf,
                compareTo: firstHalf,
                dimensions: [],
                filters: [],
              },
            },
            { name: "profitability", args: { analysis: "break_even", period: secondHalf } },
          ],
        },
      },
    ],
  },
  {
    id: "fix21a.ads-wasting-money",
    tags: ["ranking", "campaigns"],
    questions: ["what ads are losing us money", "any ads burning cash?"],
    expect: qm({
      metrics: ["roas", "revenue", "spend", "orders"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
      timeRange: P.last30,
      orderBy: [{ field: "roas", direction: "asc" }],
    }),
  },
];
