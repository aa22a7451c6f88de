/**
 * Cases for session 8's understanding work: paid vs organic as the channel group, the same
 * holiday a year apart (the holiday's own date the year before), budget splits asked as "the best
 * way to spend", cohort value and repeat-purchase words, "what changes should we make", the
 * headline figures and channel sequences. Written from fresh questions of my own; the blind sets
 * (evals/blind/) are held out and not copied.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { budget, cmp, f, fNot, P, qm } from "./helpers.ts";

const day = (d: string) => ({ from: d, to: d });
const cohorts = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "cohorts", args }] });
const COHORT_YEAR = P.range("2025-11-01", "2026-10-31");

/** Data questions: the channel group as a breakdown and as a filter. */
export const CHANNEL_GROUP_CASES: SourceCase[] = [
  {
    id: "channel-group.revenue-split",
    tags: ["breakdown"],
    questions: [
      "paid versus organic revenue in september",
      "how does revenue split between paid and unpaid channels in september",
    ],
    expect: qm({ metrics: ["revenue"], dimensions: ["channel_group"], timeRange: P.sep }),
  },
  {
    id: "channel-group.orders-quarter",
    tags: ["breakdown"],
    questions: ["orders paid vs organic in q3", "q3 orders: organic or paid?"],
    expect: qm({ metrics: ["orders"], dimensions: ["channel_group"], timeRange: P.q3 }),
  },
  {
    id: "channel-group.sessions-share",
    tags: ["breakdown"],
    questions: ["what share of sessions is organic last week", "organic vs paid sessions last week"],
    expect: qm({ metrics: ["sessions"], dimensions: ["channel_group"], timeRange: P.lastWeek }),
  },
  {
    id: "channel-group.orders-percent",
    tags: ["breakdown"],
    questions: ["what % of orders came through paid last month", "pie of orders paid vs unpaid last month"],
    expect: qm({ metrics: ["orders"], dimensions: ["channel_group"], timeRange: P.oct }),
  },
  {
    id: "channel-group.four-groups",
    tags: ["breakdown"],
    questions: [
      "revenue by paid / organic / owned / direct in october",
      "revenue by channel group in october",
    ],
    expect: qm({ metrics: ["revenue"], dimensions: ["channel_group"], timeRange: P.oct }),
  },
  {
    id: "channel-group.weekly",
    tags: ["trend"],
    questions: ["paid vs organic orders weekly in october"],
    expect: qm({
      metrics: ["orders"],
      dimensions: ["date", "channel_group"],
      grain: "week",
      timeRange: P.oct,
    }),
  },
  {
    id: "channel-group.unpaid-revenue",
    tags: ["filter"],
    questions: ["revenue from unpaid channels in october", "non-paid revenue october"],
    expect: qm({ metrics: ["revenue"], filters: [fNot("channel_group", "paid")], timeRange: P.oct }),
  },
  {
    id: "channel-group.unpaid-orders",
    tags: ["filter"],
    questions: ["how many orders came from non paid channels last week"],
    expect: qm({ metrics: ["orders"], filters: [fNot("channel_group", "paid")], timeRange: P.lastWeek }),
  },
  {
    id: "channel-group.organic-quarter",
    tags: ["filter"],
    questions: ["how much did organic channels bring in last quarter"],
    expect: qm({ metrics: ["revenue"], filters: [f("channel_group", "organic")], timeRange: P.q3 }),
  },
];

