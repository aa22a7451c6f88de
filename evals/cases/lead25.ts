/**
 * Cases for session 25's lead kinds: what a channel returned, efficiency against a season, organic
 * keywords (declined, organic search's own figures), spend against a plan, what each kind of
 * customer spends, payback by channel, the gap before a second order, lift from a channel, pause
 * candidates and one side of a review. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { cmp, f, P, qm } from "./helpers.ts";

const ALL_DATA = P.range("2025-11-01", "2026-10-31");
const cohorts = (args: Record<string, unknown>) => ({
  calls: [{ name: "cohorts", args: { period: ALL_DATA, ...args } }],
});
const campaigns = (args: Record<string, unknown>) => ({ calls: [{ name: "campaigns", args }] });

export const LEAD25_CASES: SourceCase[] = [
  {
    id: "lead25.channel-returned",
    tags: ["roas"],
    questions: ["what did display return in q2", "what are we getting back from display in q2"],
    expect: qm({
      metrics: ["spend", "revenue", "roas"],
      filters: [f("channel", "display")],
      timeRange: P.q2,
    }),
  },
  {
    id: "lead25.efficiency-vs-season",
    tags: ["compare", "mer"],
    questions: ["are we more efficient than we were in the spring", "efficiency now vs the spring"],
    expect: cmp({
      metrics: ["mer", "roas", "cac"],
      period: P.range("2026-08-01", "2026-10-31"),
      compareTo: P.range("2026-03-01", "2026-05-31"),
    }),
  },
  {
    id: "lead25.organic-keywords",
    tags: ["missing-data"],
    questions: ["what keywords drive organic traffic in september", "top seo keywords in september"],
    expect: qm({
      metrics: ["sessions", "orders", "revenue"],
      filters: [f("channel", "organic_search")],
      timeRange: P.sep,
    }),
  },
  {
    id: "lead25.spend-vs-plan",
    tags: ["campaigns", "budget"],
    questions: ["how much did we spend vs plan in q3", "were we close to budget in q3"],
    expect: campaigns({ analysis: "pacing", period: P.q3 }),
  },
  {
    id: "lead25.customer-spend-by-type",
    tags: ["customers"],
    questions: [
      "are returning customers spending more than new ones in october",
      "do repeat buyers spend more in october",
    ],
    expect: qm({
      metrics: ["revenue_per_customer", "average_order_value"],
      dimensions: ["customer_type"],
      timeRange: P.oct,
    }),
  },
  {
    id: "lead25.payback-best",
    tags: ["cohorts"],
    questions: ["which channel has the best payback", "fastest payback channel"],
    expect: cohorts({ groupBy: "first_touch_channel", show: "payback" }),
  },
  {
    id: "lead25.reorder-gap",
    tags: ["cohorts"],
    questions: [
      "how long until a new customer orders again",
      "how long before a first time buyer comes back",
    ],
    expect: cohorts({ groupBy: "first_touch_channel", show: "repeat_gap" }),
  },
  {
    id: "lead25.lift-past",
    tags: ["incrementality"],
    questions: ["what was the lift from paid search", "what lift did we get from paid search"],
    expect: campaigns({ analysis: "holdout", channel: "paid_search" }),
  },
  {
    id: "lead25.pause-candidates",
    tags: ["advice"],
    questions: ["pause candidates", "anything we should pause?"],
    expect: { calls: [{ name: "recommend", args: { focus: "campaigns" } }] },
  },
];
