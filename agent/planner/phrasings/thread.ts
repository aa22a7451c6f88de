/**
 * Phrasings for session 10's lead work: a breakdown kept to the paid channels ("paid only", "by
 * paid channel"), a gross margin stated for one budget answer, and "what happened" on a day or
 * period with no metric named (the period's recap, not a refusal). (The follow-ups that refine an
 * analysis or a ranked list are threads, tested in analysis-follow-up.test.ts.) My own wordings;
 * the blind sets are held out and not copied here (evals/blind/README.md).
 */
import type { PhrasingRow } from "./index.ts";

const PAID = { field: "channel_group", op: "in", values: ["paid"] };

export const THREAD: PhrasingRow[] = [
  [
    "cpa by channel in september, paid channels only",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["channel"],
      filters: [PAID],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    },
  ],
  [
    "spend and roas by paid channel in q3",
    "query_metrics",
    {
      metrics: ["spend", "roas"],
      dimensions: ["channel"],
      filters: [PAID],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "clicks by platform last month, only paid",
    "query_metrics",
    {
      metrics: ["clicks"],
      dimensions: ["platform"],
      filters: [PAID],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "how would you split 25k next month if our margin is 60%",
    "recommend_budget",
    { totalBudget: 25000, grossMargin: 0.6, objective: "profit" },
  ],
  [
    "allocate $80k across channels for q1, assume a 35 percent gross margin",
    "recommend_budget",
    { totalBudget: 80000, grossMargin: 0.35 },
  ],
  // fix7b: a day asked about is scanned with what moved it (day-diagnosis-intent.ts), not the overview.
  [
    "what went on last tuesday",
    "detect_anomalies",
    { metrics: ["spend", "orders", "sessions", "revenue"], period: { from: "2026-10-27", to: "2026-10-27" } },
  ],
  [
    "what happened during the week of sept 14",
    "overview",
    { period: { from: "2026-09-14", to: "2026-09-20" } },
  ],
  ["whats been going on in september", "overview", { period: { from: "2026-09-01", to: "2026-09-30" } }],
];
