/**
 * Cases for session 26's fixes (fix21f): a direction asked against a named comparison (the two
 * periods compared, traffic as sessions); how a credited metric is computed (its definition, then
 * the default model and lookback); a platform's figure set against the attributed one, then by
 * campaign for another month. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { cmp, f, P, qm } from "./helpers.ts";

const GAP = [
  "platform_conversions",
  "orders",
  "platform_conversions_minus_tracked",
  "platform_conversions_over_tracked",
  "platform_revenue",
  "revenue",
  "platform_revenue_minus_tracked",
  "platform_revenue_over_tracked",
];

export const FIX21F_CASES: SourceCase[] = [
  {
    id: "fix21f.direction-versus",
    tags: ["compare", "verdict"],
    questions: ["did organic traffic grow q3 vs q2", "organic traffic - growing or not? q3 versus q2"],
    expect: cmp({
      metrics: ["sessions"],
      filters: [f("channel", "organic_search")],
      period: P.q3,
      compareTo: P.q2,
    }),
  },
  {
    id: "fix21f.direction-versus-prior",
    tags: ["compare", "verdict", "time"],
    questions: ["has direct traffic picked up compared to the prior 2 months"],
    expect: cmp({
      metrics: ["sessions"],
      filters: [f("channel", "direct")],
      period: P.range("2026-09-01", "2026-10-31"),
      compareTo: P.range("2026-07-01", "2026-08-31"),
    }),
  },
  {
    id: "fix21f.metric-method",
    tags: ["definition", "attribution"],
    questions: ["how do you calculate roas - which model and what lookback?", "roas formula? model? window?"],
    expect: {
      calls: [
        { name: "describe_metric", args: { metric: "roas" } },
        {
          name: "attribution",
          args: { models: ["last_touch"], level: "channel", metric: "revenue", period: P.last30 },
        },
      ],
    },
  },
  {
    id: "fix21f.platform-vs-attributed",
    tags: ["reconciliation", "platform", "followup"],
    turns: [
      {
        question: "why does facebook report more revenue than the attributed revenue in september",
        expect: qm({ metrics: GAP, filters: [f("platform", "meta_ads")], timeRange: P.sep }),
      },
      {
        question: "split it by campaign for august",
        expect: qm({
          metrics: GAP,
          dimensions: ["campaign"],
          filters: [f("platform", "meta_ads")],
          timeRange: P.aug,
        }),
      },
    ],
  },
];
