/**
 * Phrasings for session 22's fixes (fix17d): which channel journeys start on (first-touch
 * shares), one channel touched then another closing, a Black Friday cohort's window, the time to
 * a second order, people counted by what they did (unsubscribes, opens, purchases), sends ranked
 * by what caused them, and "what do you count as" definitions. Own wordings; the blind sets
 * (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const LAST_30 = { from: "2026-10-02", to: "2026-10-31" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const FIRST_TOUCH = { models: ["first_touch"], metric: "conversions", level: "channel" };
const YEAR = { from: "2025-11-01", to: "2026-10-31" };

export const FIX17D: PhrasingRow[] = [
  // Which channel journeys start on: orders by first-touch channel, not assist ratios.
  ["what channel kicks off most customer journeys", "attribution", { ...FIRST_TOUCH, period: LAST_30 }],
  ["where do customer journeys usually begin", "attribution", { ...FIRST_TOUCH, period: LAST_30 }],
  ["whats the most common first touch channel", "attribution", { ...FIRST_TOUCH, period: LAST_30 }],
  ["which chanel do most buyers start on", "attribution", { ...FIRST_TOUCH, period: LAST_30 }],
  [
    "first touch share by channel last quarter",
    "attribution",
    { ...FIRST_TOUCH, period: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  [
    "which channel opens the most paths to purchase in september",
    "attribution",
    { ...FIRST_TOUCH, period: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  ["top entry channel for new customers", "attribution", { ...FIRST_TOUCH, period: LAST_30 }],
  ["what channels start journeys and which ones close them", "journeys", { analysis: "assists" }],
  // One channel touched, another closing: the journeys with both, in that order.
  [
    "how often do email clickers later buy via direct",
    "journeys",
    { analysis: "first_last", earlierChannel: "email", lastChannel: "direct", period: LAST_30 },
  ],
  [
    "customers who opened a newsletter and then purchased on direct - how many",
    "journeys",
    { analysis: "first_last", earlierChannel: "email", lastChannel: "direct" },
  ],
  [
    "share of buyers that clicked paid search then converted via direct",
    "journeys",
    { analysis: "first_last", earlierChannel: "paid_search", lastChannel: "direct" },
  ],
  [
    "how many orders had an email touch before a direct last click",
    "journeys",
    { analysis: "first_last", earlierChannel: "email", lastChannel: "direct" },
  ],
  [
    "of the people who came from affiliate how many went on to purchase through direct",
    "journeys",
    { analysis: "first_last", earlierChannel: "affiliate", lastChannel: "direct" },
  ],
  [
    "did people who read our emails buy later through paid search",
    "journeys",
    { analysis: "first_last", earlierChannel: "email", lastChannel: "paid_search" },
  ],
  ["email vs direct orders last month", "query_metrics", { metrics: ["orders"], timeRange: OCT }],
  // Customers won over Black Friday: the season around it (the BF campaigns' window when the data has them).
  [
    "how many of our black friday customers came back",
    "cohorts",
    { period: { from: "2025-11-17", to: "2025-12-07" }, show: "repeat" },
  ],
  [
    "time to second purchase for bf shoppers",
    "cohorts",
    { period: { from: "2025-11-17", to: "2025-12-07" } },
  ],
  ["ltv of black friday day customers", "cohorts", { period: { from: "2025-11-28", to: "2025-11-28" } }],
  // The time to a second order: first to second order, not touch to first order.
  [
    "how long does it take new customers to place a 2nd order",
    "cohorts",
    { show: "repeat_gap", period: YEAR },
  ],
  ["how quickly do first-time buyers come back for another order", "cohorts", { show: "repeat_gap" }],
  ["how many days until a new customer's next order", "cohorts", { show: "repeat_gap" }],
  ["when do customers usually make their second purchase", "cohorts", { show: "repeat_gap" }],
  ["how fast do ppl reorder after their first purchse", "cohorts", { show: "repeat_gap" }],
  ["how soon do new customers order a second time", "cohorts", { show: "repeat_gap" }],
  ["how long does it take to buy the first time", "journeys", { analysis: "time_to_convert" }],
  // People counted by what they did.
  [
    "how many folks opted out of emails last week",
    "query_metrics",
    { metrics: ["email_unsubscribes"], timeRange: { from: "2026-10-19", to: "2026-10-25" } },
  ],
  [
    "how many subscribers did we lose in october",
    "query_metrics",
    { metrics: ["email_unsubscribes"], timeRange: OCT },
  ],
  ["how many people bought last month", "query_metrics", { metrics: ["customers"], timeRange: OCT }],
  ["how many people clicked our ads in october", "query_metrics", { metrics: ["clicks"], timeRange: OCT }],
  [
    "how many ppl opened the newsletter in october",
    "query_metrics",
    { metrics: ["email_opens"], timeRange: OCT },
  ],
  ["how many people visited the site last month", "query_metrics", { metrics: ["users"], timeRange: OCT }],
  [
    "unsubscribes by email last quarter",
    "query_metrics",
    { metrics: ["email_unsubscribes"], dimensions: ["email_campaign"] },
  ],
  [
    "open rate per send in september",
    "query_metrics",
    { metrics: ["email_open_rate"], dimensions: ["email_campaign"] },
  ],
  // Definitions said as "what do you count as", "when you say X what do you mean".
  ["what does the tool count as revenue", "describe_metric", { metric: "revenue" }],
  ["what do you treat as a new customer", "describe_metric", { metric: "new_customers" }],
  ["when you say ROAS what do you mean", "describe_metric", { metric: "roas" }],
  ["when you say conversions what do you mean", "describe_metric", { metric: "orders" }],
];
