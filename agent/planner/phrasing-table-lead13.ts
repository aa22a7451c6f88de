/**
 * Phrasings for session 13's lead work: actions asked for one ad platform ("what should we fix in
 * meta ads") and a count of actions ("3 things to fix"). Written by hand as my own wordings; the
 * blind sets (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./phrasing-table.ts";

export const LEAD13: PhrasingRow[] = [
  ["what should we be fixing on facebook", "recommend", { focus: "all", platform: "meta_ads" }],
  ["any quick wins in google ads this week", "recommend", { platform: "google_ads" }],
  ["two things to improve on tiktok", "recommend", { platform: "tiktok_ads", limit: 2 }],
  ["top 4 priorities for next week", "recommend", { focus: "all", limit: 4 }],
  ["name three campaigns we should turn off", "recommend", { focus: "campaigns", limit: 3 }],
  ["give me one thing to fix in email", "recommend", { channel: "email", limit: 1 }],
];
