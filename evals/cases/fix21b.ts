/**
 * Cases for session 26's fixes (fix21b): ranked keywords (no rankings data: organic search), blog
 * posts and pages (no page data: organic search by month), whether a day's data can be used (the
 * lost tracking day), customers from Instagram (its new customers, last touch), orders with no
 * touchpoint (the path length scan). Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, P, qm } from "./helpers.ts";

export const FIX21B_CASES: SourceCase[] = [
  {
    id: "fix21b.ranked-keywords",
    tags: ["honesty", "organic"],
    questions: ["top ranked search terms last month"],
    expect: qm({
      metrics: ["sessions", "revenue"],
      filters: [f("channel", "organic_search")],
      timeRange: P.range("2026-10-01", "2026-10-31"),
    }),
  },
  {
    id: "fix21b.blog-posts",
    tags: ["honesty", "organic"],
    questions: ["which articles on our blog bring in seo traffic in q3"],
    expect: qm({
      metrics: ["sessions", "orders", "revenue"],
      dimensions: ["date"],
      grain: "month",
      filters: [f("channel", "organic_search")],
      timeRange: P.range("2026-07-01", "2026-09-30"),
    }),
  },
  {
    id: "fix21b.data-trust",
    tags: ["anomalies", "honesty"],
    questions: ["can I trust the numbers from march?"],
    expect: {
      calls: [
        {
          name: "detect_anomalies",
          args: {
            metrics: ["orders", "sessions"],
            period: P.range("2026-03-03", "2026-03-31"),
            filters: [],
            focus: "loss",
          },
        },
      ],
    },
  },
  {
    id: "fix21b.instagram-customers",
    tags: ["platforms"],
    questions: ["how many customers did insta bring us in q3"],
    expect: qm({
      metrics: ["new_customers"],
      filters: [f("source", "instagram")],
      timeRange: P.range("2026-07-01", "2026-09-30"),
      attributionModel: "last_touch",
    }),
  },
  {
    id: "fix21b.no-touch-orders",
    tags: ["journeys"],
    questions: ["orders with zero touches in september"],
    expect: {
      calls: [
        { name: "journeys", args: { analysis: "path_length", period: P.range("2026-09-01", "2026-09-30") } },
      ],
    },
  },
];
