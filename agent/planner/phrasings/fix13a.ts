/**
 * Phrasings for session 18's newcomer-words and about-the-assistant fixes (fix13a). Written by hand
 * as my own wordings of the kinds; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const AUG = { from: "2026-08-01", to: "2026-08-31" };
const SUMMER = { from: "2026-06-01", to: "2026-08-31" };
const PAID_RETURN = { metrics: ["paid_attributed_revenue", "spend", "roas", "mer"] };
const CATALOG = { query: "", limit: 50 };

export const FIX13A: PhrasingRow[] = [
  // newcomer-words.ts: money "the ads made" is the paid channels' attributed revenue, with spend and ROAS.
  ["what revenue have our adverts brought in this quarter", "query_metrics", PAID_RETURN],
  ["how much did the advertising earn us last month", "query_metrics", { ...PAID_RETURN, timeRange: OCT }],
  ["total income from ads in q3", "query_metrics", { ...PAID_RETURN, timeRange: Q3 }],
  ["how much cash did we make off our ads in august", "query_metrics", { ...PAID_RETURN, timeRange: AUG }],
  // Borrowed and literal words: "canal", "publicity", "sells", "ventas", "campagne".
  [
    "spend per canal last month",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["channel"], timeRange: OCT },
  ],
  [
    "the canals with most orders in august",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["channel"] },
  ],
  [
    "publicity spend by platform in q3",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["platform"], timeRange: Q3 },
  ],
  [
    "which publicity gives more sells in the summer, google or meta",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["platform"], timeRange: SUMMER },
  ],
  ["how many sells we did by canal in october", "query_metrics", { dimensions: ["channel"], timeRange: OCT }],
  [
    "ventas por campaña last month",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["campaign"], timeRange: OCT },
  ],
  // assistant-asks.ts: about the assistant itself.
  ["what sort of things can I ask you", "search_catalog", CATALOG],
  ["what are you able to help me with", "search_catalog", CATALOG],
  ["what kinds of analysis do you do", "search_catalog", CATALOG],
  ["what do you know about our business", "search_catalog", CATALOG],
  ["what data sources do you use", "search_catalog", CATALOG],
  ["where is this data pulled from", "search_catalog", CATALOG],
  ["how are these figures calculated", "search_catalog", CATALOG],
  ["how do you come up with your numbers", "search_catalog", CATALOG],
  [
    "are you hooked up to our woocommerce store",
    "query_metrics",
    { metrics: ["orders", "revenue", "average_order_value", "new_customers"], timeRange: OCT },
  ],
  [
    "do you have access to google analytics",
    "query_metrics",
    { metrics: ["sessions", "users", "bounce_rate", "conversion_rate"], dimensions: ["channel"] },
  ],
  [
    "is salesforce connected",
    "query_metrics",
    { metrics: ["customers", "new_customers", "orders", "email_clicks"] },
  ],
  [
    "can you pull data from mailchimp",
    "query_metrics",
    { metrics: ["email_sends", "email_opens", "email_clicks", "email_unsubscribes"] },
  ],
];
