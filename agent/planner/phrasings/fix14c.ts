/**
 * Phrasings for fix14c's kinds (session 19): journeys filtered by where a channel sits (closing,
 * anywhere on the path, one channel closing after another) and a switch between attribution
 * models read as each channel's change. My own wordings; the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const LAST30 = { from: "2026-10-02", to: "2026-10-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

export const FIX14C: PhrasingRow[] = [
  // journey-closers.ts: the first touches of the journeys a channel closed.
  [
    "customers who close on email, where did they first come from",
    "journeys",
    { analysis: "first_last", lastChannel: "email", period: LAST30 },
  ],
  [
    "in q3, orders that closed on paid search: what first touch brought those buyers in",
    "journeys",
    { analysis: "first_last", lastChannel: "paid_search", period: Q3 },
  ],
  [
    "buyers whose last touch was affiliate, what was their first touch channel",
    "journeys",
    { analysis: "first_last", lastChannel: "affiliate" },
  ],
  [
    "orders where direct was the last click: which channel introduced them",
    "journeys",
    { analysis: "first_last", lastChannel: "direct" },
  ],
  [
    "where do shoppers who convert via organic search first find us",
    "journeys",
    { analysis: "first_last", lastChannel: "organic_search" },
  ],
  // journey-closers.ts: one channel closing after another was already on the path.
  [
    "share of affiliate last clicks that had paid search earlier in the path",
    "journeys",
    { analysis: "first_last", lastChannel: "affiliate", earlierChannel: "paid_search" },
  ],
  [
    "how often does affiliate close the sale after a paid search click",
    "journeys",
    { analysis: "first_last", lastChannel: "affiliate", earlierChannel: "paid_search" },
  ],
  [
    "is affiliate poaching paid social conversions",
    "journeys",
    { analysis: "first_last", lastChannel: "affiliate", earlierChannel: "paid_social" },
  ],
  [
    "how many affiliate-closed orders had a paid social touch earlier in q3",
    "journeys",
    { analysis: "first_last", lastChannel: "affiliate", earlierChannel: "paid_social", period: Q3 },
  ],
  // journey-intent.ts: a channel anywhere on the path, not only where it began.
  [
    "top converting paths featuring email anywhere",
    "journeys",
    { analysis: "top_paths", anyTouch: ["email"] },
  ],
  [
    "journeys that pass through paid social at some point",
    "journeys",
    { analysis: "top_paths", anyTouch: ["paid_social"] },
  ],
  [
    "most common purchase paths involving referral last quarter",
    "journeys",
    { analysis: "top_paths", anyTouch: ["referral"], period: Q3 },
  ],
  ["top paths with a display touch", "journeys", { analysis: "top_paths", anyTouch: ["display"] }],
  // intent.ts, attribution-switch.ts: a move between models is attribution, both models in order.
  [
    "if we moved from linear to last click, who loses the most",
    "attribution",
    { models: ["linear", "last_touch"], level: "channel" },
  ],
  [
    "biggest winner if we changed attribution from last click to time decay",
    "attribution",
    { models: ["last_touch", "time_decay"] },
  ],
  [
    "what happens to each channel's revenue going from first touch to last touch attribution in q3",
    "attribution",
    { models: ["first_touch", "last_touch"], period: Q3 },
  ],
];
