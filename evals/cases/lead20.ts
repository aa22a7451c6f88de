/**
 * Cases for session 20's period reads (lead20): whole calendar units, a quarter's number written
 * out, a holiday after an anchor word before a channel, a day of the month, and a promotion's
 * window named by the holiday its prefix stands for. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, P, qm } from "./helpers.ts";

const sinceLabor = P.range("2026-09-07", "2026-11-01");

export const LEAD20_CASES: SourceCase[] = [
  {
    id: "lead20.whole-months",
    tags: ["time"],
    questions: ["cpa by channel over the past two complete months", "last 2 full months: cpa per channel"],
    expect: qm({ metrics: ["cpa"], dimensions: ["channel"], timeRange: P.range("2026-09-01", "2026-10-31") }),
  },
  {
    id: "lead20.whole-weeks",
    tags: ["time"],
    questions: ["sessions for the last 3 full weeks"],
    expect: qm({ metrics: ["sessions"], timeRange: P.range("2026-10-05", "2026-10-25") }),
  },
  {
    id: "lead20.quarter-written-out",
    tags: ["time"],
    questions: ["orders in quarter two", "how many orders did we get in q two"],
    expect: qm({ metrics: ["orders"], timeRange: P.q2 }),
  },
  {
    id: "lead20.since-holiday-channel",
    tags: ["time"],
    questions: ["since labor day email clicks", "email clicks since labor day"],
    expect: qm({ metrics: ["email_clicks"], timeRange: sinceLabor }),
  },
  {
    id: "lead20.since-day-of-month",
    tags: ["time"],
    questions: ["paid search spend since the 12th"],
    expect: qm({
      metrics: ["spend"],
      filters: [f("channel", "paid_search")],
      timeRange: P.range("2026-10-12", "2026-11-01"),
    }),
  },
  {
    id: "lead20.black-friday-window",
    tags: ["time", "campaigns"],
    questions: [
      "total revenue over the black friday period",
      "how much did we sell in the black friday window",
    ],
    expect: qm({ metrics: ["revenue"], timeRange: P.range("2025-11-20", "2025-12-02") }),
  },
];
