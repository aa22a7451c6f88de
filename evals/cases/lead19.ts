/**
 * Cases for session 19's verdict asks (lead19): a judgement asked of a figure is answered with the
 * figure against the period before and, for returns and costs per order, break-even at the gross
 * margin; "is that good?" judges the previous answer. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { P, qm } from "./helpers.ts";

const compare = (
  metrics: string[],
  period: { from: string; to: string },
  compareTo: { from: string; to: string },
  extra = {},
) => ({
  name: "compare_periods",
  args: { metrics, period, compareTo, dimensions: [], filters: [], ...extra },
});
const breakEven = (period: { from: string; to: string }) => ({
  name: "profitability",
  args: { analysis: "break_even", period },
});
const prev30 = { from: "2026-09-02", to: "2026-10-01" };

export const LEAD19_CASES: SourceCase[] = [
  {
    id: "lead19.cac-verdict",
    tags: ["honesty", "profitability"],
    questions: ["is our cac ok", "is our customer acquisition cost healthy"],
    expect: { calls: [compare(["cac"], P.last30, prev30), breakEven(P.last30)] },
  },
  {
    id: "lead19.channel-roas-verdict",
    tags: ["honesty", "profitability"],
    questions: ["should we be worried about paid social"],
    expect: {
      calls: [
        compare(["roas"], P.last30, prev30, {
          filters: [{ field: "channel", op: "in", values: ["paid_social"] }],
        }),
        breakEven(P.last30),
      ],
    },
  },
  {
    id: "lead19.rate-verdict-history-only",
    tags: ["honesty"],
    questions: ["is our conversion rate ok last month"],
    expect: { calls: [compare(["conversion_rate"], P.oct, P.sep)] },
  },
  {
    id: "lead19.is-that-good-after-a-breakdown",
    tags: ["followup", "honesty"],
    turns: [
      {
        question: "roas by channel in october",
        expect: qm({ metrics: ["roas"], dimensions: ["channel"], timeRange: P.oct }),
      },
      {
        question: "is that good?",
        expect: { calls: [compare(["roas"], P.oct, P.sep, { dimensions: ["channel"] }), breakEven(P.oct)] },
      },
    ],
  },
];
