/**
 * Cases for fix17b (session 22): follow-ups that change only what they name. A kind of customer
 * after journeys scopes them; a grain after a contribution margin or a run-rate estimate splits
 * that answer; a period after a definition gives the defined metrics' figures; significance after
 * a holdout keeps it (with a note on what one week can say); a payback after an acquisition cost
 * gives the CAC payback; what a new customer cost reads as CAC. Own wordings; the blind sets are
 * held out.
 */
import type { SourceCase } from "../types.ts";
import { P, qm } from "./helpers.ts";

const journeys = (args: Record<string, unknown>) => ({ calls: [{ name: "journeys", args }] });
const contribution = (args: Record<string, unknown>) => ({
  calls: [{ name: "profitability", args: { analysis: "contribution_margin", ...args } }],
});
const runRate = (metric: string, ...periods: { from: string; to: string }[]) => ({
  calls: periods.map((period) => ({ name: "project_run_rate", args: { metric, period, pace: P.oct } })),
});
const holdout = { calls: [{ name: "campaigns", args: { analysis: "holdout", channel: "display" } }] };
const payback = (period: { from: string; to: string }) => ({
  calls: [{ name: "cohorts", args: { groupBy: "first_touch_channel", show: "payback", period } }],
});
const NOV_WEEKS = [
  P.range("2026-11-01", "2026-11-01"),
  P.range("2026-11-02", "2026-11-08"),
  P.range("2026-11-09", "2026-11-15"),
  P.range("2026-11-16", "2026-11-22"),
  P.range("2026-11-23", "2026-11-29"),
  P.range("2026-11-30", "2026-11-30"),
];

export const FIX17B_CASES: SourceCase[] = [
  {
    id: "fix17b.paths-first-time-buyers",
    tags: ["followup", "journeys"],
    turns: [
      {
        question: "show me conversion paths last quarter",
        expect: journeys({ analysis: "top_paths", period: P.q3 }),
      },
      {
        question: "first-time buyers only",
        expect: journeys({ analysis: "top_paths", period: P.q3, customerType: "new" }),
      },
    ],
  },
  {
    id: "fix17b.contribution-by-week",
    tags: ["followup", "profit"],
    turns: [
      {
        question: "contribution margin after ad spend in q3",
        expect: contribution({ period: P.q3 }),
      },
      { question: "weekly pls", expect: contribution({ period: P.q3, grain: "week" }) },
    ],
  },
  {
    id: "fix17b.run-rate-by-week",
    tags: ["followup", "forecast"],
    turns: [
      { question: "projected orders next month?", expect: runRate("orders", P.nextMonth) },
      { question: "can you break that into weeks", expect: runRate("orders", ...NOV_WEEKS) },
    ],
  },
  {
    id: "fix17b.values-after-definition",
    tags: ["followup", "definitions"],
    turns: [
      {
        question: "roas vs mer - what's the difference",
        expect: {
          calls: [
            { name: "describe_metric", args: { metric: "roas" } },
            { name: "describe_metric", args: { metric: "mer" } },
          ],
        },
      },
      { question: "both for september pls", expect: qm({ metrics: ["roas", "mer"], timeRange: P.sep }) },
    ],
  },
  {
    id: "fix17b.significance-after-holdout",
    tags: ["followup", "tests"],
    turns: [
      { question: "how did the display holdout go", expect: holdout },
      { question: "could that just be noise", expect: holdout },
    ],
  },
  {
    id: "fix17b.payback-after-cac",
    tags: ["followup", "cohorts"],
    turns: [
      {
        question: "what did the average new customer cost in q3",
        expect: qm({ metrics: ["cac"], timeRange: P.q3 }),
      },
      { question: "how many months to earn that back?", expect: payback(P.q3) },
    ],
  },
];
