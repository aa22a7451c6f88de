/**
 * Cases for session 13's fix8a kinds, follow-up turns that change one part of the previous answer:
 * another attribution model for the same ROAS, a new amount for a move between channels, another
 * group of emails beside the newsletter, the states named re-broken by month, a bare "why" after
 * a ranking, and an update for a client with the movers (the overview). Own wordings; the blind
 * sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { budget, f, fNot, P, qm } from "./helpers.ts";

const overview = (period: unknown): Expectation => ({ calls: [{ name: "overview", args: { period } }] });
const NEWSLETTER = "Weekly Trail Notes";
const PROMOS = [
  "BF25 - Early Access",
  "Black Friday 2025",
  "Cyber Monday 2025",
  "Fall Camping Collection",
  "Holiday Gift Guide",
  "Labor Day Sale",
  "Last Shipping Day",
  "New Year Sale",
  "Spring Trail Launch",
  "Summer Sale",
];
const RATES = ["email_open_rate", "email_click_rate"];
/** A move of `amount` from affiliate to paid social in December, judged on profit. */
const move = (amount: number): Expectation =>
  budget({
    period: P.dec2026,
    level: "channel",
    lockedChannels: [],
    changes: [
      { dimension: "channel", value: "affiliate", changeAmount: -amount },
      { dimension: "channel", value: "paid_social", changeAmount: amount },
    ],
    objective: "profit",
  });

export const FIX8A_CASES: SourceCase[] = [
  {
    id: "fix8a.model-swap-keeps-roas",
    tags: ["followup", "attribution"],
    turns: [
      {
        question: "roas per channel for q3 using the markov model",
        expect: qm({
          metrics: ["roas"],
          dimensions: ["channel"],
          timeRange: P.q3,
          attributionModel: "markov",
        }),
      },
      {
        question: "switch it to last click",
        expect: qm({
          metrics: ["roas"],
          dimensions: ["channel"],
          timeRange: P.q3,
          attributionModel: "last_touch",
        }),
      },
    ],
  },
  {
    id: "fix8a.move-amount-swapped",
    tags: ["followup", "budget"],
    turns: [
      {
        question: "what happens to profit if i shift 5k from affiliate to paid social in december",
        expect: move(5000),
      },
      { question: "and with 15k?", expect: move(15000) },
    ],
  },
  {
    id: "fix8a.newsletter-vs-promos",
    tags: ["followup", "email"],
    turns: [
      {
        question: "open rate and click rate of the newsletter in september",
        expect: qm({ metrics: RATES, filters: [f("email_campaign", NEWSLETTER)], timeRange: P.sep }),
      },
      {
        question: "versus the promo emails",
        expect: qm({
          metrics: RATES,
          dimensions: ["email_campaign"],
          filters: [f("email_campaign", NEWSLETTER, ...PROMOS)],
          timeRange: P.sep,
        }),
      },
    ],
  },
  {
    id: "fix8a.named-states-by-month",
    tags: ["followup", "geo"],
    turns: [
      {
        question: "top 8 states by revenue",
        expect: qm({
          metrics: ["revenue"],
          dimensions: ["region"],
          filters: [fNot("region", "other")],
          timeRange: P.last30,
          orderBy: [{ field: "revenue", direction: "desc" }],
          limit: 8,
        }),
      },
      {
        question: "only TX and FL, monthly",
        expect: qm({
          metrics: ["revenue"],
          dimensions: ["date", "region"],
          filters: [fNot("region", "other"), f("region", "TX", "FL")],
          timeRange: P.range("2025-11-01", "2026-10-31"),
          grain: "month",
        }),
      },
    ],
  },
  {
    id: "fix8a.why-after-ranking",
    tags: ["followup", "ranking"],
    turns: [
      {
        question: "lowest 3 channels by roas in september",
        expect: qm({
          metrics: ["roas"],
          dimensions: ["channel"],
          timeRange: P.sep,
          orderBy: [{ field: "roas", direction: "asc" }],
          limit: 3,
        }),
      },
      {
        question: "how come?",
        expect: qm({
          metrics: ["roas", "spend", "cpc", "ctr", "clicks", "orders", "average_order_value", "revenue"],
          dimensions: ["channel"],
          timeRange: P.sep,
          orderBy: [{ field: "roas", direction: "asc" }],
        }),
      },
    ],
  },
  {
    id: "fix8a.client-update-movers",
    tags: ["overview"],
    questions: [
      "write a client recap for september: spend, revenue, roas and the biggest movers",
      "update for my boss on september with spend, roas and the top movers, 3 bullets",
      "client readout for september, revenue and roas plus key movers",
    ],
    expect: overview(P.sep),
  },
];
