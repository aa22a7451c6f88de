/**
 * Cases for session 24's follow-ups read against the answer before (fix19b): the targets asked
 * which are behind (and per channel), a part of the US after a state breakdown, a series' step
 * asked again, the things to flag after a week's numbers, and an email answer asked per send.
 * Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { cmp, f, P, qm } from "./helpers.ts";

const TARGET_METRICS = ["revenue", "spend", "roas", "orders", "cpa", "cac"];
const WEST = ["CA", "OR", "WA"];
const MIDWEST = ["IL", "IN", "MI", "OH", "WI", "IA", "KS", "MN", "MO", "NE", "ND", "SD"];

export const FIX19B_CASES: SourceCase[] = [
  {
    id: "fix19b.targets-which-behind",
    tags: ["followup", "targets"],
    turns: [
      {
        question: "how are we pacing against our goals in september",
        expect: qm({ metrics: TARGET_METRICS, timeRange: P.sep }),
      },
      { question: "any we're missing?", expect: qm({ metrics: TARGET_METRICS, timeRange: P.sep }) },
    ],
  },
  {
    id: "fix19b.targets-per-channel",
    tags: ["followup", "targets"],
    turns: [
      {
        question: "did we hit our targets last quarter",
        expect: qm({ metrics: TARGET_METRICS, timeRange: P.q3 }),
      },
      {
        question: "which platform fell short the most",
        expect: qm({ metrics: TARGET_METRICS, dimensions: ["platform"], timeRange: P.q3 }),
      },
    ],
  },
  {
    id: "fix19b.region-part-after-states",
    tags: ["followup", "regions"],
    turns: [
      {
        question: "orders per state in september",
        expect: qm({ metrics: ["orders"], dimensions: ["region"], timeRange: P.sep }),
      },
      {
        question: "ok now midwest only",
        expect: qm({
          metrics: ["orders"],
          dimensions: ["region"],
          filters: [f("region", ...MIDWEST)],
          timeRange: P.sep,
        }),
      },
    ],
  },
  {
    id: "fix19b.region-part-after-channels",
    tags: ["followup", "regions"],
    turns: [
      {
        question: "revenue by channel in august",
        expect: qm({ metrics: ["revenue"], dimensions: ["channel"], timeRange: P.aug }),
      },
      {
        question: "and for the pacific coast?",
        expect: qm({
          metrics: ["revenue"],
          dimensions: ["channel"],
          filters: [f("region", ...WEST)],
          timeRange: P.aug,
        }),
      },
    ],
  },
  {
    id: "fix19b.same-step-again",
    tags: ["followup", "trend"],
    turns: [
      {
        question: "daily spend on meta last 14 days",
        expect: qm({
          metrics: ["spend"],
          dimensions: ["date"],
          filters: [f("platform", "meta_ads")],
          timeRange: P.last14,
          grain: "day",
        }),
      },
      {
        question: "can you do it day by day",
        expect: qm({
          metrics: ["spend"],
          dimensions: ["date"],
          filters: [f("platform", "meta_ads")],
          timeRange: P.last14,
          grain: "day",
        }),
      },
    ],
  },
  {
    id: "fix19b.things-to-flag",
    tags: ["followup", "compare"],
    turns: [
      {
        question: "how did september go",
        expect: { calls: [{ name: "overview", args: { period: P.sep } }] },
      },
      {
        question: "whats worth calling out to the cmo",
        expect: cmp({
          metrics: ["revenue", "spend", "orders"],
          dimensions: ["channel"],
          period: P.sep,
          compareTo: P.aug,
        }),
      },
    ],
  },
  {
    id: "fix19b.email-per-send",
    tags: ["followup", "email"],
    turns: [
      {
        question: "email clicks by email campaign last quarter",
        expect: qm({ metrics: ["email_clicks"], dimensions: ["email_campaign"], timeRange: P.q3 }),
      },
      {
        question: "whats that per send",
        expect: {
          calls: [
            {
              name: "query_metrics",
              args: {
                metrics: ["email_revenue", "email_sends", "email_revenue_per_send"],
                dimensions: [],
                filters: [],
                timeRange: P.q3,
              },
            },
            {
              name: "query_metrics",
              args: {
                metrics: ["email_sends", "email_open_rate", "email_click_rate", "email_clicks"],
                dimensions: ["email_campaign"],
                filters: [],
                timeRange: P.q3,
              },
            },
          ],
        },
      },
    ],
  },
];
