/** Cases for the conversion funnel: steps, where visitors drop off, cart and checkout abandonment. */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const funnel = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "funnel", args }] });

export const FUNNEL_CASES: SourceCase[] = [
  {
    id: "funnel.overall-oct",
    tags: ["funnel"],
    questions: [
      "show me the conversion funnel for October",
      "October's purchase funnel from impressions to orders",
      "where did we lose people in october",
    ],
    expect: funnel({ period: P.oct }),
  },
  {
    id: "funnel.overall-default",
    tags: ["funnel"],
    questions: ["show me the conversion funnel", "where do we lose people?"],
    expect: funnel({ period: P.last30 }),
  },
  {
    id: "funnel.cart-abandonment-sep",
    tags: ["funnel"],
    questions: ["what was the cart abandonment rate in September", "abandoned carts in september"],
    expect: funnel({ period: P.sep }),
  },
  {
    id: "funnel.checkout-last-week",
    tags: ["funnel"],
    questions: ["checkout abandonment last week", "how many checkouts were started last week"],
    expect: funnel({ period: P.lastWeek }),
  },
  {
    id: "funnel.by-channel-oct",
    tags: ["funnel"],
    questions: ["conversion funnel by channel in October", "cart abandonment by channel in october"],
    expect: funnel({ period: P.oct, byChannel: true }),
  },
  {
    id: "funnel.by-channel-q3-beta",
    tags: ["funnel"],
    org: "beta-bikes",
    questions: ["compare the funnel across channels for Q3"],
    expect: funnel({ period: P.q3, byChannel: true }),
  },
  {
    id: "funnel.paid-search-oct",
    tags: ["funnel"],
    questions: ["funnel for paid search in October", "where do paid search visitors drop off in october"],
    expect: funnel({ period: P.oct, channel: "paid_search" }),
  },
  {
    id: "funnel.email-q3",
    tags: ["funnel"],
    questions: ["email add to cart rate in Q3"],
    // fix6c: a named step rate is that metric (add-to-carts / sessions); the funnel's add-to-cart
    // step is a share of engaged sessions, a different figure.
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["add_to_cart_rate"],
            filters: [{ field: "channel", op: "in", values: ["email"] }],
            timeRange: P.q3,
          },
        },
      ],
    },
  },
];
