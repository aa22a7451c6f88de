/**
 * Cases for fix12e's kinds (session 17): a collection or a category (not tracked) answered with
 * the campaigns named after it, the newsletter against the promos as one total each beside each
 * send, the funnel asked as "which step loses people", and a slide of a period as that period
 * against the one before. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, P, qm } from "./helpers.ts";

const PROMOS = [
  "BF25 - Early Access",
  "Black Friday 2025",
  "Cyber Monday 2025",
  "Holiday Gift Guide",
  "Last Shipping Day",
  "New Year Sale",
  "Spring Trail Launch",
  "Summer Sale",
  "Labor Day Sale",
  "Fall Camping Collection",
];
const NEWSLETTER = "Weekly Trail Notes";
const NAMED = { field: "campaign", op: "neq" as const, value: null };
const RATES = ["email_open_rate", "email_click_rate"];

export const FIX12E_CASES: SourceCase[] = [
  {
    id: "fix12e.collection-as-its-campaigns",
    tags: ["untracked", "campaigns"],
    questions: ["how's the camping collection been selling this year"],
    expect: qm({
      metrics: ["revenue", "spend", "roas"],
      dimensions: ["campaign"],
      filters: [NAMED, f("campaign", 1014, 1017)],
      timeRange: P.ytd,
    }),
  },
  {
    id: "fix12e.categories-growth-as-campaigns",
    tags: ["untracked", "campaigns", "growth"],
    questions: ["boots or tents, which product category has more momentum this year"],
    expect: {
      calls: [
        {
          name: "compare_periods",
          args: {
            metrics: ["revenue", "clicks", "spend", "roas"],
            period: P.range("2026-06-01", "2026-10-31"),
            compareTo: P.range("2026-01-01", "2026-05-31"),
            dimensions: ["campaign"],
            filters: [NAMED, f("campaign", 1003, 1002)],
          },
        },
      ],
    },
  },
  {
    id: "fix12e.newsletter-vs-promos-totals",
    tags: ["email", "groups"],
    questions: ["how do the promo emails compare with our newsletter on open and click rates in q3"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: RATES,
            dimensions: ["email_campaign"],
            filters: [f("email_campaign", NEWSLETTER, ...PROMOS)],
            timeRange: P.q3,
          },
        },
        {
          name: "query_metrics",
          args: {
            metrics: RATES,
            dimensions: [],
            filters: [f("email_campaign", NEWSLETTER)],
            timeRange: P.q3,
            label: `Newsletter (${NEWSLETTER})`,
          },
        },
        {
          name: "query_metrics",
          args: {
            metrics: RATES,
            dimensions: [],
            filters: [f("email_campaign", ...PROMOS)],
            timeRange: P.q3,
            label: "Promos (every other send)",
          },
        },
      ],
    },
  },
  {
    id: "fix12e.step-losing-most-people",
    tags: ["funnel"],
    questions: ["which step of the site loses the most shoppers in september"],
    expect: { calls: [{ name: "funnel", args: { period: P.sep } }] },
  },
  {
    id: "fix12e.slide-of-a-quarter",
    tags: ["review", "compare"],
    questions: ["put together a slide on q2 by platform for our client"],
    expect: {
      calls: [
        {
          name: "compare_periods",
          args: {
            metrics: ["revenue", "spend", "roas", "orders"],
            period: P.q2,
            compareTo: P.q1,
            dimensions: ["platform"],
            filters: [],
          },
        },
      ],
    },
  },
];
