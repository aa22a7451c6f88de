/**
 * Phrasings for customer journeys: paths to purchase, touches before conversion, time to convert,
 * assists, one customer's history. Written for the journeys tool; the blind set
 * (evals/blind/questions.jsonl) is held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const LAST_MONTH = { from: "2026-10-01", to: "2026-10-31" };
const DEFAULT_30 = { from: "2026-10-02", to: "2026-10-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const LAST_WEEK = { from: "2026-10-19", to: "2026-10-25" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };

const paths = (period: object) => ({ analysis: "top_paths", period });
const lengths = (period: object) => ({ analysis: "path_length", period });
const time = (period: object) => ({ analysis: "time_to_convert", period });
const assists = (period: object) => ({ analysis: "assists", period });

export const JOURNEYS: PhrasingRow[] = [
  ["what paths do buyers take before they order", "journeys", paths(DEFAULT_30)],
  ["show the most frequent conversion paths in october", "journeys", paths(LAST_MONTH)],
  ["which channel sequences lead to a sale?", "journeys", paths(DEFAULT_30)],
  ["customer journey analysis for Q3", "journeys", paths(Q3)],
  ["typical path to purchase last month", "journeys", paths(LAST_MONTH)],
  ["most popular journeys that end in a purchase last week", "journeys", paths(LAST_WEEK)],
  ["top 5 conversion paths in september", "journeys", { ...paths(SEPT), limit: 5 }],
  ["what do multi-channel journeys look like", "journeys", paths(DEFAULT_30)],
  ["in what order do people hit our channels before converting", "journeys", paths(DEFAULT_30)],
  ["path exploration for last month", "journeys", paths(LAST_MONTH)],
  ["how many touchpoints does it take to convert a customer", "journeys", lengths(DEFAULT_30)],
  ["average touches per order in Q3", "journeys", lengths(Q3)],
  ["mean number of interactions before a purchase last month", "journeys", lengths(LAST_MONTH)],
  ["journey length distribution", "journeys", lengths(DEFAULT_30)],
  ["how many steps before someone buys", "journeys", lengths(DEFAULT_30)],
  ["share of single touch orders in september", "journeys", lengths(SEPT)],
  ["how many orders came from just one touch", "journeys", lengths(DEFAULT_30)],
  ["what's the typical number of touchpoints before checkout", "journeys", lengths(DEFAULT_30)],
  ["how many days does it take people to buy", "journeys", time(DEFAULT_30)],
  ["what is our conversion lag", "journeys", time(DEFAULT_30)],
  ["average time to purchase in october", "journeys", time(LAST_MONTH)],
  ["how quickly do customers convert after the first click", "journeys", time(DEFAULT_30)],
  ["time between first touch and order by channel", "journeys", time(DEFAULT_30)],
  ["how long is our sales cycle", "journeys", time(DEFAULT_30)],
  ["days from first visit to purchase last week", "journeys", time(LAST_WEEK)],
  ["how long until a new visitor orders, Q3", "journeys", time(Q3)],
  ["which channels help close sales", "journeys", assists(DEFAULT_30)],
  ["assisted conversions by channel last month", "journeys", assists(LAST_MONTH)],
  ["what is the assist ratio of paid social", "journeys", assists(DEFAULT_30)],
  ["which channels open journeys and which close them", "journeys", assists(DEFAULT_30)],
  ["channels that are never the last click but still matter", "journeys", assists(DEFAULT_30)],
  ["which channels start journeys and which ones close them in september", "journeys", assists(SEPT)],
  ["customer 77 journey", "journeys", { analysis: "customer", customerId: 77 }],
  [
    "what did customer #4021 do before buying? show their touchpoints",
    "journeys",
    { analysis: "customer", customerId: 4021 },
  ],
  ["timeline for user 12", "journeys", { analysis: "customer", customerId: 12 }],
  ["show the path of buyer id 555", "journeys", { analysis: "customer", customerId: 555 }],
];
