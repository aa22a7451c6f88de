/**
 * Cases for fix13b's kinds (session 18): follow-ups that keep the thread ("why?" after a total, the
 * cost of each new customer, the best send after email performance, a figure quoted back), a
 * yes-or-no on a direction answered against the period before, and email performance as the
 * program's own measures. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { cmp, P, qm, why } from "./helpers.ts";

const EMAIL = [
  "email_sends",
  "email_opens",
  "email_open_rate",
  "email_clicks",
  "email_click_rate",
  "email_revenue",
];

export const FIX13B_CASES: SourceCase[] = [
  {
    id: "fix13b.direction-yes-no",
    tags: ["comparison"],
    questions: ["did orders fall in august", "were orders down in august?"],
    expect: cmp({ metrics: ["orders"], period: P.aug, compareTo: P.jul }),
  },
  {
    id: "fix13b.why-after-total",
    tags: ["explain"],
    turns: [
      {
        question: "did revenue dip in september?",
        expect: cmp({ metrics: ["revenue"], period: P.sep, compareTo: P.aug }),
      },
      { question: "what drove that", expect: why({ metric: "revenue", period: P.sep, compareTo: P.aug }) },
    ],
  },
  {
    id: "fix13b.cost-of-each-new-customer",
    tags: ["query"],
    turns: [
      {
        question: "how many first-time buyers did we get in august",
        expect: qm({ metrics: ["new_customers"], timeRange: P.aug }),
      },
      {
        question: "how much did we pay per head",
        expect: qm({ metrics: ["cac", "spend", "new_customers"], timeRange: P.aug }),
      },
    ],
  },
  {
    id: "fix13b.email-performance",
    tags: ["email"],
    questions: ["email performance in q3", "email stats for q3"],
    expect: qm({ metrics: EMAIL, timeRange: P.q3 }),
  },
  {
    id: "fix13b.quoted-figure-from-report",
    tags: ["query"],
    questions: ["our shopify report has 450 orders for august, does that match"],
    expect: qm({ metrics: ["orders"], timeRange: P.aug }),
  },
  {
    id: "fix13b.quoted-figure-from-earlier",
    tags: ["query"],
    turns: [
      { question: "roas in september", expect: qm({ metrics: ["roas", "mer"], timeRange: P.sep }) },
      {
        question: "you told me 1.4 before, which is right?",
        expect: qm({ metrics: ["roas", "mer"], timeRange: P.sep }),
      },
    ],
  },
];
