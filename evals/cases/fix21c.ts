/**
 * Cases for session 26's planning and budget-cut fixes (fix21c): a saving asked of the whole
 * budget spends the lower total where it keeps the most revenue; a budget to match last season's
 * revenue answers from last season's spend and return. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { budget, P, qm } from "./helpers.ts";

export const FIX21C_CASES: SourceCase[] = [
  {
    id: "fix21c.saving-amount",
    tags: ["budget"],
    questions: [
      "finance wants us to free up 8k per month from ads, what should go?",
      "trim 8k off the monthly budget",
    ],
    expect: budget({ extraBudget: -8000, objective: "revenue", period: P.nextMonth }),
  },
  {
    id: "fix21c.match-last-season",
    tags: ["budget"],
    questions: ["how much should we spend on bf26 to match bf25 revenue"],
    expect: qm({
      metrics: ["spend", "revenue", "roas", "mer"],
      // The BF25 window runs over its campaigns' flights (Nov 20 - Dec 2) in the eval data.
      timeRange: P.range("2025-11-20", "2025-12-02"),
    }),
  },
];
