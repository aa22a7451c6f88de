/**
 * Phrasings for session 12's fix7d kinds: the share of converting paths with a given first and/or
 * last channel (journeys first_last with firstChannel/lastChannel). Written by hand as my own
 * wordings of the kinds; the blind sets (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const DEFAULT_30 = { from: "2026-10-02", to: "2026-10-31" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const BFCM_25 = { from: "2025-11-28", to: "2025-12-01" };

export const FIX7D: PhrasingRow[] = [
  // path-ends.ts: both ends of the path named.
  [
    "how many converting journeys begin on email and finish on direct",
    "journeys",
    { analysis: "first_last", firstChannel: "email", lastChannel: "direct", period: DEFAULT_30 },
  ],
  [
    "share of october paths that started with organic search and ended with paid search",
    "journeys",
    { analysis: "first_last", firstChannel: "organic_search", lastChannel: "paid_search", period: OCT },
  ],
  [
    "in q3 what fraction of journeys began on display and closed on affiliate",
    "journeys",
    { analysis: "first_last", firstChannel: "display", lastChannel: "affiliate", period: Q3 },
  ],
  // Only the last end named: where those paths began.
  [
    "paths ending in direct last month",
    "journeys",
    { analysis: "first_last", lastChannel: "direct", period: OCT },
  ],
  [
    "how many journeys end on email",
    "journeys",
    { analysis: "first_last", lastChannel: "email", period: DEFAULT_30 },
  ],
  // Only the first end named.
  [
    "what share of converting paths begin with organic search",
    "journeys",
    { analysis: "first_last", firstChannel: "organic_search", period: DEFAULT_30 },
  ],
  // time-holidays.ts: Black Friday through Cyber Monday named as one span is the four days.
  ["did shoppers we first won over black friday and cyber monday buy again", "cohorts", { period: BFCM_25 }],
  ["how much revenue from bf/cm last year", "query_metrics", { metrics: ["revenue"], timeRange: BFCM_25 }],
  ["orders over the bfcm weekend 2025", "query_metrics", { metrics: ["orders"], timeRange: BFCM_25 }],
  [
    "spend black friday through cyber monday by channel",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["channel"], timeRange: BFCM_25 },
  ],
  // funnel-intent.ts: a funnel's fall "and why" adds the conversion rate explained and localised.
  [
    "where did the email funnel leak most in september and what caused it",
    "funnel",
    {
      channel: "email",
      period: { from: "2026-09-01", to: "2026-09-30" },
      compareTo: { from: "2026-08-01", to: "2026-08-31" },
    },
  ],
  // break-window.ts: a rate's fall explained says when it broke (explain_change as before).
  [
    "why did the conversion rate for paid search tank in june",
    "explain_change",
    { metric: "conversion_rate", period: { from: "2026-06-01", to: "2026-06-30" } },
  ],
  [
    "how come display's cvr cratered in august",
    "explain_change",
    { metric: "conversion_rate", period: { from: "2026-08-01", to: "2026-08-31" } },
  ],
  // "ending in a purchase" is every converting path, not a channel.
  ["top paths ending in a purchase", "journeys", { analysis: "top_paths", period: DEFAULT_30 }],
];
