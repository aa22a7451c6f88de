/**
 * Phrasings for session 19's long, rambling and conversational asks (fix14a). Written by hand as my
 * own wordings of the kinds; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const AUG = { from: "2026-08-01", to: "2026-08-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const YTD = { from: "2026-01-01", to: "2026-11-01" };
const LAST_12_MONTHS = { from: "2025-11-01", to: "2026-10-31" };
const EMAIL_PER_SEND = {
  metrics: ["email_revenue", "email_sends", "email_revenue_per_send"],
  dimensions: [],
};
const GAP = {
  metrics: [
    "platform_conversions",
    "orders",
    "platform_conversions_minus_tracked",
    "platform_conversions_over_tracked",
    "platform_revenue",
    "revenue",
    "platform_revenue_minus_tracked",
    "platform_revenue_over_tracked",
  ],
};
/** Every model that runs on the paths alone; with last click named, it leads as the baseline. */
const PATH_MODELS = [
  "last_non_direct",
  "linear",
  "linear_distinct",
  "time_decay",
  "position_based",
  "w_shaped",
  "markov",
  "shapley",
];
const EVERY_MODEL = ["first_touch", "last_touch", ...PATH_MODELS];
const LAST_CLICK_FIRST = ["last_touch", "first_touch", ...PATH_MODELS];

export const FIX14A: PhrasingRow[] = [
  // background-ask.ts: the sentences that ask, without the story (its platforms filter nothing).
  [
    "quick context, i normally export this from the meta ads manager and it's painful every single month. what i need is spend by platform for august",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["platform"], filters: [], timeRange: AUG },
  ],
  [
    "background: finance and the google ads dashboard never agree, which drives me nuts every month end. can you give me revenue by channel for q3?",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["channel"], filters: [], timeRange: Q3 },
  ],
  [
    "so for the quarterly review i usually copy numbers out of tiktok and google by hand and it takes ages. i need orders and revenue by platform for september please",
    "query_metrics",
    { metrics: ["orders", "revenue"], dimensions: ["platform"], filters: [], timeRange: SEP },
  ],
  // campaign-break-even-intent.ts: break-even at the margin first, then the campaigns' own ROAS.
  ["did the summer sale prospecting campaign pay for itself", "profitability", { analysis: "break_even" }],
  ["were the bf24 campaigns profitable", "profitability", { analysis: "break_even" }],
  [
    "did the spring launch tiktok creators one break even at our margin",
    "profitability",
    { analysis: "break_even" },
  ],
  // email-kind-revenue.ts: the program's revenue per send, then clicks per send by kind.
  [
    "what do we make per send, newsletter versus promo emails",
    "query_metrics",
    { ...EMAIL_PER_SEND, timeRange: LAST_12_MONTHS },
  ],
  [
    "rev per email in q3: the promos or our newsletter",
    "query_metrics",
    { ...EMAIL_PER_SEND, timeRange: Q3 },
  ],
  [
    "which earns more per email sent, the newsletter or promos this year",
    "query_metrics",
    { ...EMAIL_PER_SEND, timeRange: YTD },
  ],
  // platform-gap-intent.ts: a platform's claim said as a multiple of ours.
  [
    "google ads claims 4x the revenue you show, who is right",
    "query_metrics",
    { ...GAP, filters: [{ field: "platform", op: "in", values: ["google_ads"] }] },
  ],
  [
    "facebook says we made twice what you report from facebook",
    "query_metrics",
    { ...GAP, filters: [{ field: "platform", op: "in", values: ["meta_ads"] }] },
  ],
  [
    "tiktok reporting shows 3 times what we see, which do i believe",
    "query_metrics",
    { ...GAP, filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }] },
  ],
  // models.ts: the model that credits a channel most against last click, every model beside it.
  [
    "which model is most generous to paid social compared with last click",
    "attribution",
    { models: LAST_CLICK_FIRST, channels: ["paid_social"] },
  ],
  [
    "would affiliate look better under a different attribution model",
    "attribution",
    { models: EVERY_MODEL, channels: ["affiliate"] },
  ],
  [
    "does email look better with any attribution model than last click",
    "attribution",
    { models: LAST_CLICK_FIRST, channels: ["email"] },
  ],
  // conversational-wordings.ts: "total across everything", hearsay, definition typos.
  [
    "orders and aov last month, total across everything",
    "query_metrics",
    { metrics: ["orders", "average_order_value"], dimensions: [], timeRange: OCT },
  ],
  [
    "sessions for q3 summed across the board",
    "query_metrics",
    { metrics: ["sessions"], dimensions: [], timeRange: Q3 },
  ],
  [
    "spend for everything in september",
    "query_metrics",
    { metrics: ["spend"], dimensions: [], timeRange: SEP },
  ],
  ["everyone keeps talking about cac, what is ours this quarter", "query_metrics", { metrics: ["cac"] }],
  [
    "people keep mentioning aov, what was it last month",
    "query_metrics",
    { metrics: ["average_order_value"], timeRange: OCT },
  ],
  ["my boss keeps saying mer, what is it for q3", "query_metrics", { metrics: ["mer"], timeRange: Q3 }],
  ["whats the diffrence between roas and mer", "describe_metric", { metric: "roas" }],
  ["whats the differnce betwen sessions and users", "describe_metric", { metric: "sessions" }],
  ["what is the defintion of cpa", "describe_metric", { metric: "cpa" }],
];
