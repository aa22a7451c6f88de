/**
 * Cases for session 23's fix18e kinds: a dated promotion said on its own as its stretch of dates,
 * lapsed customers counted with a stated default window, a repeat rate's trend by first-order month,
 * what changed between two named periods (the overview with its movers), a fallen metric's why
 * and what the drop cost, and growth over a period whose baseline the data lacks (month by month,
 * with CAC said as what we spend to get a customer). Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { f, P, qm, why } from "./helpers.ts";

const call = (name: string, args: Record<string, unknown>): Expectation => ({ calls: [{ name, args }] });
const ALL = P.range("2025-11-01", "2026-10-31");

export const FIX18E_CASES: SourceCase[] = [
  {
    id: "fix18e.promo-window-total",
    tags: ["time", "campaigns"],
    questions: ["holiday25 revenue overall", "total revenue, holiday 25"],
    expect: qm({ metrics: ["revenue"], timeRange: P.range("2025-12-03", "2025-12-22") }),
  },
  {
    id: "fix18e.lapsed-default-window",
    tags: ["cohorts"],
    questions: ["how many dormant buyers do we have", "size of a winback audience?"],
    expect: call("cohorts", { period: ALL, show: "lapsed", lapsedDays: 90 }),
  },
  {
    id: "fix18e.repeat-rate-trend",
    tags: ["cohorts"],
    questions: ["is our repurchase rate improving?", "repeat rate trend"],
    expect: call("cohorts", { period: ALL, groupBy: "first_order_month", show: "repeat" }),
  },
  {
    id: "fix18e.what-changed-between",
    tags: ["overview", "time"],
    questions: ["what moved between june and july", "whats different in july vs june"],
    expect: call("overview", { period: P.jul, compareTo: P.jun }),
  },
  {
    id: "fix18e.fallen-metric-why-and-cost",
    tags: ["followup", "explain", "anomalies"],
    turns: [
      {
        question: "our paid social cvr crashed in august - what happened?",
        expect: why({
          metric: "conversion_rate",
          period: P.aug,
          compareTo: P.jul,
          filters: [f("channel", "paid_social")],
        }),
      },
      {
        question: "what did it cost us in sales",
        expect: call("detect_anomalies", {
          metrics: ["conversion_rate", "orders"],
          period: P.range("2026-07-04", "2026-09-28"),
          filters: [f("channel", "paid_social")],
          focus: "loss",
        }),
      },
    ],
  },
  {
    id: "fix18e.growth-by-month",
    tags: ["time", "trend"],
    questions: ["ytd growth in orders and customers and how much we pay to get a customer"],
    expect: qm({
      metrics: ["orders", "customers", "cac"],
      dimensions: ["date"],
      grain: "month",
      timeRange: P.range("2026-01-01", "2026-10-31"),
    }),
  },
];
