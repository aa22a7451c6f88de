/**
 * Phrasings for session 26's lead kinds (lead26): a newcomer's terms (touchpoint, conversion path,
 * assisted conversion, cohort, funnel), the margin the profit figures
 * assume (the period the data covers is in lead26.test.ts), what marketing cost per order, budget used and budget variance, lapsed customers asked
 * plainly, a judgement asked with the subject first ("meta ads is good or not"), an average per
 * day in other word orders, a channel's campaigns but one judged against break-even, and what was
 * learned from the tests; a second-language writer's dropped article, "regular search", "2nd order" and
 * "how long between orders". Written by hand; the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const TOP_PATHS = { analysis: "top_paths" };
const COST_PER_ORDER = { metrics: ["paid_cpa", "cpa"] };
const PACING = { analysis: "pacing" };
const LAPSED = { show: "lapsed" };
const PER_DAY = { average: "per_day" };
const PLANNED = { analysis: "planned" };

export const LEAD26: PhrasingRow[] = [
  ["what's a touchpoint here", "journeys", TOP_PATHS],
  ["explain touch points to me", "journeys", TOP_PATHS],
  ["what is a conversion path", "journeys", TOP_PATHS],
  ["what does customer journey mean here", "journeys", TOP_PATHS],
  ["what does assisted conversion mean", "journeys", { analysis: "assists" }],
  ["what is a cohort", "cohorts", { groupBy: "first_order_month" }],
  ["what's the funnel", "funnel", {}],
  ["what margin do you assume", "profitability", { analysis: "channel_profit" }],
  ["what's our gross margin", "profitability", { analysis: "channel_profit" }],
  ["what margin are you using for profit", "profitability", { analysis: "channel_profit" }],
  ["what did marketing cost us per order in q3", "query_metrics", COST_PER_ORDER],
  ["how much did each order cost us in ads in september", "query_metrics", COST_PER_ORDER],
  ["how much do ads cost us per sale", "query_metrics", COST_PER_ORDER],
  ["how much of the budget did we use in q3", "campaigns", PACING],
  ["budget variance by campaign last month", "campaigns", PACING],
  ["did we spend all the budget in september", "campaigns", PACING],
  ["variance to budget in october", "campaigns", PACING],
  ["how many customers are lapsed", "cohorts", LAPSED],
  ["who hasn't ordered in 6 months", "cohorts", { show: "lapsed", lapsedDays: 180 }],
  ["how many buyers are dormant", "cohorts", LAPSED],
  ["meta ads is good or not?", "compare_periods", { metrics: ["roas"] }],
  ["email working or not?", "compare_periods", { metrics: ["revenue"] }],
  ["are affiliates performing well", "compare_periods", { metrics: ["roas"] }],
  ["how is display, good?", "compare_periods", { metrics: ["roas"] }],
  ["has paid search been doing ok lately", "compare_periods", { metrics: ["roas"] }],
  ["revenue per day average last week please", "query_metrics", PER_DAY],
  ["how much do we spend a day on meta", "query_metrics", PER_DAY],
  ["how many orders do we get a day", "query_metrics", PER_DAY],
  ["how much revenue do we make per day", "query_metrics", PER_DAY],
  ["is non brand search profitable", "profitability", { analysis: "break_even" }],
  ["did non brand search make money in q3", "profitability", { analysis: "break_even" }],
  ["what did we learn from the tests", "campaigns", PLANNED],
  ["key takeaways from our experiments this year", "campaigns", PLANNED],
  [
    "is the lift from the display test statistically significant",
    "campaigns",
    { analysis: "holdout", channel: "display" },
  ],
  ["was the affiliate experiment lift real", "campaigns", { analysis: "holdout", channel: "affiliate" }],
  ["what's the 2nd order rate for tiktok customers", "cohorts", { show: "repeat" }],
  ["how long between orders on average", "cohorts", { show: "repeat_gap" }],
  ["how many days between purchases", "cohorts", { show: "repeat_gap" }],
  ["revenue from google last month compare with month before?", "compare_periods", { metrics: ["revenue"] }],
  ["orders in september vs month before", "compare_periods", { metrics: ["orders"] }],
];
