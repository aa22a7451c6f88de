/**
 * Phrasings for session 21's analysis fixes (fix16e): a pause told as a gerund, "would have
 * happened anyway" as a clause, pacing against targets, where customers come from, one campaign
 * under two attribution models, and a channel word said of one platform. Written by hand; the
 * blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };

export const FIX16E: PhrasingRow[] = [
  // A pause told as a gerund: the recorded holdout.
  [
    "what happened to sales when we were pausing affiliate in early july",
    "campaigns",
    { analysis: "holdout", channel: "affiliate" },
  ],
  [
    "did switching off paid social in october cost us orders",
    "campaigns",
    { analysis: "holdout", channel: "paid_social" },
  ],
  [
    "did killing affiliate for a couple weeks hurt sales",
    "campaigns",
    { analysis: "holdout", channel: "affiliate" },
  ],
  ["did turnin off paid social hurt revnue", "campaigns", { analysis: "holdout", channel: "paid_social" }],
  // "Would have happened anyway" as a clause: the channel's holdout.
  [
    "would those affiliate sales have happened anyway",
    "campaigns",
    { analysis: "holdout", channel: "affiliate" },
  ],
  [
    "is display revenue stuff that would've come in regardless",
    "campaigns",
    { analysis: "holdout", channel: "display" },
  ],
  [
    "would ppl have bought anyway without paid social",
    "campaigns",
    { analysis: "holdout", channel: "paid_social" },
  ],
  [
    "of the affiliate revenue, how much would of happened anyway?",
    "campaigns",
    { analysis: "holdout", channel: "affiliate" },
  ],
  // Pacing against targets or goals: the targets, not campaign budgets.
  [
    "are revenue and spend on pace vs goal for october",
    "query_metrics",
    { metrics: ["revenue", "spend"], dimensions: [], timeRange: OCT },
  ],
  [
    "revenue pacing vs goal last month",
    "query_metrics",
    { metrics: ["revenue"], dimensions: [], timeRange: OCT },
  ],
  ["are we pacing to hit our spend target", "query_metrics", { metrics: ["spend"] }],
  // Where customers come from: new customers by first-touch channel.
  [
    "where are our customers coming from",
    "query_metrics",
    { metrics: ["new_customers"], dimensions: ["channel"], attributionModel: "first_touch" },
  ],
  [
    "where r most customers coming from",
    "query_metrics",
    { metrics: ["new_customers"], dimensions: ["channel"], attributionModel: "first_touch" },
  ],
  [
    "which channels do our buyers come from",
    "query_metrics",
    { metrics: ["new_customers"], dimensions: ["channel"], attributionModel: "first_touch" },
  ],
  // One campaign under two models: its rows at campaign level.
  [
    "is last touch giving too much credit to the brand campaign? compare last touch and linear for it",
    "attribution",
    { level: "campaign", campaigns: [1004], models: ["last_touch", "linear"] },
  ],
  // A channel word said of one platform among several.
  [
    "cpc on tiktok vs google display last quarter",
    "query_metrics",
    {
      metrics: ["cpc"],
      dimensions: ["platform", "channel"],
      filters: [
        { field: "platform", op: "in", values: ["tiktok_ads", "google_ads"] },
        { field: "channel", op: "in", values: ["display", "paid_social"] },
      ],
    },
  ],
  [
    "compare ctr: meta, tiktok and google search in october",
    "query_metrics",
    {
      metrics: ["ctr"],
      dimensions: ["platform", "channel"],
      filters: [
        { field: "platform", op: "in", values: ["meta_ads", "tiktok_ads", "google_ads"] },
        { field: "channel", op: "in", values: ["paid_search", "paid_social"] },
      ],
    },
  ],
];
