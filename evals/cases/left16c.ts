/**
 * Cases for session 16's left16c kinds: spans of months on each side of a comparison, a channel
 * group kept or left out as a filter, a platform's own dollars moved into a channel, and two
 * channels in one journey. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const PAID = { field: "channel_group", op: "in", values: ["paid"] };

export const LEFT16C_CASES: SourceCase[] = [
  {
    id: "left16c.month-spans-vs",
    tags: ["comparison", "time"],
    questions: ["orders by channel jul through sep compared to apr to jun"],
    expect: {
      calls: [
        {
          name: "compare_periods",
          args: {
            metrics: ["orders"],
            period: P.q3,
            compareTo: P.q2,
            dimensions: ["channel"],
            filters: [],
          },
        },
      ],
    },
  },
  {
    id: "left16c.unpaid-left-out",
    tags: ["filters", "channel-group"],
    questions: ["september revenue leaving out the unpaid channels"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: { metrics: ["revenue"], dimensions: [], filters: [PAID], timeRange: P.sep },
        },
      ],
    },
  },
  {
    id: "left16c.platform-into-channel",
    tags: ["budget"],
    questions: ["move 40% of tiktok spend into paid search"],
    expect: {
      calls: [
        {
          name: "recommend_budget",
          args: {
            period: P.nextMonth,
            level: "platform",
            lockedChannels: [],
            changes: [
              { dimension: "platform", value: "tiktok_ads", changePercent: -40 },
              { dimension: "platform", value: "google_ads", receives: true },
            ],
            objective: "profit",
          },
        },
      ],
    },
  },
  {
    id: "left16c.channel-overlap",
    tags: ["journeys"],
    questions: ["how many affiliate shoppers also came in direct in q3"],
    expect: {
      calls: [
        {
          name: "journeys",
          args: { analysis: "first_last", period: P.q3, firstChannel: "affiliate", lastChannel: "direct" },
        },
        {
          name: "journeys",
          args: { analysis: "first_last", period: P.q3, firstChannel: "direct", lastChannel: "affiliate" },
        },
      ],
    },
  },
];