/** Analysis questions: holidays a year apart, budget, cohorts, advice, overview, journeys. */
export const UNDERSTAND3_CASES: SourceCase[] = [
  {
    id: "holiday-yoy.black-friday",
    tags: ["compare", "time"],
    questions: ["black friday revenue vs last year", "revenue on black friday compared with the year before"],
    expect: cmp({ metrics: ["revenue"], period: day("2025-11-28"), compareTo: day("2024-11-29") }),
  },
  {
    id: "holiday-yoy.cyber-monday",
    tags: ["compare", "time"],
    questions: ["cyber monday orders yoy"],
    expect: cmp({ metrics: ["orders"], period: day("2025-12-01"), compareTo: day("2024-12-02") }),
  },
  {
    id: "holiday-yoy.this-year-ahead",
    tags: ["compare", "time"],
    questions: ["bfcm orders this year vs last", "this year's cyber week orders compared to last year"],
    expect: cmp({
      metrics: ["orders"],
      period: P.range("2026-11-27", "2026-11-30"),
      compareTo: P.range("2025-11-28", "2025-12-01"),
    }),
  },
  {
    id: "holiday-yoy.this-vs-last-named",
    tags: ["compare", "time"],
    questions: ["this cyber monday vs last cyber monday revenue"],
    expect: cmp({ metrics: ["revenue"], period: day("2026-11-30"), compareTo: day("2025-12-01") }),
  },
  {
    id: "holiday-yoy.christmas-week",
    tags: ["compare", "time"],
    questions: ["revenue in christmas week year on year"],
    expect: cmp({
      metrics: ["revenue"],
      period: P.range("2025-12-22", "2025-12-28"),
      compareTo: P.range("2024-12-23", "2024-12-29"),
    }),
  },
  {
    id: "holiday-yoy.weekend",
    tags: ["compare", "time"],
    questions: ["black friday weekend spend vs last year"],
    expect: cmp({
      metrics: ["spend"],
      period: P.range("2025-11-28", "2025-11-30"),
      compareTo: P.range("2024-11-29", "2024-12-01"),
    }),
  },
  {
    id: "budget.best-way-to-spend",
    tags: ["budget"],
    questions: ["smartest way to spend 40k next month"],
    expect: budget({ totalBudget: 40000, period: P.nextMonth }),
  },
  {
    id: "budget.how-should-we-spend",
    tags: ["budget"],
    questions: ["how should we spend $25k in december"],
    expect: budget({ totalBudget: 25000, period: P.dec2026 }),
  },
  {
    id: "cohorts.customer-value-horizon",
    tags: ["cohorts"],
    questions: ["customer value after 60 days by first channel"],
    expect: cohorts({ period: COHORT_YEAR, groupBy: "first_touch_channel", ltvDays: 60 }),
  },
  {
    id: "cohorts.second-time",
    tags: ["cohorts"],
    // fix13d: "how many customers order a second time" is a count now (fix13d.second-order-ever).
    questions: ["share of buyers who purchased more than once"],
    expect: cohorts({ period: COHORT_YEAR, groupBy: "first_touch_channel" }),
  },
  {
    id: "advice.what-changes",
    tags: ["recommend"],
    // A count asked for is the number of actions shown; "next month" on Nov 1 plans November.
    questions: ["what two changes should we make next month"],
    expect: {
      calls: [
        {
          name: "recommend",
          args: { focus: "all", limit: 2, period: { from: "2026-11-01", to: "2026-11-30" } },
        },
      ],
    },
  },
  {
    id: "advice.what-changes-counted",
    tags: ["recommend"],
    questions: ["which three actions would you recommend"],
    expect: { calls: [{ name: "recommend", args: { focus: "all", limit: 3 } }] },
  },
  {
    id: "overview.headline-figures",
    tags: ["overview"],
    questions: ["headline figures for last month"],
    expect: { calls: [{ name: "overview", args: { period: P.oct } }] },
  },
  {
    id: "journeys.channel-sequences",
    tags: ["journeys"],
    questions: ["which channel paths bring the most revenue in september"],
    expect: { calls: [{ name: "journeys", args: { analysis: "top_paths", period: P.sep } }] },
  },
  {
    id: "rank.best-day",
    tags: ["rank"],
    questions: ["what was the best day for orders in october"],
    expect: qm({
      metrics: ["orders"],
      dimensions: ["date"],
      grain: "day",
      timeRange: P.oct,
      orderBy: [{ field: "orders", direction: "desc" }],
      limit: 1,
    }),
  },
  {
    id: "rank.worst-week",
    tags: ["rank"],
    questions: ["our worst week for roas in q3"],
    expect: qm({
      metrics: ["roas"],
      dimensions: ["date"],
      grain: "week",
      timeRange: P.q3,
      orderBy: [{ field: "roas", direction: "asc" }],
      limit: 1,
    }),
  },
  {
    id: "profitability.making-money",
    tags: ["profitability"],
    questions: ["are we profitable on paid social", "is meta making money"],
    expect: { calls: [{ name: "profitability", args: { analysis: "channel_profit" } }] },
  },
];
