/**
 * Cases for session 26's fix21e kinds: plain words for the core's measures. Money back per ad
 * dollar (ROAS and MER), what marketing brought in against its spend, whether the ads are worth it
 * with the campaigns to cut after, whether one email send worked, and campaigns that spent and
 * sold nothing with typos. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { f, notNone, P, qm } from "./helpers.ts";

const LAST_30 = P.range("2026-10-02", "2026-10-31");
const BEFORE_30 = P.range("2026-09-02", "2026-10-01");
const LAST_12_MONTHS = P.range("2025-11-01", "2026-10-31");
const PAID = f("channel_group", "paid");
/** The demo's promos and the newsletter, in the order the planner lists them. */
const PEERS = [
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
  "Weekly Trail Notes",
];
const RATES = ["email_open_rate", "email_click_rate", "email_unsubscribe_rate"];

/** The send's counts and rates over the last twelve months, then every promo and the newsletter's rates. */
const sendWorked = (send: string): Expectation => ({
  calls: [
    {
      name: "query_metrics",
      args: {
        metrics: ["email_sends", "email_opens", "email_clicks", ...RATES],
        dimensions: [],
        filters: [f("email_campaign", send)],
        timeRange: LAST_12_MONTHS,
      },
    },
    {
      name: "query_metrics",
      args: {
        metrics: RATES,
        dimensions: ["email_campaign"],
        filters: [f("email_campaign", ...PEERS)],
        timeRange: LAST_12_MONTHS,
        orderBy: [{ field: "email_open_rate", direction: "desc" }],
      },
    },
  ],
});

const zeroSales = (timeRange: { from: string; to: string }): Expectation =>
  qm({
    metrics: ["revenue", "spend", "roas", "orders"],
    dimensions: ["campaign"],
    filters: [
      notNone("campaign"),
      { field: "orders", op: "lte", value: 0 },
      { field: "spend", op: "gt", value: 0 },
    ],
    timeRange,
  });

export const FIX21E_CASES: SourceCase[] = [
  {
    id: "fix21e.per-ad-dollar",
    tags: ["query", "plain-words"],
    questions: [
      "for each $1 we spend on ads how much comes back",
      "simply put, what does a dollar in ads earn us?",
      "how much do we get back per dollar of ad spend",
    ],
    expect: qm({ metrics: ["roas", "mer"], timeRange: LAST_30 }),
  },
  {
    id: "fix21e.per-ad-dollar-platform",
    tags: ["query", "plain-words"],
    questions: ["for every buck we spend on facebook how much do we make"],
    expect: qm({ metrics: ["roas"], filters: [f("platform", "meta_ads")], timeRange: LAST_30 }),
  },
  {
    id: "fix21e.marketing-return-vs-spend",
    tags: ["query", "plain-words"],
    questions: [
      "marketing revenue vs spend this yr",
      "how much in sales did our advertising produce this year against what we spent",
    ],
    expect: qm({ metrics: ["paid_attributed_revenue", "roas", "mer", "spend"], timeRange: P.ytd }),
  },
  {
    id: "fix21e.ads-worth-it-then-cut",
    tags: ["verdict", "conversation"],
    turns: [
      {
        question: "r the ads worth the money",
        expect: {
          calls: [
            {
              name: "compare_periods",
              args: {
                metrics: ["roas"],
                period: LAST_30,
                compareTo: BEFORE_30,
                dimensions: [],
                filters: [PAID],
              },
            },
            { name: "profitability", args: { analysis: "break_even", period: LAST_30 } },
          ],
        },
      },
      {
        question: "so what do we turn off",
        expect: { calls: [{ name: "recommend", args: { focus: "campaigns" } }] },
      },
    ],
  },
  {
    id: "fix21e.send-worked",
    tags: ["email", "verdict"],
    questions: ["was the new year sale email a success", "did the new year sale send perform well?"],
    expect: sendWorked("New Year Sale"),
  },
  {
    id: "fix21e.send-worked-cyber-monday",
    tags: ["email", "verdict"],
    questions: ["did the cyber monday email work"],
    expect: sendWorked("Cyber Monday 2025"),
  },
  {
    id: "fix21e.zero-sales-typos",
    tags: ["campaigns", "typos"],
    questions: [
      "wich campaigns had spend but no conversions in september",
      "whcih campaigns spent money but sold nothing in september",
    ],
    expect: zeroSales(P.sep),
  },
];
