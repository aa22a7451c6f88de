/**
 * Cases for session 15's leftD kinds: one customer's journey described, not named (picked from a
 * period's orders by the journeys tool), and a recorded holdout's two sides (the channel N days
 * before it started against N days after it ended), and what an incident cost in orders. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const journeys = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "journeys", args }] });
const campaigns = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "campaigns", args }] });

export const LEFTD_CASES: SourceCase[] = [
  {
    id: "leftd.journey-largest-order",
    tags: ["journeys"],
    questions: [
      "walk me through the path of whoever made the largest purchase in september",
      "touches of the buyer behind september's biggest single order",
    ],
    expect: journeys({ analysis: "customer", pick: "largest_order", period: P.sep }),
  },
  {
    id: "leftd.journey-top-spender",
    tags: ["journeys"],
    questions: ["timeline of our biggest spender in q3", "journey of the customer who spent the most in q3"],
    expect: journeys({ analysis: "customer", pick: "most_revenue", period: P.q3 }),
  },
  {
    id: "leftd.holdout-sides",
    tags: ["campaigns", "incrementality"],
    questions: [
      "affiliate spend and roas a month either side of its holdout",
      "how did affiliate look in the 30 days after the holdout compared with the 30 days before it",
    ],
    expect: campaigns({ analysis: "holdout", channel: "affiliate", sideDays: 30 }),
  },
  {
    id: "leftd.incident-cost",
    tags: ["anomalies"],
    questions: [
      "how many sales did the checkout bug in june lose us",
      "did the june page glitch hurt orders, roughly how many",
    ],
    expect: {
      calls: [
        {
          name: "detect_anomalies",
          args: {
            metrics: ["conversion_rate", "orders"],
            period: { from: "2026-05-04", to: "2026-07-28" },
            focus: "loss",
          },
        },
      ],
    },
  },
];
