/**
 * Cases for session 12's fix7d kinds: the share of converting paths that start and/or end on a
 * channel (journeys first_last). Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P, qm, why } from "./helpers.ts";

const journeys = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "journeys", args }] });

const PAID_SOCIAL = [{ field: "channel", op: "in", values: ["paid_social"] }];

export const FIX7D_CASES: SourceCase[] = [
  {
    // The answer says when the rate broke (tools/explain-change/break-window.ts).
    id: "fix7d.rate-fall-localised",
    tags: ["explain"],
    questions: ["how come paid social's conversion rate sank in august"],
    expect: why({ metric: "conversion_rate", period: P.aug, compareTo: P.jul, filters: PAID_SOCIAL }),
  },
  {
    // The note says orders are credited by attribution, checkouts by session channel.
    id: "fix7d.checkout-completion-by-channel",
    tags: ["funnel"],
    questions: ["q3 checkout conversion rate split by channel"],
    expect: qm({ metrics: ["checkout_completion_rate"], dimensions: ["channel"], timeRange: P.q3 }),
  },
  {
    id: "fix7d.paths-start-end",
    tags: ["journeys"],
    questions: ["what fraction of october journeys started on paid search and ended on direct"],
    expect: journeys({
      analysis: "first_last",
      firstChannel: "paid_search",
      lastChannel: "direct",
      period: P.oct,
    }),
  },
  {
    id: "fix7d.paths-ending-in",
    tags: ["journeys"],
    questions: ["which channels start the paths that end in email"],
    expect: journeys({ analysis: "first_last", lastChannel: "email", period: P.last30 }),
  },
];
