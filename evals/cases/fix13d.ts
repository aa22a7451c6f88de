/**
 * Cases for session 18's fix13d kinds: lifecycle counts by order dates (customers whose second
 * order fell in a period; customers lapsed by the user's own no-order window, counted as of the
 * data's last day) and journeys kept to new customers' first purchases (paths, and touches by
 * first-touch channel). Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const call = (name: string, args: Record<string, unknown>): Expectation => ({ calls: [{ name, args }] });

export const FIX13D_CASES: SourceCase[] = [
  {
    id: "fix13d.second-order-q3",
    tags: ["cohorts"],
    questions: [
      "number of shoppers who placed a 2nd order during q3",
      "how many customers bought from us for the second time in q3",
    ],
    expect: call("cohorts", { period: P.q3, show: "second_order" }),
  },
  {
    id: "fix13d.second-order-ever",
    tags: ["cohorts"],
    questions: ["how many customers order a second time"],
    expect: call("cohorts", { period: P.range("2025-11-01", "2026-10-31"), show: "second_order" }),
  },
  {
    id: "fix13d.lapsed-180",
    tags: ["cohorts"],
    questions: [
      "if churned means no purchase for 6 months, how many churned customers are there",
      "how many customers have gone 180 days without an order",
    ],
    expect: call("cohorts", { period: P.range("2025-11-01", "2026-10-31"), show: "lapsed", lapsedDays: 180 }),
  },
  {
    id: "fix13d.new-customer-paths",
    tags: ["journeys"],
    questions: ["top conversion paths for first-time buyers in october"],
    expect: call("journeys", { analysis: "top_paths", period: P.oct, customerType: "new" }),
  },
  {
    id: "fix13d.first-purchase-touches-by-first-touch",
    tags: ["journeys"],
    questions: ["average touchpoints before a first purchase, first touch tiktok vs first touch google"],
    expect: call("journeys", {
      analysis: "path_length",
      // Touch counts by named first touch default to the last 90 days of data.
      period: P.range("2026-08-03", "2026-10-31"),
      firstTouch: ["tiktok_ads", "google_ads"],
      customerType: "new",
    }),
  },
];
