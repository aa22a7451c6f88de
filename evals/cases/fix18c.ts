/**
 * Cases for session 23's verdict fixes (fix18c): whether a paid channel or platform is worth it (a
 * verdict against break-even, the follow-up naming the next one), more budget weighed for one
 * campaign (its own next dollar), what to do about the campaign an answer named, the one number
 * that matters (MER, and why), and LTV by channel with how sure. Own wordings; the blind sets are
 * held out.
 */
import type { SourceCase } from "../types.ts";
import { budget, f, notNone, P, qm } from "./helpers.ts";

const LAST_30 = P.range("2026-10-02", "2026-10-31");
const BEFORE_30 = P.range("2026-09-02", "2026-10-01");
const NEXT_MONTH = { from: "2026-11-01", to: "2026-11-30" };
const TENTS_SEARCH = 1002;
const GEAR_REVIEWS = 1019;
const CART_ABANDONERS = 1011;

const compare = (metrics: string[], filters: unknown[]) => ({
  name: "compare_periods",
  args: { metrics, period: LAST_30, compareTo: BEFORE_30, dimensions: [], filters },
});
const breakEven = { name: "profitability", args: { analysis: "break_even", period: LAST_30 } };
const nextDollar = (campaign: number) =>
  budget({
    period: NEXT_MONTH,
    changes: [{ dimension: "campaign", value: campaign, changePercent: 10 }],
    objective: "profit",
  });

const worstInOctober = qm({
  metrics: ["roas"],
  dimensions: ["campaign"],
  filters: [notNone("campaign")],
  timeRange: P.oct,
  orderBy: [{ field: "roas", direction: "asc" }],
  limit: 1,
});

export const FIX18C_CASES: SourceCase[] = [
  {
    id: "fix18c.worth-it-verdict",
    tags: ["verdict", "profitability"],
    questions: ["r we wasting money on paid social", "paid social - worth the money or not?"],
    expect: { calls: [compare(["roas"], [f("channel", "paid_social")]), breakEven] },
  },
  {
    id: "fix18c.worth-it-next-member",
    tags: ["verdict", "conversation"],
    turns: [
      {
        question: "is google ads paying off",
        expect: { calls: [compare(["roas"], [f("platform", "google_ads")]), breakEven] },
      },
      {
        question: "and meta?",
        expect: { calls: [compare(["roas"], [f("platform", "meta_ads")]), breakEven] },
      },
    ],
  },
  {
    id: "fix18c.campaign-raise",
    tags: ["budget", "campaigns"],
    questions: [
      "should we put more money into Search - NonBrand - Tents & Shelters",
      "can i scale up the tents and shelters search campaign",
    ],
    expect: nextDollar(TENTS_SEARCH),
  },
  {
    id: "fix18c.campaign-raise-affiliate",
    tags: ["budget", "campaigns"],
    questions: ["is it smart to give Affiliate - Gear Review Publishers more budget"],
    expect: nextDollar(GEAR_REVIEWS),
  },
  {
    id: "fix18c.act-on-named-campaign",
    tags: ["advice", "conversation"],
    turns: [
      { question: "which campaign did worst on roas in october", expect: worstInOctober },
      {
        question: "how do we fix that",
        expect: { calls: [...worstInOctober.calls!, ...nextDollar(CART_ABANDONERS).calls!] },
      },
    ],
  },
  {
    id: "fix18c.one-number",
    tags: ["verdict", "exec"],
    questions: ["if you could only track one kpi which one", "our north star metric?"],
    expect: { calls: [compare(["mer"], []), breakEven] },
  },
  {
    id: "fix18c.ltv-how-sure",
    tags: ["cohorts", "conversation"],
    turns: [
      {
        question: "which channel's customers have the best lifetime value",
        expect: {
          calls: [
            {
              name: "cohorts",
              args: { period: P.range("2025-11-01", "2026-10-31"), groupBy: "first_touch_channel" },
            },
          ],
        },
      },
      {
        question: "how confident are you in that",
        expect: {
          calls: [
            {
              name: "cohorts",
              args: { period: P.range("2025-11-01", "2026-10-31"), groupBy: "first_touch_channel" },
            },
          ],
        },
      },
    ],
  },
];
