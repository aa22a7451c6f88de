/**
 * Phrasings for the conversion funnel: steps from impressions to orders, where visitors drop off,
 * cart and checkout abandonment, by channel or for one channel. Written for the funnel tool; the
 * blind set (evals/blind/questions.jsonl) is held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const LAST_MONTH = { from: "2026-10-01", to: "2026-10-31" };
const DEFAULT_30 = { from: "2026-10-02", to: "2026-10-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const LAST_WEEK = { from: "2026-10-19", to: "2026-10-25" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };

const funnel = (period: object, extra: object = {}) => ({ period, ...extra });
const byChannel = { byChannel: true };

export const FUNNEL: PhrasingRow[] = [
  ["show me the conversion funnel", "funnel", funnel(DEFAULT_30)],
  ["conversion funnel for October", "funnel", funnel(LAST_MONTH)],
  ["what does our purchase funnel look like last month", "funnel", funnel(LAST_MONTH)],
  ["where do we lose people?", "funnel", funnel(DEFAULT_30)],
  ["where are we losing customers on the site in Q3", "funnel", funnel(Q3)],
  ["where do shoppers drop off", "funnel", funnel(DEFAULT_30)],
  ["what is our cart abandonment rate", "funnel", funnel(DEFAULT_30)],
  ["cart abandonment last week", "funnel", funnel(LAST_WEEK)],
  ["how many people abandoned their carts in september", "funnel", funnel(SEPT)],
  ["checkout abandonment rate last month", "funnel", funnel(LAST_MONTH)],
  // fix6c: a named step rate is that metric (add-to-carts / sessions), not the funnel.
  [
    "add to cart rate in october",
    "query_metrics",
    { metrics: ["add_to_cart_rate"], timeRange: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  ["how many add to carts did we get last week", "funnel", funnel(LAST_WEEK)],
  ["how many checkouts were started in september", "funnel", funnel(SEPT)],
  ["step by step conversion rates from impressions to orders", "funnel", funnel(DEFAULT_30)],
  ["conversion rate at each step of the funnel in Q3", "funnel", funnel(Q3)],
  ["biggest drop-off in the checkout funnel", "funnel", funnel(DEFAULT_30)],
  ["impressions to clicks to sessions to orders funnel last month", "funnel", funnel(LAST_MONTH)],
  ["funnel by channel", "funnel", funnel(DEFAULT_30, byChannel)],
  ["cart abandonment by channel in october", "funnel", funnel(LAST_MONTH, byChannel)],
  ["which channel has the worst checkout drop off", "funnel", funnel(DEFAULT_30, byChannel)],
  ["compare the funnel across channels for Q3", "funnel", funnel(Q3, byChannel)],
  ["funnel for paid search last month", "funnel", funnel(LAST_MONTH, { channel: "paid_search" })],
  ["where do email visitors drop off", "funnel", funnel(DEFAULT_30, { channel: "email" })],
  ["paid social cart abandonment in september", "funnel", funnel(SEPT, { channel: "paid_social" })],
  ["session to purchase drop off rate last week", "funnel", funnel(LAST_WEEK)],
];

const OCT = { from: "2026-10-01", to: "2026-10-31" };
/** Honest ROAS: overall ROAS is paid-channel ROAS with MER beside it; blended ROAS is MER. */
export const HONEST_ROAS: PhrasingRow[] = [
  ["ROAS in October", "query_metrics", { metrics: ["roas", "mer"], timeRange: OCT }],
  ["paid channel roas last month", "query_metrics", { metrics: ["roas", "mer"], timeRange: OCT }],
  ["what is our MER", "query_metrics", { metrics: ["mer"], timeRange: DEFAULT_30 }],
  ["marketing efficiency ratio in Q3", "query_metrics", { metrics: ["mer"], timeRange: Q3 }],
  ["blended roas last month", "query_metrics", { metrics: ["mer"], timeRange: OCT }],
  [
    "ROAS by channel in september",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["channel"], timeRange: SEPT },
  ],
  [
    "revenue from google / cpc last month",
    "query_metrics",
    {
      metrics: ["revenue"],
      filters: [{ field: "source_medium", op: "in", values: ["google / cpc"] }],
      attributionModel: "last_touch",
      timeRange: OCT,
    },
  ],
  [
    "orders from newsletter / email in september",
    "query_metrics",
    { metrics: ["orders"], filters: [{ field: "source_medium", op: "in", values: ["newsletter / email"] }] },
  ],
  [
    "revenue from paid channels last month",
    "query_metrics",
    { metrics: ["paid_attributed_revenue"], timeRange: OCT },
  ],
];
