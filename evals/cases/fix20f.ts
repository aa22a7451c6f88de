/**
 * Cases for session 25's fix20f kinds: lapsed customers counted by a window said with "+" or
 * "ago", and their history asked after; two month cohorts compared, a month not begun in the data
 * read a year back; a short window's customers against the others acquired around it. Own
 * wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const call = (name: string, args: Record<string, unknown>): Expectation => ({ calls: [{ name, args }] });
const lapsed = (days: number) =>
  call("cohorts", {
    period: P.range("2025-11-01", "2026-10-31"),
    groupBy: "first_order_month",
    show: "lapsed",
    lapsedDays: days,
  });

export const FIX20F_CASES: SourceCase[] = [
  {
    id: "fix20f.lapsed-plus",
    tags: ["cohorts"],
    questions: [
      "how many custmers havent bought in 60+ days",
      "shoppers whose last order was more than 2 months ago, how many",
    ],
    expect: lapsed(60),
  },
  {
    id: "fix20f.lapsed-history",
    tags: ["cohorts"],
    turns: [
      { question: "count the buyers lapsed 120 days+", expect: lapsed(120) },
      { question: "how much revenue did those people bring in before", expect: lapsed(120) },
    ],
  },
  {
    id: "fix20f.two-month-cohorts",
    tags: ["cohorts"],
    questions: ["nov vs feb cohort ltv"],
    expect: {
      calls: [
        {
          name: "cohorts",
          args: { period: P.range("2025-11-01", "2025-11-30"), groupBy: "first_order_month" },
        },
        {
          name: "cohorts",
          args: { period: P.range("2026-02-01", "2026-02-28"), groupBy: "first_order_month" },
        },
      ],
    },
  },
  {
    id: "fix20f.window-vs-others",
    tags: ["cohorts"],
    questions: ["were the customers we picked up on black friday lower quality than the rest"],
    expect: call("cohorts", {
      period: P.range("2025-11-01", "2026-01-31"),
      groupBy: "first_order_month",
      window: P.range("2025-11-20", "2025-12-02"),
    }),
  },
];
