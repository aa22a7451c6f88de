/**
 * Phrasings for session 12's fixes (fix7c): a ranking of months with no period, how current the
 * data is, a definition of a word with several readings, which attribution model to choose, two
 * campaign groups side by side, a plural campaign group one campaign per row, and revenue with no
 * campaign. Written by hand as my own wordings of the kinds; the blind sets (evals/blind/) are held
 * out and not copied here. Pacing with no spend yet and a baseline before the data need the data's
 * ends in the context: fix7c.test.ts.
 */
import type { PhrasingRow } from "./index.ts";

const YEAR = { from: "2025-11-01", to: "2026-10-31" };
const RECENT = { metrics: ["spend", "orders", "sessions"], dimensions: ["date"], grain: "day" };
const MODELS = { models: ["last_touch", "linear", "markov"], level: "channel" };
const NOT_NONE = { field: "campaign", op: "neq", value: null };
const BF24 = { field: "campaign", op: "in", values: [1001, 1002] };

export const FIX7C: PhrasingRow[] = [
  // time-unit-ranking.ts: the last twelve whole months, by revenue when no measure is named.
  [
    "which month brought in the least revenue",
    "query_metrics",
    {
      dimensions: ["date"],
      grain: "month",
      timeRange: YEAR,
      orderBy: [{ field: "revenue", direction: "asc" }],
    },
  ],
  [
    "what was our strongest month",
    "query_metrics",
    { metrics: ["revenue"], grain: "month", timeRange: YEAR },
  ],
  ["our busiest month for orders", "query_metrics", { metrics: ["orders"], grain: "month", timeRange: YEAR }],
  // data-freshness-intent.ts: the last day of data, then the recent days of every source.
  ["is the data current", "query_metrics", RECENT],
  ["through which date does the data run", "query_metrics", RECENT],
  ["when were the figures last refreshed", "query_metrics", RECENT],
  // frame.ts: a definition of "conversion" explains each of its readings.
  ["how do you define a conversion", "describe_metric", { metric: "orders" }],
  ["what's meant by conversions here", "describe_metric", { metric: "orders" }],
  ["what counts as a conversion in your numbers", "describe_metric", { metric: "orders" }],
  // present/attribution-choice.ts: the models side by side, led by guidance (the presenter's).
  ["which attribution model should we trust", "attribution", MODELS],
  ["what model do you suggest we use for attribution", "attribution", MODELS],
  ["is markov or last click the better model for us", "attribution", { models: ["markov", "last_touch"] }],
  // parse.ts: two campaign groups, both read, one row per campaign.
  [
    "bf24 campaigns vs summer sale campaigns",
    "query_metrics",
    {
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "in", values: [1001, 1002, 1005] }, NOT_NONE],
    },
  ],
  [
    "how did the bf24 campaigns stack up against the summer sale campaigns",
    "query_metrics",
    {
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "in", values: [1001, 1002, 1005] }, NOT_NONE],
    },
  ],
  // campaign-groups.ts: a plural group one campaign per row, unless a total is asked.
  [
    "cpa for the bf24 campaigns in november 2025",
    "query_metrics",
    { dimensions: ["campaign"], filters: [BF24] },
  ],
  [
    "how are our bf24 campaigns doing on roas",
    "query_metrics",
    { dimensions: ["campaign"], filters: [BF24] },
  ],
  ["cac across the bf24 campaigns in total", "query_metrics", { dimensions: [], filters: [BF24] }],
  // frame.ts: revenue with no campaign keeps its "(none)" row.
  [
    "revenue that didn't come from a campaign in september",
    "query_metrics",
    { dimensions: ["campaign"], filters: [], timeRange: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  [
    "how much of our revenue isn't linked to any campaign",
    "query_metrics",
    { dimensions: ["campaign"], filters: [] },
  ],
  ["orders outside of any campaign last month", "query_metrics", { dimensions: ["campaign"], filters: [] }],
];
