/**
 * Cases for session 17's change thresholds (lead17): a threshold on a move between two periods is
 * the period against the one before, every member kept (the presenter keeps the members that met
 * it). Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { cmp, f, P } from "./helpers.ts";

export const LEAD17_CASES: SourceCase[] = [
  {
    id: "lead17.doubled-spend-campaigns",
    tags: ["compare", "threshold"],
    questions: ["which campaigns doubled their spend in october"],
    expect: cmp({ metrics: ["spend"], dimensions: ["campaign"], period: P.oct, compareTo: P.sep }),
  },
  {
    id: "lead17.cpa-jump-channels",
    tags: ["compare", "threshold"],
    questions: ["channels where cpa went up more than 20% in september"],
    expect: cmp({ metrics: ["cpa"], dimensions: ["channel"], period: P.sep, compareTo: P.aug }),
  },
  {
    id: "lead17.spend-drop-total",
    tags: ["compare", "threshold"],
    questions: ["did paid search spend fall by over $1k in q3 vs q2"],
    expect: cmp({
      metrics: ["spend"],
      dimensions: [],
      filters: [f("channel", "paid_search")],
      period: P.q3,
      compareTo: P.q2,
    }),
  },
];
