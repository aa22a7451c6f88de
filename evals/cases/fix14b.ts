/**
 * Cases for fix14b's kinds (session 19): the share of each month's revenue from first-time buyers
 * said as a clause, the top N states with the rest (states not recorded by name included), and a
 * new vs returning answer narrowed to returning customers split by channel. Own wordings; the blind
 * sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, P, qm } from "./helpers.ts";

const YEAR = P.range("2025-11-01", "2026-10-31");
const MAY_OCT = P.range("2026-05-01", "2026-10-31");

export const FIX14B_CASES: SourceCase[] = [
  {
    id: "fix14b.first-time-buyer-share-by-month",
    tags: ["query"],
    questions: [
      "what slice of monthly sales comes from people ordering for the first time",
      "revenue per month from customers purchasing for the 1st time as a percentage",
    ],
    expect: qm({
      metrics: ["revenue"],
      dimensions: ["date", "customer_type"],
      timeRange: YEAR,
      grain: "month",
    }),
  },
  {
    id: "fix14b.top-states-and-the-rest",
    tags: ["rank"],
    turns: [
      {
        question: "top 5 states by orders in q3 and what share is everywhere else",
        expect: qm({
          metrics: ["orders"],
          dimensions: ["region"],
          timeRange: P.q3,
          orderBy: [{ field: "orders", direction: "desc" }],
          limit: 6,
        }),
      },
      {
        question: "same for revenue",
        expect: qm({
          metrics: ["revenue"],
          dimensions: ["region"],
          timeRange: P.q3,
          orderBy: [{ field: "revenue", direction: "desc" }],
          limit: 6,
        }),
      },
    ],
  },
  {
    id: "fix14b.returning-only-by-channel",
    tags: ["query"],
    turns: [
      {
        question: "new vs returning: aov and number of orders monthly, past 6 months",
        expect: qm({
          metrics: ["average_order_value", "orders"],
          dimensions: ["date", "customer_type"],
          timeRange: MAY_OCT,
          grain: "month",
        }),
      },
      {
        question: "only returning, broken out by channel",
        expect: qm({
          metrics: ["average_order_value", "orders"],
          dimensions: ["date", "channel"],
          filters: [f("customer_type", "returning")],
          timeRange: MAY_OCT,
          grain: "month",
        }),
      },
    ],
  },
  {
    id: "fix14b.paid-clicks-without-sessions",
    tags: ["query"],
    questions: [
      "gap between paid clicks and sessions in q3",
      "what percent of paid clicks don't land as sessions in q3",
    ],
    expect: qm({
      metrics: ["clicks", "sessions"],
      dimensions: ["channel"],
      filters: [f("channel_group", "paid")],
      timeRange: P.q3,
    }),
  },
  {
    id: "fix14b.direct-share-rising",
    tags: ["trend"],
    questions: ["has direct been climbing this year? worried utm tags are getting stripped"],
    expect: qm({ metrics: ["sessions"], dimensions: ["date", "channel"], timeRange: P.ytd, grain: "month" }),
  },
  {
    id: "fix14b.tagging-hygiene",
    tags: ["query"],
    questions: [
      "do we have inconsistent source names or tagging issues?",
      "which traffic sources look tagged wrong",
    ],
    expect: qm({ metrics: ["orders"], dimensions: ["source_medium"], timeRange: YEAR }),
  },
];
