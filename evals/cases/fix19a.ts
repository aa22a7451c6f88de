/**
 * Cases for fix19a's kinds (session 24): a plain verdict verb asked of a named subject ("did X
 * work", "is X working", "did they help", "how much profit did our ads make", "are people tuning
 * out"): a named campaign against break-even over its run, the recorded holdouts with their
 * effect, each paid channel's profit at the margin, and the newsletter's rates per send week by
 * week. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { f, notNone, P, qm } from "./helpers.ts";

const call = (name: string, args: Record<string, unknown>): Expectation => ({ calls: [{ name, args }] });
const ALL_TIME = P.range("2025-11-01", "2026-10-31");
const LAST_12_WEEKS = P.range("2026-08-10", "2026-10-31");

/** A named campaign's break-even verdict over its run. */
const campaignVerdict = (id: number, period: { from: string; to: string }): Expectation => ({
  calls: [
    { name: "profitability", args: { analysis: "break_even", period } },
    {
      name: "query_metrics",
      args: {
        metrics: ["spend", "attributed_revenue", "roas"],
        dimensions: ["campaign"],
        filters: [f("campaign", id), notNone("campaign")],
        timeRange: period,
        orderBy: [{ field: "roas", direction: "desc" }],
      },
    },
  ],
});

export const FIX19A_CASES: SourceCase[] = [
  {
    id: "fix19a.campaign-worked",
    tags: ["campaigns", "profitability", "verdict"],
    questions: ["has the gear review publishers campaign worked?"],
    expect: campaignVerdict(1019, ALL_TIME),
  },
  {
    id: "fix19a.campaign-working",
    tags: ["campaigns", "profitability", "verdict"],
    questions: ["is the lookalike campaign working"],
    expect: campaignVerdict(1010, ALL_TIME),
  },
  {
    id: "fix19a.flighted-campaign-worked",
    tags: ["campaigns", "profitability", "verdict"],
    questions: [
      "did the festival camping tiktok campaign work",
      "was the tiktok festival camping one worth it",
    ],
    expect: campaignVerdict(1017, P.range("2026-06-15", "2026-08-15")),
  },
  {
    id: "fix19a.channel-and-campaign-worth",
    tags: ["campaigns", "profitability", "verdict"],
    questions: [
      "how's display going? is the remarketing campaign worth keeping?",
      "hows display doing, is the remarketing campaign paying off",
    ],
    expect: {
      calls: [
        { name: "profitability", args: { analysis: "break_even", period: ALL_TIME } },
        {
          name: "query_metrics",
          args: {
            metrics: ["spend", "attributed_revenue", "roas"],
            dimensions: ["campaign"],
            filters: [f("channel", "display"), notNone("campaign")],
            timeRange: ALL_TIME,
            orderBy: [{ field: "roas", direction: "desc" }],
          },
        },
      ],
    },
  },
  {
    id: "fix19a.changes-worked",
    tags: ["campaigns", "history"],
    questions: ["did our recent tests work", "what did we change lately and did it help"],
    expect: call("campaigns", { analysis: "holdout" }),
  },
  {
    id: "fix19a.paid-profit",
    tags: ["profitability"],
    questions: ["did paid make us any money in q3", "profit from our ads last quarter"],
    expect: call("profitability", { analysis: "channel_profit", period: P.q3 }),
  },
  {
    id: "fix19a.list-fatigue-count-as-rate",
    tags: ["email", "trend"],
    questions: ["are we emailing too much? unsubscribes going up?"],
    expect: qm({
      metrics: ["email_unsubscribe_rate", "email_open_rate", "email_click_rate", "email_sends"],
      dimensions: ["date"],
      timeRange: LAST_12_WEEKS,
      grain: "week",
    }),
  },
];
