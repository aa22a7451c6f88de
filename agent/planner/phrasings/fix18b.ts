/**
 * Phrasings for session 23's follow-up fixes (fix18b): "differ" and "vary" read as comparison
 * words in a question of their own, and the first turns of the threads the follow-up tests ask
 * after (next-step-follow-up.test.ts, definition-follow-ups.test.ts and the others). Written by
 * hand; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };

export const FIX18B: PhrasingRow[] = [
  [
    "does cpa differ by channel last month",
    "query_metrics",
    { metrics: ["cpa"], dimensions: ["channel"], timeRange: OCT },
  ],
  [
    "how much does aov vary between new and returning customers in q3",
    "query_metrics",
    { metrics: ["average_order_value"], dimensions: ["customer_type"], timeRange: Q3 },
  ],
  ["avg touchpoints per order last quarter", "journeys", { analysis: "path_length", period: Q3 }],
  [
    "how many visits did organic search get in august",
    "query_metrics",
    {
      metrics: ["sessions"],
      filters: [{ field: "channel", op: "in", values: ["organic_search"] }],
      timeRange: { from: "2026-08-01", to: "2026-08-31" },
    },
  ],
];
