/**
 * Cases for session 14's leftA kinds: email revenue as a share of all revenue per month, email by
 * weekday over the year with sends and rates, the promo emails ranked over the year, named members
 * month by month with a verdict, and named promotional windows compared by their dates. Own
 * wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { cmp, f, P, qm } from "./helpers.ts";

const YEAR = P.range("2025-11-01", "2026-10-31");
/** The promotions' windows: their campaigns' first to last day of ad spend in the demo data. */
const BF25 = P.range("2025-11-20", "2025-12-02");
const HOLIDAY25 = P.range("2025-12-03", "2025-12-22");
/** The demo's promotional email campaigns, in the order the planner lists them. */
const PROMOS = [
  "BF25 - Early Access",
  "Black Friday 2025",
  "Cyber Monday 2025",
  "Fall Camping Collection",
  "Holiday Gift Guide",
  "Labor Day Sale",
  "Last Shipping Day",
  "New Year Sale",
  "Spring Trail Launch",
  "Summer Sale",
];

export const LEFTA_CASES: SourceCase[] = [
  {
    id: "lefta.email-share-by-month",
    tags: ["email", "share"],
    questions: [
      "monthly email rev as a percentage of the total",
      "how big a slice of total revenue is email, month by month",
      "what percent of revenue is email each month",
    ],
    expect: qm({ metrics: ["revenue"], dimensions: ["date", "channel"], grain: "month", timeRange: YEAR }),
  },
  {
    id: "lefta.email-by-weekday",
    tags: ["email", "cyclic"],
    questions: [
      "what day of the week gets the best email engagement",
      "email opens and clicks split by weekday, which day wins",
    ],
    expect: qm({
      metrics: ["email_opens", "email_clicks", "email_sends", "email_open_rate", "email_click_rate"],
      dimensions: ["day_of_week"],
      timeRange: YEAR,
    }),
  },
  {
    id: "lefta.promo-emails-by-money",
    tags: ["email"],
    questions: [
      "which of our sale emails made the most money",
      "top promotional email by revenue",
      "what promo send brought in the most sales",
    ],
    expect: {
      calls: [
        { name: "query_metrics", args: { metrics: ["email_revenue"], dimensions: [], timeRange: YEAR } },
        {
          name: "query_metrics",
          args: {
            metrics: ["email_clicks", "email_sends", "email_open_rate", "email_click_rate"],
            dimensions: ["email_campaign"],
            filters: [f("email_campaign", ...PROMOS)],
            timeRange: YEAR,
            orderBy: [{ field: "email_clicks", direction: "desc" }],
          },
        },
      ],
    },
  },
  {
    id: "lefta.members-by-month-verdict",
    tags: ["trend", "compare"],
    questions: [
      "paid search and paid social cpa and roas per month in q3, which of the two became more efficient",
      "month-by-month cpa and roas last quarter for paid search and paid social separately, which got better",
    ],
    expect: qm({
      metrics: ["cpa", "roas"],
      dimensions: ["date", "channel"],
      filters: [f("channel", "paid_search", "paid_social")],
      grain: "month",
      timeRange: P.q3,
    }),
  },
  {
    id: "lefta.promo-windows-compared",
    tags: ["compare", "periods"],
    questions: [
      "how much revenue did the bf25 window bring in compared to the holiday25 one",
      "total sales over the holiday 25 period against the bf25 period",
    ],
    expect: cmp({ metrics: ["revenue"], period: HOLIDAY25, compareTo: BF25 }),
  },
  {
    id: "lefta.promo-window-orders",
    tags: ["compare", "periods"],
    questions: ["how did the bf25 push compare with the holiday 25 one on orders"],
    expect: cmp({ metrics: ["orders"], period: HOLIDAY25, compareTo: BF25 }),
  },
  {
    id: "lefta.promo-window-one",
    tags: ["query", "periods"],
    questions: ["orders during the summer26 season", "how many orders came in over the summer26 flight"],
    expect: qm({ metrics: ["orders"], timeRange: P.range("2026-06-01", "2026-08-31") }),
  },
];
