/**
 * Phrasings for overview questions ("how are we doing"): the overview tool with the question's
 * period (the last 30 days of data by default; a weekly or monthly summary is the last complete
 * week or month). Questions naming a metric, breakdown or filter stay with their own tools.
 */
import type { PhrasingRow } from "./index.ts";

const DEFAULT_30 = { from: "2026-10-02", to: "2026-10-31" };
const LAST_MONTH = { from: "2026-10-01", to: "2026-10-31" };
const LAST_WEEK = { from: "2026-10-19", to: "2026-10-25" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

const overview = (period: object) => ({ period });

export const OVERVIEW: PhrasingRow[] = [
  ["how are we doing", "overview", overview(DEFAULT_30)],
  ["How are we doing?", "overview", overview(DEFAULT_30)],
  ["is our marketing working?", "overview", overview(DEFAULT_30)],
  ["is our marketing working last month", "overview", overview(LAST_MONTH)],
  // fix21e: whether the ads pay their way is a verdict on paid ROAS against break-even
  // (worth-it.ts), not the overview's table.
  [
    "are our ads paying off",
    "compare_periods",
    { metrics: ["roas"], filters: [{ field: "channel_group", op: "in", values: ["paid"] }] },
  ],
  [
    "is the ad spend worth it?",
    "compare_periods",
    { metrics: ["roas"], filters: [{ field: "channel_group", op: "in", values: ["paid"] }] },
  ],
  ["does our advertising work", "overview", overview(DEFAULT_30)],
  ["give me an overview of last month", "overview", overview(LAST_MONTH)],
  ["overview of september", "overview", overview(SEPT)],
  ["how did we do in Q3", "overview", overview(Q3)],
  ["how's business", "overview", overview(DEFAULT_30)],
  ["how are things going lately", "overview", overview(DEFAULT_30)],
  ["how are we tracking this month", "overview", overview({ from: "2026-11-01", to: "2026-11-01" })],
  // A summary, recap or executive summary is the brief (agent/planner/advice-intent.ts).
  ["give me a weekly summary", "brief", { period: { preset: "last_week" } }],
  ["monthly recap please", "brief", { period: { preset: "last_month" } }],
  ["quick summary of our marketing performance last week", "overview", overview(LAST_WEEK)],
  ["executive summary for october", "brief", { period: LAST_MONTH }],
  ["what are our key numbers for last month", "overview", overview(LAST_MONTH)],
  ["state of the business", "overview", overview(DEFAULT_30)],
  ["high level snapshot of performance", "overview", overview(DEFAULT_30)],
  ["kpi summary for last week", "overview", overview(LAST_WEEK)],
  ["give me the big picture", "overview", overview(DEFAULT_30)],
];
