/**
 * Cases for session 12's fix7e kinds: email measures of a named send with no email word, a send
 * named by its first words, newsletter then promos in a thread, the sends count beside the
 * click-to-open rate, a promo send against the other sends, "which email made the most money", and
 * the organization's schedules and rules under looser words. Own wordings; the blind sets are
 * held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { f, P, qm } from "./helpers.ts";

const NEWSLETTER = "Weekly Trail Notes";
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
const LAST_12_MONTHS = P.range("2025-11-01", "2026-10-31");
const RATES = ["email_open_rate", "email_click_rate"];

/** The send's rate over the last twelve months, then every promo and the newsletter's. */
const vsTypical = (sendName: string, rate: string): Expectation => ({
  calls: [
    {
      name: "query_metrics",
      args: {
        metrics: [rate],
        dimensions: [],
        filters: [f("email_campaign", sendName)],
        timeRange: LAST_12_MONTHS,
      },
    },
    {
      name: "query_metrics",
      args: {
        metrics: [rate],
        dimensions: ["email_campaign"],
        filters: [f("email_campaign", ...PROMOS, NEWSLETTER)],
        timeRange: LAST_12_MONTHS,
        orderBy: [{ field: rate, direction: "desc" }],
      },
    },
  ],
});

export const FIX7E_CASES: SourceCase[] = [
  {
    id: "fix7e.send-rates-no-email-word",
    tags: ["email"],
    questions: [
      "what were the open and click rates on weekly trail notes in september",
      "weekly trail notes click rate and open rate, september",
    ],
    expect: qm({
      metrics: RATES,
      dimensions: [],
      filters: [f("email_campaign", NEWSLETTER)],
      timeRange: P.sep,
    }),
  },
  {
    id: "fix7e.newsletter-then-promos",
    tags: ["email"],
    turns: [
      {
        question: "open and click rate for weekly trail notes in september",
        expect: qm({ metrics: RATES, filters: [f("email_campaign", NEWSLETTER)], timeRange: P.sep }),
      },
      {
        question: "and how did the promos do next to it",
        expect: qm({
          metrics: RATES,
          dimensions: ["email_campaign"],
          filters: [f("email_campaign", NEWSLETTER, ...PROMOS)],
          timeRange: P.sep,
        }),
      },
    ],
  },
  {
    id: "fix7e.sends-and-ctor",
    tags: ["email"],
    questions: [
      "how many emails did we send in september and what was the click to open rate",
      "emails that went out in september plus ctor",
    ],
    expect: qm({ metrics: ["email_sends", "email_click_to_open_rate"], dimensions: [], timeRange: P.sep }),
  },
  {
    id: "fix7e.promo-unsubs-vs-usual",
    tags: ["email"],
    questions: [
      "was the summer sale email's unsubscribe rate higher than usual",
      "did unsubscribes jump after the summer sale send",
    ],
    expect: vsTypical("Summer Sale", "email_unsubscribe_rate"),
  },
  {
    id: "fix7e.promo-opens-vs-typical",
    tags: ["email"],
    questions: ["did opens dip on the fall camping collection email compared to a typical send"],
    expect: vsTypical("Fall Camping Collection", "email_open_rate"),
  },
  {
    id: "fix7e.which-email-most-money",
    tags: ["email"],
    questions: [
      "what email brought in the most money in q3",
      "which of our emails made us the most cash in q3",
    ],
    expect: {
      calls: [
        { name: "query_metrics", args: { metrics: ["email_revenue"], dimensions: [], timeRange: P.q3 } },
        {
          name: "query_metrics",
          args: {
            metrics: ["email_clicks", "email_sends", "email_open_rate", "email_click_rate"],
            dimensions: ["email_campaign"],
            timeRange: P.q3,
            orderBy: [{ field: "email_clicks", direction: "desc" }],
          },
        },
      ],
    },
  },
  {
    id: "fix7e.list-automations",
    tags: ["automation"],
    questions: [
      "which briefs are scheduled right now",
      "what reports and alerts do we have set up currently",
    ],
    expect: { calls: [{ name: "list_automations", args: {}, noValues: true }] },
  },
];
