/**
 * Cases for session 19's fix14d kinds: lists, counts and thresholds. Orders past a level on their
 * single value (counted with their share), a threshold stated as what to leave out (the other side
 * kept), a list of emails with a figure each and a follow-up ranking those emails, and spend with
 * what it brought back. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const call = (name: string, args: Record<string, unknown>): Expectation => ({ calls: [{ name, args }] });
const orderLevel = (period: unknown, op: string, value: number, orderValueBy = "none") =>
  call("cohorts", { period, show: "order_value", orderValueBy, orderValueLevel: { op, value } });
const notNoCampaign = { field: "campaign", op: "neq", value: null };

export const FIX14D_CASES: SourceCase[] = [
  {
    id: "fix14d.orders-over-level-oct",
    tags: ["cohorts"],
    questions: [
      "how many purchases were above $150 in october",
      "count of orders bigger than 150 dollars last month",
    ],
    expect: orderLevel(P.oct, "gt", 150),
  },
  {
    id: "fix14d.orders-at-least-level-q3-by-type",
    tags: ["cohorts"],
    questions: ["orders of $300 or more in q3, new vs returning customers"],
    expect: orderLevel(P.q3, "gte", 300, "customer_type"),
  },
  {
    id: "fix14d.orders-under-level-sep",
    tags: ["cohorts"],
    questions: ["what share of orders in september were under $40"],
    expect: orderLevel(P.sep, "lt", 40),
  },
  {
    id: "fix14d.leave-out-small-spenders",
    tags: ["rank"],
    questions: [
      "lowest roas campaigns last quarter, leave out anything that spent less than 800",
      "skip campaigns spending under $800 and show me the worst roas in q3",
    ],
    expect: call("query_metrics", {
      metrics: ["roas", "spend"],
      dimensions: ["campaign"],
      filters: [notNoCampaign, { field: "spend", op: "gte", value: 800 }],
      timeRange: P.q3,
    }),
  },
  {
    id: "fix14d.email-list-then-rank",
    tags: ["email"],
    turns: [
      {
        question: "give me every email from august with how many sends each",
        expect: call("query_metrics", {
          metrics: ["email_sends"],
          dimensions: ["email_campaign"],
          timeRange: P.aug,
        }),
      },
      {
        question: "which of them got the highest open rate",
        expect: call("query_metrics", {
          metrics: ["email_open_rate"],
          dimensions: ["email_campaign"],
          timeRange: P.aug,
        }),
      },
    ],
  },
  {
    id: "fix14d.listed-rows-combined",
    tags: ["query"],
    turns: [
      {
        question: "which campaigns had a cpa over $60 in september",
        expect: call("query_metrics", {
          metrics: ["cpa"],
          dimensions: ["campaign"],
          filters: [notNoCampaign],
          timeRange: P.sep,
        }),
      },
      {
        question: "what did they spend altogether",
        expect: call("query_metrics", {
          metrics: ["spend", "cpa"],
          dimensions: ["campaign"],
          filters: [notNoCampaign, { field: "cpa", op: "gt", value: 60 }],
          timeRange: P.sep,
        }),
      },
    ],
  },
  {
    id: "fix14d.spend-and-what-came-back",
    tags: ["query"],
    questions: [
      "what did we put into ads in q3 and what did we get back",
      "q3 ad spend, and how much we made back",
    ],
    expect: call("query_metrics", {
      metrics: ["spend", "paid_attributed_revenue", "roas", "mer"],
      timeRange: P.q3,
    }),
  },
];
