/**
 * Phrasings for session 19's verdict asks (lead19, metric-verdict-intent.ts): a judgement asked of
 * a figure, answered against the period before and, for returns and costs per order, break-even.
 * Written by hand; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };

export const LEAD19: PhrasingRow[] = [
  ["is our cac ok", "compare_periods", { metrics: ["cac"] }],
  ["honestly is our blended cpa healthy", "compare_periods", { metrics: ["cpa"] }],
  ["is the roas on meta any good", "compare_periods", { metrics: ["roas"] }],
  ["was our roas in october bad", "compare_periods", { metrics: ["roas"], period: OCT, compareTo: SEP }],
  ["is the cpc on paid search too high", "compare_periods", { metrics: ["cpc"] }],
  ["is our conversion rate ok last month", "compare_periods", { metrics: ["conversion_rate"], period: OCT }],
  ["should we be worried about tiktok", "compare_periods", { metrics: ["roas"] }],
  ["should i be concerned about the mer", "compare_periods", { metrics: ["mer"] }],
  ["how bad is our cost per order on display", "compare_periods", { metrics: ["cpa"] }],
  ["is email revenue good or bad lately", "compare_periods", { metrics: ["email_revenue"] }],
];
