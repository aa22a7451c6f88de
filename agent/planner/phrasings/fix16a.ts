/**
 * Phrasings for session 21's fix16a: new-customer ROAS said as "NC-ROAS" / "nc roas" / "roas from
 * new customers" (never North Carolina), one attribution model asked to be defined ("here", "in
 * this app"), and the plan ahead asked as a clause ("anything lined up", "upcoming changes").
 * Written by hand; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const NC = ["new_customer_roas", "paid_new_customer_revenue", "spend", "roas"];
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };
const NOV = { from: "2026-11-01", to: "2026-11-30" };
const DEC = { from: "2026-12-01", to: "2026-12-31" };
const AHEAD = { from: "2026-11-01", to: "2027-10-31" };

export const FIX16A: PhrasingRow[] = [
  // A letter doubled or not by mistake; a word only the fuzzy metric match read.
  [
    "afilliate revenue last month",
    "query_metrics",
    {
      metrics: ["revenue"],
      filters: [{ field: "channel", op: "in", values: ["affiliate"] }],
      timeRange: OCT,
    },
  ],
  [
    "refferal sessions",
    "query_metrics",
    { metrics: ["sessions"], filters: [{ field: "channel", op: "in", values: ["referral"] }] },
  ],
  ["cost per aquisition by channel", "query_metrics", { metrics: ["cpa"], dimensions: ["channel"] }],
  [
    "gooogle ads clicks",
    "query_metrics",
    { metrics: ["clicks"], filters: [{ field: "platform", op: "in", values: ["google_ads"] }] },
  ],
  ["impresssions by platform", "query_metrics", { metrics: ["impressions"], dimensions: ["platform"] }],
  [
    "nc roas by channel last month",
    "query_metrics",
    { metrics: NC, dimensions: ["channel"], timeRange: OCT },
  ],
  ["ncroas", "query_metrics", { metrics: NC }],
  [
    "What's our NC ROAS on TikTok for September?",
    "query_metrics",
    { metrics: NC, filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }], timeRange: SEP },
  ],
  ["NC-ROAS by channel", "query_metrics", { metrics: NC, dimensions: ["channel"] }],
  ["roas from new customers by channel", "query_metrics", { metrics: NC, dimensions: ["channel"] }],
  [
    "ROAS for new customers only, paid search, last 90 days",
    "query_metrics",
    { metrics: NC, filters: [{ field: "channel", op: "in", values: ["paid_search"] }] },
  ],
  [
    "return on ad spend from first time buyers in september",
    "query_metrics",
    { metrics: NC, timeRange: SEP },
  ],
  ["acquisition roas by campaign", "query_metrics", { metrics: NC, dimensions: ["campaign"] }],
  [
    "new customer roas for meta this year",
    "query_metrics",
    { metrics: NC, filters: [{ field: "platform", op: "in", values: ["meta_ads"] }] },
  ],
  ["ncroas trend by month", "query_metrics", { metrics: ["new_customer_roas"], grain: "month" }],
  // A state code before another word is still the state.
  ["revenue in NC vs TX", "query_metrics", { metrics: ["revenue"], dimensions: ["region"] }],
  ["wat does linear mean", "attribution", { models: ["linear", "last_touch"] }],
  ["explain the linear model pls", "attribution", { models: ["linear", "last_touch"] }],
  ["how does this app define data-driven attribution", "attribution", { models: ["markov", "last_touch"] }],
  [
    "define position based attribution in this dashboard",
    "attribution",
    { models: ["position_based", "last_touch"] },
  ],
  ["whats time decay attribution in this assistant", "attribution", { models: ["time_decay", "last_touch"] }],
  ["what do you mean by last click here", "attribution", { models: ["last_touch", "linear"] }],
  ["how is first touch attribution calculated", "attribution", { models: ["first_touch", "last_touch"] }],
  ["what's shapley attribution?", "attribution", { models: ["shapley", "last_touch"] }],
  ["any planned changes next month", "campaigns", { analysis: "planned", period: NOV }],
  ["upcoming changes", "campaigns", { analysis: "planned", period: AHEAD }],
  ["whats planned for december", "campaigns", { analysis: "planned", period: DEC }],
  ["wat tests r coming up", "campaigns", { analysis: "planned", period: AHEAD }],
  ["budget changes scheduled for next month", "campaigns", { analysis: "planned", period: NOV }],
  ["show me upcoming holdouts", "campaigns", { analysis: "planned", period: AHEAD }],
  [
    "is anything lined up for paid search in december?",
    "campaigns",
    { analysis: "planned", channel: "paid_search", period: DEC },
  ],
];
