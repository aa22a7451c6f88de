/**
 * Phrasings from a probe of new marketer wording, one row per rule it led to: unit shorthand,
 * holidays, "<period> last year", to-date phrases, "X over X" series, side-by-side months, share
 * questions, both customer types, touches as conversions, "worth it", overviews, and a change
 * within one platform explained by campaign. now = 2026-11-01.
 */
import type { PhrasingRow } from "./index.ts";

const LAST_WEEK = { from: "2026-10-19", to: "2026-10-25" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const tiktok = { field: "platform", op: "in", values: ["tiktok_ads"] };

export const PROBE: PhrasingRow[] = [
  // paraphrase.ts: period units typed in a hurry.
  ["cpm for tiktok last wk", "query_metrics", { metrics: ["cpm"], filters: [tiktok], timeRange: LAST_WEEK }],
  ["revenue last qtr", "query_metrics", { metrics: ["revenue"], timeRange: Q3 }],
  [
    "spend last 30d",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  // paraphrase.ts: "first touches" count conversions under that model.
  [
    "which channel drives the most first touches",
    "attribution",
    { models: ["first_touch"], level: "channel", metric: "conversions" },
  ],
  // paraphrase.ts: "worth it" is return on ad spend; fix18c: judged against break-even (a verdict).
  ["is tiktok worth it", "compare_periods", { metrics: ["roas"], filters: [tiktok] }],
  // time-holidays.ts: public holidays and their weekends.
  [
    "how much have we spent since Labor Day?",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2026-09-07", to: "2026-11-01" } },
  ],
  [
    "revenue over memorial day weekend",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-05-23", to: "2026-05-25" } },
  ],
  // time-year.ts: a period with a relative year is one period, not a comparison.
  [
    "what was ROAS on Black Friday last year",
    "query_metrics",
    { metrics: ["roas", "mer"], timeRange: { from: "2025-11-28", to: "2025-11-28" } },
  ],
  [
    "Q3 last year revenue",
    "query_metrics",
    // fix18f: before the data starts, so the same quarter a year later, said so.
    { metrics: ["revenue"], timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  // time-phrases.ts: "since the start of the quarter" is quarter to date.
  [
    "revenue by week since the start of the quarter",
    "query_metrics",
    { dimensions: ["date"], grain: "week", timeRange: { from: "2026-10-01", to: "2026-11-01" } },
  ],
  // time.ts: "week over week in October" is a weekly series over October.
  [
    "how did revenue trend week over week in October",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], grain: "week", timeRange: OCT },
  ],
  // time.ts: "September and October" compares the later month with the earlier.
  [
    "compare spend in September and October by channel",
    "compare_periods",
    { metrics: ["spend"], period: OCT, compareTo: SEPT, dimensions: ["channel"] },
  ],
  // share.ts: a share needs the whole, so the named value becomes a breakdown.
  [
    "what share of orders came from paid social in Q3",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["channel"], filters: [], timeRange: Q3 },
  ],
  // groups.ts: both customer types named side by side are a breakdown; the site conversion rate
  // has none by customer type (catalog-fit.ts), so the total answers, with a note that says so.
  [
    "what's the conversion rate for returning customers vs new",
    "query_metrics",
    { metrics: ["conversion_rate"], dimensions: [], filters: [] },
  ],
  // overview-intent.ts: an overview asks for the headline numbers (the overview tool).
  ["give me an overview of last week", "overview", { period: LAST_WEEK }],
  ["quick recap of october by channel", "query_metrics", { dimensions: ["channel"], timeRange: OCT }],
  // assemble.ts: a change within one platform is explained by its campaigns.
  [
    "what's driving the drop in ROAS on TikTok last month",
    "explain_change",
    { metric: "roas", dimensions: ["campaign", "channel"], filters: [tiktok], period: OCT },
  ],
  // paraphrase.ts + frame.ts: spending that earns little, and a ranking with neither metric nor
  // breakdown, rank campaigns by return on ad spend.
  [
    "which campaigns are wasting money?",
    "query_metrics",
    {
      metrics: ["roas", "revenue", "spend", "orders"],
      dimensions: ["campaign"],
      orderBy: [{ field: "roas", direction: "asc" }],
    },
  ],
  [
    "what is underperforming?",
    "query_metrics",
    { dimensions: ["campaign"], orderBy: [{ field: "roas", direction: "asc" }] },
  ],
  [
    "who are our best performers",
    "query_metrics",
    { dimensions: ["campaign"], orderBy: [{ field: "roas", direction: "desc" }] },
  ],
  // frame.ts + assemble.ts: attribution about a platform credits that platform's campaigns.
  [
    "how much revenue does Meta get credit for under linear attribution",
    "attribution",
    { models: ["linear"], level: "platform", platforms: ["meta_ads"] },
  ],
  [
    "compare last touch and linear attribution by platform",
    "attribution",
    { models: ["last_touch", "linear"], level: "platform" },
  ],
  // frame.ts: default metrics that cannot be split by the asked breakdown are left out.
  [
    "new vs returning customers last month",
    "query_metrics",
    { metrics: ["revenue", "orders"], dimensions: ["customer_type"] },
  ],
];
