/**
 * Cases for session 11's lead work: the site of the last touch (the `source` dimension: referral
 * sites, Instagram as a source inside Meta Ads) and state rankings without the catch-all of
 * unnamed states. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, P } from "./helpers.ts";

const REFERRAL = f("channel", "referral");
const IG = { field: "source", op: "in", values: ["instagram"] };
const IG_FB = { field: "source", op: "in", values: ["instagram", "facebook"] };

export const LEAD11_CASES: SourceCase[] = [
  {
    id: "lead11.referral-sites-revenue",
    tags: ["source"],
    questions: ["which referring sites brought in the most revenue in october"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: { dimensions: ["source"], filters: [REFERRAL], timeRange: P.oct },
          compute: {
            metrics: ["revenue"],
            dimensions: ["source"],
            filters: [REFERRAL],
            timeRange: P.oct,
            orderBy: [{ field: "revenue", direction: "desc" }],
          },
        },
      ],
    },
  },
  {
    id: "lead11.instagram-orders",
    tags: ["source"],
    questions: ["how many orders did instagram bring in october", "october orders from instagram"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: { filters: [IG], attributionModel: "last_touch", timeRange: P.oct },
          compute: {
            metrics: ["orders"],
            dimensions: [],
            filters: [IG],
            attributionModel: "last_touch",
            timeRange: P.oct,
          },
        },
      ],
    },
  },
  {
    id: "lead11.instagram-vs-facebook",
    tags: ["source"],
    questions: ["facebook vs instagram revenue in september"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            dimensions: ["source"],
            filters: [IG_FB],
            attributionModel: "last_touch",
            timeRange: P.sep,
          },
          compute: {
            metrics: ["revenue"],
            dimensions: ["source"],
            filters: [IG_FB],
            attributionModel: "last_touch",
            timeRange: P.sep,
          },
        },
      ],
    },
  },
  {
    id: "lead11.top-states",
    tags: ["region"],
    questions: ["top 5 states by revenue in october"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: { dimensions: ["region"], limit: 5, timeRange: P.oct },
          compute: {
            metrics: ["revenue"],
            dimensions: ["region"],
            filters: [{ field: "region", op: "not_in", values: ["other"] }],
            timeRange: P.oct,
            orderBy: [{ field: "revenue", direction: "desc" }],
            limit: 5,
          },
        },
      ],
    },
  },
];
