/**
 * Phrasings for session 25's fix20a: more budget weighed for one channel or platform is its next
 * dollar (a +10% what-if on it, marginal-return.ts), and "what happened" typed with a slip. The
 * follow-ups of the same fixes (a chart of a top-1 ranking, "its" / "the top one", "it" with a
 * period, a bound on the previous rows) are threads, tested in fix20a.test.ts. Written by hand;
 * the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const change = (dimension: string, value: string) => ({
  changes: [{ dimension, value, changePercent: 10 }],
});

export const FIX20A: PhrasingRow[] = [
  ["should we spend more on affiliate", "recommend_budget", change("channel", "affiliate")],
  ["is it worth putting more money into paid search?", "recommend_budget", change("channel", "paid_search")],
  ["should we scale meta?", "recommend_budget", { level: "platform", ...change("platform", "meta_ads") }],
  ["do we need more budget on google ads", "recommend_budget", change("platform", "google_ads")],
  ["should we up tiktok spend", "recommend_budget", change("platform", "tiktok_ads")],
  ["should we put more into paid social", "recommend_budget", change("channel", "paid_social")],
  ["shud we boost display budget next month", "recommend_budget", change("channel", "display")],
  [
    "wat happend with the brand search campaign in june",
    "detect_anomalies",
    { period: { from: "2026-06-01", to: "2026-06-30" } },
  ],
];
