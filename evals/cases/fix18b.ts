/**
 * Cases for session 23's follow-up fixes (fix18b): a follow-up read against the previous answer
 * first: a split by new vs returning of touches before buying, the next funnel step of traffic,
 * why two readings of one figure differ, where a defined metric's inputs come from, a new length
 * or form of the answer, and "compared to what". Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { cmp, f, P, qm } from "./helpers.ts";

const journeys = (args: Record<string, unknown>) => ({
  calls: [{ name: "journeys", args: { analysis: "path_length", ...args } }],
});

const META_GAP = [
  "platform_conversions",
  "orders",
  "platform_conversions_minus_tracked",
  "platform_conversions_over_tracked",
  "platform_revenue",
  "revenue",
  "platform_revenue_minus_tracked",
  "platform_revenue_over_tracked",
];

export const FIX18B_CASES: SourceCase[] = [
  {
    id: "fix18b.touches-new-vs-returning",
    tags: ["journeys", "conversational"],
    turns: [
      { question: "avg touchpoints per order last quarter", expect: journeys({ period: P.q3 }) },
      {
        question: "split that by first time vs repeat buyers",
        expect: journeys({ period: P.q3, byCustomerType: true }),
      },
    ],
  },
  {
    id: "fix18b.traffic-then-converted",
    tags: ["query", "conversational"],
    turns: [
      {
        question: "how many visits did organic search get in august",
        expect: qm({ metrics: ["sessions"], filters: [f("channel", "organic_search")], timeRange: P.aug }),
      },
      {
        question: "what % of them bought",
        expect: qm({
          metrics: ["sessions", "orders", "conversion_rate"],
          filters: [f("channel", "organic_search")],
          timeRange: P.aug,
        }),
      },
    ],
  },
  {
    id: "fix18b.platform-vs-ours-why",
    tags: ["query", "conversational"],
    turns: [
      {
        question: "meta reported revenue vs our tracked revenue in september",
        expect: qm({
          metrics: META_GAP,
          filters: [f("platform", "meta_ads")],
          timeRange: P.sep,
        }),
      },
      {
        question: "how come those two don't match?",
        expect: qm({
          metrics: META_GAP,
          filters: [f("platform", "meta_ads")],
          timeRange: P.sep,
        }),
      },
    ],
  },
  {
    id: "fix18b.definition-then-source",
    tags: ["define", "conversational"],
    turns: [
      {
        question: "what is roas",
        expect: { calls: [{ name: "describe_metric", args: { metric: "roas" } }] },
      },
      {
        question: "where does the revenue in it come from",
        expect: qm({ metrics: ["paid_attributed_revenue", "revenue"], timeRange: P.last30 }),
      },
    ],
  },
  {
    id: "fix18b.reshape-answer",
    tags: ["query", "conversational"],
    turns: [
      {
        question: "paid social spend last month",
        expect: qm({ metrics: ["spend"], filters: [f("channel", "paid_social")], timeRange: P.oct }),
      },
      {
        question: "pls make that a one-liner for my boss",
        expect: qm({ metrics: ["spend"], filters: [f("channel", "paid_social")], timeRange: P.oct }),
      },
    ],
  },
  {
    id: "fix18b.compared-to-what",
    tags: ["compare", "conversational"],
    turns: [
      {
        question: "paid search spend in september",
        expect: qm({ metrics: ["spend"], filters: [f("channel", "paid_search")], timeRange: P.sep }),
      },
      {
        question: "vs what?",
        expect: cmp({
          metrics: ["spend"],
          filters: [f("channel", "paid_search")],
          period: P.sep,
          compareTo: P.aug,
        }),
      },
    ],
  },
];
