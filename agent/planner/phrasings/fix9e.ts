/**
 * Phrasings for session 14's fixes (fix9e): multi-part asks and splits the data has. Written by
 * hand as my own wordings of the kinds; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };

export const FIX9E: PhrasingRow[] = [
  // budget.ts SHARE_OF and platform-pair.ts BUDGET_WORDS: "x% of display budget to search" is a
  // move onto paid search (only paid search has a budget), scored as a what-if.
  [
    "what if we shifted 15% of the display spend into search",
    "recommend_budget",
    {
      changes: [
        { dimension: "channel", value: "display", changePercent: -15 },
        { dimension: "channel", value: "paid_search", receives: true },
      ],
    },
  ],
  [
    "worth reallocating 25 pct of affiliate budget over to search?",
    "recommend_budget",
    {
      changes: [
        { dimension: "channel", value: "affiliate", changePercent: -25 },
        { dimension: "channel", value: "paid_search", receives: true },
      ],
    },
  ],
  [
    "should i put 20 percent of our paid social budget into search instead",
    "recommend_budget",
    {
      changes: [
        { dimension: "channel", value: "paid_social", changePercent: -20 },
        { dimension: "channel", value: "paid_search", receives: true },
      ],
    },
  ],
  // journey-intent.ts FIRST_ORDER: touches before a first order split by customer type, so the
  // new customers' line (first purchases) is given rather than an average over repeat orders too.
  [
    "avg touchpoints per journey for debut orders",
    "journeys",
    { analysis: "path_length", byCustomerType: true },
  ],
  [
    "mean touchpoints before customers first buy, last quarter",
    "journeys",
    { analysis: "path_length", byCustomerType: true, period: Q3 },
  ],
  [
    "typical path length ahead of an initial purchase",
    "journeys",
    { analysis: "path_length", byCustomerType: true },
  ],
  // email-intent.ts: a measure only email has, split "by campaign", is split by email campaign.
  [
    "CTOR for each campaign in september",
    "query_metrics",
    { metrics: ["email_click_to_open_rate"], dimensions: ["email_campaign"], timeRange: SEPT },
  ],
  [
    "unsubscribe rate broken out by campaign last month",
    "query_metrics",
    { metrics: ["email_unsubscribe_rate"], dimensions: ["email_campaign"], timeRange: OCT },
  ],
  [
    "open rate per campaign for the last quarter",
    "query_metrics",
    { metrics: ["email_open_rate"], dimensions: ["email_campaign"], timeRange: Q3 },
  ],
  // pipeline/assemble-stage.ts sourceRevenueSplit: ROAS for Instagram against Facebook gives the
  // platform's ROAS (spend is not split by source) and, beside it, revenue and orders by source.
  [
    "how does instagram roas compare to facebook last quarter",
    "query_metrics",
    { metrics: ["roas"], filters: [{ field: "platform", op: "in", values: ["meta_ads"] }], timeRange: Q3 },
  ],
  [
    "ig vs fb roas this year",
    "query_metrics",
    { filters: [{ field: "platform", op: "in", values: ["meta_ads"] }] },
  ],
  ["return on ad spend for instagram in september", "query_metrics", { timeRange: SEPT }],
  // cohort-intent.ts: revenue per customer by the channel that first brought them is the cohorts
  // by first-touch channel, not average order value.
  ["arpu by acquisition channel", "cohorts", { groupBy: "first_touch_channel" }],
  [
    "average revenue per buyer split by the channel that first brought them in",
    "cohorts",
    { groupBy: "first_touch_channel" },
  ],
  [
    "what's revenue per customer look like per first touch channel",
    "cohorts",
    { groupBy: "first_touch_channel" },
  ],
  // client-update.ts: "N highlights", "worth calling out" in an update are its movers (the overview).
  [
    "need a client recap for september - spend, roas and cpa vs august plus three highlights",
    "overview",
    { period: SEPT, compareTo: { from: "2026-08-01", to: "2026-08-31" } },
  ],
  ["boss update for last month: revenue and spend, anything worth flagging", "overview", { period: OCT }],
  [
    "writing the client report for october, spend and orders plus a couple of standouts",
    "overview",
    { period: OCT },
  ],
  // intent.ts OVERVIEW: "hows it going" without the apostrophe is the overview; November has no
  // data, so the period settles on October (with its comparison and movers).
  ["hows things looking this month", "overview", {}],
  ["hows marketing doing mtd", "overview", {}],
  ["hows the business going so far this month", "overview", {}],
  // multi-part.ts: a numbered or bulleted list of asks is planned part by part (the first call is
  // the first part's; fix9e.test.ts checks every part's call).
  [
    "couple of things: 1) orders last month 2) mom change 3) best campaign by roas last month",
    "query_metrics",
    { metrics: ["orders"], timeRange: OCT },
  ],
  [
    "for monday:\n- spend last week\n- cpa last week\n- any weird days",
    "query_metrics",
    { metrics: ["spend"] },
  ],
  [
    "status pls: 1. sessions in october 2. conversion rate in october",
    "query_metrics",
    { metrics: ["sessions"] },
  ],
  // multi-part.ts commaParts: "a, b, and c" after a lead-in, when one reading dropped a part.
  [
    "quick ones for the sync - new customers in september, repeat rate, and email open rate in september",
    "query_metrics",
    { metrics: ["new_customers"], timeRange: SEPT },
  ],
];
