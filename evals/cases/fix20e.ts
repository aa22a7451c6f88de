/**
 * Cases for session 25's catalog misses (fix20e): money lost to returns (untracked, said first,
 * then orders and revenue), whether a channel did anything (the verdict with its holdout), the
 * tests run with which worked (the list, then the holdouts), a name a send and ad campaigns share
 * (both answered), and campaign words listed without commas (each its own campaigns). Own
 * wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, notNone, P, qm } from "./helpers.ts";

const SUMMER = P.range("2026-06-01", "2026-08-31");
const SPRING = P.range("2026-03-01", "2026-05-31");
const ALL_TIME = P.range("2025-11-01", "2026-10-31");
const SEND_MEASURES = ["email_sends", "email_opens", "email_clicks", "email_open_rate", "email_click_rate"];

export const FIX20E_CASES: SourceCase[] = [
  {
    id: "fix20e.returns-lost",
    tags: ["no data"],
    questions: ["how much revenue did returns eat in september", "what did returns cost us in september"],
    expect: qm({ metrics: ["orders", "revenue"], timeRange: P.sep }),
  },
  {
    id: "fix20e.channel-did-anything",
    tags: ["verdict", "experiments"],
    questions: ["did display help at all this summer", "has display moved the needle this summer"],
    expect: {
      calls: [
        {
          name: "compare_periods",
          args: {
            metrics: ["roas"],
            period: SUMMER,
            compareTo: SPRING,
            dimensions: [],
            filters: [f("channel", "display")],
          },
        },
        { name: "profitability", args: { analysis: "break_even", period: SUMMER } },
        { name: "campaigns", args: { analysis: "holdout", channel: "display", around: SUMMER } },
      ],
    },
  },
  {
    id: "fix20e.tests-and-which-worked",
    tags: ["experiments"],
    questions: [
      "tests we ran this yr - which ones were successful?",
      "what did we test this year and what happened",
    ],
    expect: {
      calls: [
        { name: "campaigns", args: { analysis: "planned", period: P.ytd } },
        { name: "campaigns", args: { analysis: "holdout", around: P.ytd } },
      ],
    },
  },
  {
    id: "fix20e.send-and-ads-sharing-a-name",
    tags: ["campaigns", "email"],
    questions: ["how did all the holiday gift guide stuff do", "holiday gift guide - how'd it go?"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["revenue", "spend", "roas", "orders"],
            dimensions: ["campaign"],
            filters: [f("campaign", 1008, 1013)],
            timeRange: ALL_TIME,
          },
        },
        {
          name: "query_metrics",
          args: {
            metrics: SEND_MEASURES,
            dimensions: [],
            filters: [f("email_campaign", "Holiday Gift Guide")],
            timeRange: ALL_TIME,
          },
        },
      ],
    },
  },
  {
    id: "fix20e.campaign-words-listed",
    tags: ["campaigns", "affiliate"],
    questions: ["compare the coupon, review and cashback partners"],
    expect: qm({
      metrics: ["revenue", "spend", "roas", "orders"],
      dimensions: ["campaign"],
      filters: [f("channel", "affiliate"), f("campaign", 1018, 1019, 1020), notNone("campaign")],
      timeRange: ALL_TIME,
    }),
  },
];
