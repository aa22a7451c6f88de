/**
 * Cases for session 12's fix7b kinds: a recorded holdout read against comparable weeks (asked by
 * name, its week from the planned changes), a day asked about with no metric, a count that fell
 * hard in a short stretch, and a budget change told without "after". Own wordings; the blind sets
 * are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { anomalies, P } from "./helpers.ts";

const campaigns = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "campaigns", args }] });

export const FIX7B_CASES: SourceCase[] = [
  {
    id: "fix7b.display-holdout",
    tags: ["campaigns", "incrementality"],
    questions: ["when display went dark for its holdout week, did total sales suffer"],
    expect: campaigns({ analysis: "holdout", channel: "display" }),
  },
  {
    id: "fix7b.affiliate-holdout-orders",
    tags: ["campaigns", "incrementality"],
    questions: ["orders during the affiliate hold out compared with the weeks either side"],
    expect: campaigns({ analysis: "holdout", channel: "affiliate" }),
  },
  {
    id: "fix7b.day-what-went-on",
    tags: ["anomalies"],
    questions: ["what went on on the 14th of may"],
    expect: anomalies({
      metrics: ["spend", "orders", "sessions", "revenue"],
      period: { from: "2026-05-14", to: "2026-05-14" },
    }),
  },
  {
    id: "fix7b.orders-plunged",
    tags: ["anomalies"],
    questions: ["why did orders plunge in the middle of march"],
    expect: anomalies({
      metrics: ["orders", "sessions", "spend"],
      period: { from: "2026-03-11", to: "2026-03-20" },
    }),
  },
  {
    id: "fix7b.budget-went-up",
    tags: ["campaigns", "comparison"],
    questions: ["outdoor enthusiasts got a bigger budget in july, did it pay back"],
    expect: campaigns({ analysis: "change", campaigns: [1007], around: P.jul }),
  },
];
