/**
 * Cases for session 14's fix9e kinds: lists of asks answered part by part, splits the data has
 * (email measures by email campaign, Instagram and Facebook revenue beside Meta's ROAS), touches
 * before a first order, and money moved onto "search" (paid search). Own wordings; the blind sets
 * are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, P } from "./helpers.ts";

export const FIX9E_CASES: SourceCase[] = [
  {
    id: "fix9e.numbered-list",
    tags: ["multi-part"],
    questions: ["couple of things: 1) orders last month 2) mom change 3) top channel by revenue last month"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: { metrics: ["orders"], dimensions: [], filters: [], timeRange: P.oct },
        },
        {
          name: "compare_periods",
          args: { metrics: ["orders"], period: P.oct, compareTo: P.sep, dimensions: [], filters: [] },
        },
        {
          name: "query_metrics",
          args: {
            metrics: ["revenue"],
            dimensions: ["channel"],
            filters: [],
            timeRange: P.oct,
            orderBy: [{ field: "revenue", direction: "desc" }],
            limit: 1,
          },
        },
      ],
    },
  },
  {
    id: "fix9e.ctor-per-email-campaign",
    tags: ["email"],
    questions: ["CTOR for each campaign in september"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["email_click_to_open_rate"],
            dimensions: ["email_campaign"],
            filters: [],
            timeRange: P.sep,
          },
        },
      ],
    },
  },
  {
    id: "fix9e.instagram-facebook-revenue-beside-roas",
    tags: ["attribution", "platforms"],
    questions: ["how does instagram roas compare to facebook last quarter"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["revenue", "orders"],
            dimensions: ["source"],
            filters: [f("source", "instagram", "facebook")],
            timeRange: P.q3,
            attributionModel: "last_touch",
          },
        },
      ],
    },
  },
  {
    id: "fix9e.touches-before-first-order",
    tags: ["journeys"],
    questions: ["in q3 what was the mean path length leading up to an initial order"],
    expect: {
      calls: [{ name: "journeys", args: { analysis: "path_length", period: P.q3, byCustomerType: true } }],
    },
  },
  {
    id: "fix9e.move-share-to-search",
    tags: ["budget"],
    questions: ["what if we shifted 15% of the display spend into search"],
    expect: {
      calls: [
        {
          name: "recommend_budget",
          args: {
            period: P.nextMonth,
            changes: [
              { dimension: "channel", value: "display", changePercent: -15 },
              { dimension: "channel", value: "paid_search", receives: true },
            ],
          },
        },
      ],
    },
  },
];
