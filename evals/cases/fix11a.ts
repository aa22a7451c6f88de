/**
 * Cases for session 16's fix11a kinds, follow-ups about the previous answer: how a ratio was
 * worked out (its inputs beside it), what changed for the weaker of a ranking (that member against
 * the period before, its baseline whatever it ranked then) and what an incident day cost in spend
 * (the day against the same weekday a week before). Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { cmp, P, qm } from "./helpers.ts";

const MAY_14 = P.range("2026-05-14", "2026-05-14");
const MAY_7 = P.range("2026-05-07", "2026-05-07");

export const FIX11A_CASES: SourceCase[] = [
  {
    id: "fix11a.how-computed",
    tags: ["followup"],
    turns: [
      { question: "blended roas for august", expect: qm({ metrics: ["mer"], timeRange: P.aug }) },
      {
        question: "how did you get that number",
        expect: qm({ metrics: ["mer", "revenue", "spend"], timeRange: P.aug }),
      },
    ],
  },
  {
    id: "fix11a.weaker-one-changed",
    tags: ["followup", "ranking", "compare"],
    turns: [
      {
        question: "the 2 campaigns with the lowest roas in september",
        expect: qm({
          metrics: ["roas"],
          dimensions: ["campaign"],
          filters: [{ field: "campaign", op: "neq", value: null }],
          timeRange: P.sep,
          orderBy: [{ field: "roas", direction: "asc" }],
          limit: 2,
        }),
      },
      {
        question: "what changed for the weaker one",
        expect: cmp({
          metrics: ["roas", "spend", "ctr", "cpa", "orders", "revenue"],
          period: P.sep,
          compareTo: P.aug,
          dimensions: ["campaign"],
          filters: [{ field: "campaign", op: "neq", value: null }],
          limit: 1,
          direction: "asc",
        }),
      },
    ],
  },
  {
    id: "fix11a.incident-spend-cost",
    tags: ["followup", "anomalies"],
    turns: [
      {
        question: "what went on may 14",
        expect: {
          calls: [
            {
              name: "detect_anomalies",
              args: { metrics: ["spend", "orders", "sessions", "revenue"], period: MAY_14, filters: [] },
            },
          ],
        },
      },
      {
        question: "how much spend did that waste",
        expect: cmp({
          metrics: ["spend", "paid_attributed_revenue", "roas", "orders"],
          period: MAY_14,
          compareTo: MAY_7,
        }),
      },
    ],
  },
];
