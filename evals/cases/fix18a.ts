/**
 * Cases for fix18a (session 23): follow-ups that narrow or re-point the previous answer's rows.
 * The ones that moved one way keep the same comparison (its presenter keeps those rows); journeys
 * kept to a first touch; a channel split into its campaigns; a sibling group of campaigns in the
 * previous group's place; the targets again when asked which is furthest off. Own wordings; the
 * blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { cmp, f, P, qm } from "./helpers.ts";

const journeys = (args: Record<string, unknown>) => ({ calls: [{ name: "journeys", args }] });
const YEAR = P.range("2025-11-01", "2026-10-31");
const CAMPAIGN_METRICS = ["revenue", "spend", "roas", "orders"];
const TARGET_METRICS = ["revenue", "spend", "roas", "orders", "cpa", "cac"];

export const FIX18A_CASES: SourceCase[] = [
  {
    id: "fix18a.rows-that-fell",
    tags: ["followup", "compare"],
    turns: [
      {
        question: "compare revenue by channel last month vs the month before",
        expect: cmp({ metrics: ["revenue"], dimensions: ["channel"], period: P.oct, compareTo: P.sep }),
      },
      {
        question: "ok which of them fell",
        expect: cmp({ metrics: ["revenue"], dimensions: ["channel"], period: P.oct, compareTo: P.sep }),
      },
    ],
  },
  {
    id: "fix18a.paths-first-touch",
    tags: ["followup", "journeys"],
    turns: [
      {
        question: "most common customer journeys last quarter",
        expect: journeys({ analysis: "top_paths", period: P.q3 }),
      },
      {
        question: "filter to customers who first came in through organic search",
        expect: journeys({ analysis: "top_paths", period: P.q3, firstTouch: ["organic_search"] }),
      },
    ],
  },
  {
    id: "fix18a.channel-into-campaigns",
    tags: ["followup", "campaigns"],
    turns: [
      {
        question: "spend by channel in q3",
        expect: qm({ metrics: ["spend"], dimensions: ["channel"], timeRange: P.q3 }),
      },
      {
        question: "show the affiliate campaigns individually",
        expect: qm({
          metrics: ["spend"],
          dimensions: ["campaign"],
          filters: [f("channel", "affiliate")],
          timeRange: P.q3,
        }),
      },
    ],
  },
  {
    id: "fix18a.sibling-campaigns",
    tags: ["followup", "campaigns"],
    turns: [
      {
        question: "how did the bf25 campaigns perform",
        expect: qm({
          metrics: CAMPAIGN_METRICS,
          dimensions: ["campaign"],
          filters: [f("campaign", 1005, 1012)],
          timeRange: YEAR,
        }),
      },
      {
        question: "now the holiday ones",
        expect: qm({
          metrics: CAMPAIGN_METRICS,
          dimensions: ["campaign"],
          filters: [f("campaign", 1008, 1013)],
          timeRange: YEAR,
        }),
      },
    ],
  },
  {
    id: "fix18a.targets-furthest",
    tags: ["followup", "targets"],
    turns: [
      {
        question: "are we hitting our targets",
        expect: qm({ metrics: TARGET_METRICS, timeRange: P.last30 }),
      },
      {
        question: "which one are we furthest from",
        expect: qm({ metrics: TARGET_METRICS, timeRange: P.last30 }),
      },
    ],
  },
];
