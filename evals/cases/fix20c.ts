/**
 * Cases for session 25's fixes (fix20c): "what changed" asked of a metric (its move with the
 * channels that moved it), a direction asked of a metric (its weekly series, the verdict first),
 * "how sure" after a run rate (its range from the method's misses on past months), and a forecast
 * held against the actual (the run rate checked on that month). Own wordings; the blind sets are
 * held out.
 */
import type { SourceCase } from "../types.ts";
import { f, P, qm, why } from "./helpers.ts";

const TWELVE_WEEKS = P.range("2026-08-10", "2026-10-31");
const DEC = { from: "2026-12-01", to: "2026-12-31" };

export const FIX20C_CASES: SourceCase[] = [
  {
    id: "fix20c.what-changed-in-metric",
    tags: ["explain", "compare"],
    questions: ["cpa last week compared to the week before - what changed?", "cpa wow, what changed"],
    expect: why({
      metric: "cpa",
      period: P.lastWeek,
      compareTo: P.weekBefore,
      dimensions: ["channel"],
      filters: [],
    }),
  },
  {
    id: "fix20c.whats-different-month",
    tags: ["explain", "compare"],
    questions: ["what's changed with ROAS in october vs september"],
    expect: why({ metric: "roas", period: P.oct, compareTo: P.sep, dimensions: ["channel"], filters: [] }),
  },
  {
    id: "fix20c.direction-of-metric",
    tags: ["trend", "verdict"],
    questions: ["is cpa creeping up", "cpa getting worse?"],
    expect: qm({ metrics: ["cpa"], dimensions: ["date"], grain: "week", timeRange: TWELVE_WEEKS }),
  },
  {
    id: "fix20c.direction-of-channel-metric",
    tags: ["trend", "verdict"],
    questions: ["is paid social cpc climbing"],
    expect: qm({
      metrics: ["cpc"],
      dimensions: ["date"],
      grain: "week",
      timeRange: TWELVE_WEEKS,
      filters: [f("channel", "paid_social")],
    }),
  },
  {
    id: "fix20c.forecast-vs-actual",
    tags: ["run-rate", "forecast"],
    questions: ["orders forecast vs actuals in august"],
    expect: {
      calls: [
        { name: "project_run_rate", args: { metric: "orders", period: P.aug, pace: P.jul, backtest: true } },
      ],
    },
  },
  {
    id: "fix20c.run-rate-range",
    tags: ["run-rate", "conversation"],
    turns: [
      {
        question: "at october's pace what will revenue be in december",
        expect: {
          calls: [{ name: "project_run_rate", args: { metric: "revenue", period: DEC, pace: P.oct } }],
        },
      },
      {
        question: "what's the range on that",
        expect: {
          calls: [
            {
              name: "project_run_rate",
              args: { metric: "revenue", period: DEC, pace: P.oct, backtest: true },
            },
          ],
        },
      },
    ],
  },
];
