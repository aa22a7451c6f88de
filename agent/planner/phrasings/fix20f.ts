/**
 * Phrasings for session 25's fix20f kinds: customers counted as lapsed by a no-order window said
 * with "+", "or more" or "last order ... ago"; two month cohorts compared, a month that has not
 * begun in the data read as its latest past occurrence; a short window's customers (a sale, a
 * holiday) set against the other customers acquired around it. Written by hand; the blind sets
 * (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const ALL = { from: "2025-11-01", to: "2026-10-31" };
const NOV25 = { from: "2025-11-01", to: "2025-11-30" };
const AROUND_BF = { from: "2025-11-01", to: "2026-01-31" };

export const FIX20F: PhrasingRow[] = [
  ["how many custmers havent bought in 60+ days", "cohorts", { period: ALL, show: "lapsed", lapsedDays: 60 }],
  [
    "win-back list size: people whose last order was more than 6 months ago",
    "cohorts",
    { period: ALL, show: "lapsed", lapsedDays: 180 },
  ],
  ["how many buyers are lapsed (120 days+)", "cohorts", { period: ALL, show: "lapsed", lapsedDays: 120 }],
  [
    "shoppers with no purchase in the last 3 months or more",
    "cohorts",
    { period: ALL, show: "lapsed", lapsedDays: 90 },
  ],
  ["customers dormant for 4 months, how many", "cohorts", { period: ALL, show: "lapsed", lapsedDays: 120 }],
  [
    "compare lifetime value: customers first bought in november against those from march",
    "cohorts",
    { period: NOV25, groupBy: "first_order_month" },
  ],
  ["nov vs feb cohort ltv", "cohorts", { period: NOV25, groupBy: "first_order_month" }],
  [
    "hey, do people who first ordered in november spend more over their lifetime than april's?",
    "cohorts",
    { period: NOV25, groupBy: "first_order_month" },
  ],
  [
    "were the customers we picked up on black friday lower quality than the rest",
    "cohorts",
    { period: AROUND_BF, groupBy: "first_order_month" },
  ],
  [
    "is a bf buyer worth as much as a regular customer",
    "cohorts",
    { period: AROUND_BF, groupBy: "first_order_month" },
  ],
  [
    "holiday season shoppers vs everyone else, ltv?",
    "cohorts",
    { period: AROUND_BF, groupBy: "first_order_month" },
  ],
  [
    "do customers from cyber monday come back less than other customers",
    "cohorts",
    { period: AROUND_BF, groupBy: "first_order_month" },
  ],
];
