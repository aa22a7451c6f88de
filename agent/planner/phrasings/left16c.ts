/**
 * Phrasings for session 16's left16c kinds: spans of months on each side of a comparison, channel
 * groups as filters (kept, or left out), and "all but X" exclusions. Written by hand as my own
 * wordings of the kinds; the blind sets (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const PAID = [{ field: "channel_group", op: "in", values: ["paid"] }];
const NOT_PAID = [{ field: "channel_group", op: "not_in", values: ["paid"] }];

export const LEFT16C: PhrasingRow[] = [
  // time-month-span.ts: a span of months on one side of "vs" is one period, not two months.
  [
    "sessions by channel feb to apr against may to jul",
    "compare_periods",
    {
      period: { from: "2026-05-01", to: "2026-07-31" },
      compareTo: { from: "2026-02-01", to: "2026-04-30" },
    },
  ],
  [
    "orders for sep thru oct 2026 compared with jul through aug 2026",
    "compare_periods",
    {
      period: { from: "2026-09-01", to: "2026-10-31" },
      compareTo: { from: "2026-07-01", to: "2026-08-31" },
    },
  ],
  [
    "new customers may-jul versus aug-oct",
    "compare_periods",
    {
      period: { from: "2026-08-01", to: "2026-10-31" },
      compareTo: { from: "2026-05-01", to: "2026-07-31" },
    },
  ],
  [
    "aov in january - april vs june - september",
    "compare_periods",
    {
      period: { from: "2026-06-01", to: "2026-09-30" },
      compareTo: { from: "2026-01-01", to: "2026-04-30" },
    },
  ],
  // channel-group-intent.ts: the paid group kept, or left out, as a filter.
  ["october orders coming only from our paid media", "query_metrics", { metrics: ["orders"], filters: PAID }],
  ["revenue in october via the paid channels", "query_metrics", { metrics: ["revenue"], filters: PAID }],
  ["sessions last month, just paid", "query_metrics", { metrics: ["sessions"], filters: PAID }],
  ["october revenue leaving out the non paid channels", "query_metrics", { filters: PAID, timeRange: OCT }],
  ["orders last month minus the unpaid traffic", "query_metrics", { filters: PAID }],
  ["how many sessions did we get without the paid media", "query_metrics", { filters: NOT_PAID }],
  ["revenue in october not counting paid channels", "query_metrics", { filters: NOT_PAID }],
  [
    "orders excluding organic channels last month",
    "query_metrics",
    { filters: [{ field: "channel_group", op: "not_in", values: ["organic"] }] },
  ],
  // negation.ts: "all X but Y" leaves Y out.
  [
    "spend for all platforms but meta last month",
    "query_metrics",
    { filters: [{ field: "platform", op: "not_in", values: ["meta_ads"] }] },
  ],
  [
    "revenue of every channel but email in october",
    "query_metrics",
    { filters: [{ field: "channel", op: "not_in", values: ["email"] }] },
  ],
  [
    "orders from everything but display",
    "query_metrics",
    { filters: [{ field: "channel", op: "not_in", values: ["display"] }] },
  ],
  // budget-mixed.ts: a platform's own dollars moved into a channel that runs on one platform.
  [
    "shift 30% of tiktok's budget over to paid search",
    "recommend_budget",
    {
      level: "platform",
      changes: [
        { dimension: "platform", value: "tiktok_ads", changePercent: -30 },
        { dimension: "platform", value: "google_ads", receives: true },
      ],
    },
  ],
  [
    "move 50% of meta spend into display",
    "recommend_budget",
    {
      level: "platform",
      changes: [
        { dimension: "platform", value: "meta_ads", changePercent: -50 },
        { dimension: "platform", value: "google_ads", receives: true },
      ],
    },
  ],
  [
    "move $300 from tiktok to paid search",
    "recommend_budget",
    {
      level: "platform",
      changes: [
        { dimension: "platform", value: "tiktok_ads", changeAmount: -300 },
        { dimension: "platform", value: "google_ads", changeAmount: 300 },
      ],
    },
  ],
  [
    "reallocate a quarter of the tiktok budget to display",
    "recommend_budget",
    {
      level: "platform",
      changes: [
        { dimension: "platform", value: "tiktok_ads", changePercent: -25 },
        { dimension: "platform", value: "google_ads", receives: true },
      ],
    },
  ],
  // excluded-day-part.ts: a window left out is answered over the whole period, with a note.
  [
    "orders in october leaving out the holdout weeks",
    "query_metrics",
    { metrics: ["orders"], timeRange: OCT },
  ],
  ["revenue so far this year minus black friday week", "query_metrics", { metrics: ["revenue"] }],
  [
    "q3 spend not counting the promo window",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  // channel-overlap.ts: two channels in one journey read as first-vs-last both ways, with a note.
  [
    "how many email buyers also came in direct last quarter",
    "journeys",
    { analysis: "first_last", firstChannel: "email", lastChannel: "direct" },
  ],
  [
    "journeys that include both paid social and paid search",
    "journeys",
    { analysis: "first_last", firstChannel: "paid_social", lastChannel: "paid_search" },
  ],
  [
    "overlap between display and organic search customers in september",
    "journeys",
    { analysis: "first_last", firstChannel: "display", lastChannel: "organic_search" },
  ],
];
