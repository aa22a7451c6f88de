/**
 * Cases for session 21's fix16e kinds: analyses asked for in words the planner read as a plain
 * figure: a pause told as a gerund and "would have happened anyway" (the recorded holdout), pacing
 * against targets, where customers come from (first-touch channel), a promotion's customers coming
 * back (the cohort first ordering in its window), one campaign under two attribution models, and a
 * channel word said of one platform among several. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { f, P, qm } from "./helpers.ts";

const call = (name: string, args: Record<string, unknown>): Expectation => ({ calls: [{ name, args }] });

export const FIX16E_CASES: SourceCase[] = [
  {
    id: "fix16e.pause-gerund",
    tags: ["campaigns", "tests"],
    questions: [
      "did switching off display in june cost us orders",
      "so pausing display in june - did sales dip?",
    ],
    expect: call("campaigns", {
      analysis: "holdout",
      channel: "display",
      around: P.range("2026-06-01", "2026-06-30"),
    }),
  },
  {
    id: "fix16e.anyway-clause",
    tags: ["campaigns", "tests"],
    questions: [
      "would those paid search sales have come in regardless",
      "how much paid search revenue would we have gotten anyway",
    ],
    expect: call("campaigns", { analysis: "holdout", channel: "paid_search" }),
  },
  {
    id: "fix16e.pacing-vs-target",
    tags: ["targets"],
    questions: [
      "are spend and revenue on pace vs goal for october",
      "spend and revenue pacing against targets in october",
    ],
    expect: qm({ metrics: ["spend", "revenue"], timeRange: P.oct }),
  },
  {
    id: "fix16e.customers-come-from",
    tags: ["customers"],
    questions: [
      "where are our buyers coming from last quarter",
      "which channels do most of our shoppers come from in q3",
    ],
    expect: qm({
      metrics: ["new_customers"],
      dimensions: ["channel"],
      attributionModel: "first_touch",
      timeRange: P.q3,
    }),
  },
  {
    id: "fix16e.promotion-cohort",
    tags: ["cohorts"],
    questions: [
      "did the summer26 shoppers ever order again",
      "repeat rate of customers we picked up in the summer26 campaigns",
    ],
    expect: call("cohorts", {
      period: P.range("2026-06-01", "2026-08-31"),
      groupBy: "first_touch_channel",
      show: "repeat",
    }),
  },
  {
    id: "fix16e.one-campaign-models",
    tags: ["attribution"],
    questions: [
      "is last touch giving the brand campaign too much credit? compare last touch and linear for it in q3",
    ],
    expect: call("attribution", {
      models: ["last_touch", "linear"],
      level: "campaign",
      campaigns: [1001],
      period: P.q3,
    }),
  },
  {
    id: "fix16e.one-platform-channel",
    tags: ["normalization"],
    questions: ["cpc on meta vs tiktok vs google search in q3", "q3 cpc: facebook, tiktok and google search"],
    expect: qm({
      metrics: ["cpc"],
      dimensions: ["platform", "channel"],
      filters: [
        f("platform", "meta_ads", "tiktok_ads", "google_ads"),
        f("channel", "paid_search", "paid_social"),
      ],
      timeRange: P.q3,
    }),
  },
];
