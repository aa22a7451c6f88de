/**
 * Cases for session 22's experiment, budget and verdict fixes (fix17c): a told budget change kept
 * with its ask, a direction asked as a clause, email list fatigue, "did X stop working", campaign
 * and modal what-ifs, and the driver of a series asked after it. Own wordings; the blind sets are
 * held out.
 */
import type { SourceCase } from "../types.ts";
import { budget, decline, f, qm, why } from "./helpers.ts";

const LAST_12_WEEKS = { from: "2026-08-10", to: "2026-10-31" };
const NEXT_MONTH = { from: "2026-11-01", to: "2026-11-30" };
const BRAND_SEARCH = 1001;
const change = (args: Record<string, unknown>) => ({ calls: [{ name: "campaigns", args }] });

export const FIX17C_CASES: SourceCase[] = [
  {
    id: "fix17c.told-budget-change",
    tags: ["campaigns", "budget"],
    questions: [
      "so we bumped the affiliate budget quite a bit in september because the team wanted to test it. did the extra spend actually bring in more sales or not?",
      "after we doubled the affiliate budget in september did it bring more orders",
    ],
    expect: change({
      analysis: "change",
      around: { from: "2026-09-01", to: "2026-09-30" },
      channel: "affiliate",
    }),
  },
  {
    id: "fix17c.past-cut-of-a-channel",
    tags: ["campaigns", "budget"],
    questions: ["we cut paid search spend in july - did that make any revenue difference"],
    expect: change({
      analysis: "change",
      around: { from: "2026-07-01", to: "2026-07-31" },
      channel: "paid_search",
    }),
  },
  {
    id: "fix17c.direction-clause",
    tags: ["trend"],
    questions: ["what has cvr been doin over the last 3 months"],
    expect: qm({
      metrics: ["conversion_rate"],
      dimensions: ["date"],
      timeRange: { from: "2026-08-01", to: "2026-10-31" },
      grain: "week",
    }),
  },
  {
    id: "fix17c.email-list-fatigue",
    tags: ["email", "trend"],
    questions: ["are subscribers getting sick of our emails"],
    expect: qm({
      metrics: ["email_open_rate", "email_click_rate", "email_unsubscribe_rate", "email_sends"],
      dimensions: ["date"],
      timeRange: LAST_12_WEEKS,
      grain: "week",
    }),
  },
  {
    id: "fix17c.stopped-working",
    tags: ["trend", "verdict"],
    questions: ["has paid social stopped working"],
    expect: qm({
      metrics: ["revenue", "orders", "spend", "roas"],
      dimensions: ["date"],
      filters: [f("channel", "paid_social")],
      timeRange: LAST_12_WEEKS,
      grain: "week",
    }),
  },
  {
    id: "fix17c.stopped-working-missing-platform",
    tags: ["scope"],
    questions: ["did pinterest stop working"],
    expect: decline,
  },
  {
    id: "fix17c.campaign-what-if",
    tags: ["budget", "campaigns"],
    questions: ["cut brand search budget by 30% - impact on revenue?"],
    expect: budget({
      period: NEXT_MONTH,
      changes: [{ dimension: "campaign", value: BRAND_SEARCH, changePercent: -30 }],
    }),
  },
  {
    id: "fix17c.modal-what-if",
    tags: ["budget"],
    questions: ["would cutting display hurt total revenue"],
    expect: budget({
      period: NEXT_MONTH,
      changes: [{ dimension: "channel", value: "display", changePercent: -100 }],
    }),
  },
  {
    id: "fix17c.series-driver",
    tags: ["followup", "explain"],
    turns: [
      {
        question: "affiliate revenue by month this year",
        expect: qm({
          metrics: ["revenue"],
          dimensions: ["date"],
          filters: [f("channel", "affiliate")],
          timeRange: { from: "2026-01-01", to: "2026-11-01" },
          grain: "month",
        }),
      },
      {
        question: "which partner drove that?",
        expect: why({
          metric: "revenue",
          period: { from: "2026-10-01", to: "2026-10-31" },
          compareTo: { from: "2026-01-01", to: "2026-01-31" },
          dimensions: ["campaign"],
          filters: [f("channel", "affiliate")],
        }),
      },
    ],
  },
];
