/**
 * Phrasings for session 16's left16d kind: a review that judges a period (wins and concerns, what
 * worked and what did not, highlights and lowlights, what to tell the boss, a short update for the
 * board): the brief of the period read as a review (review-shape.ts), with how many of each side
 * and whether to keep it short. Written by hand as my own wordings; the blind sets (evals/blind/)
 * are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const AUG = { from: "2026-08-01", to: "2026-08-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const LAST_WEEK = { from: "2026-10-19", to: "2026-10-25" };
const both = (short = false) => ({ wins: 3, concerns: 3, short });

export const LEFT16D: PhrasingRow[] = [
  // Both sides named: wins and concerns, 3 each unless counted.
  ["highs and lows of september please", "brief", { period: SEPT, review: both() }],
  [
    "give me 2 highlights and 2 lowlights from the third quarter",
    "brief",
    { period: Q3, review: { wins: 2, concerns: 2 } },
  ],
  ["what went right and what went wrong in august", "brief", { period: AUG, review: both() }],
  ["good and bad from last week", "brief", { period: LAST_WEEK, review: both() }],
  ["october's hits and misses, four of each", "brief", { period: OCT, review: { wins: 4, concerns: 4 } }],
  ["list our successes and our problems in q3", "brief", { period: Q3, review: both() }],
  [
    "one big win and two concerns from september",
    "brief",
    { period: SEPT, review: { wins: 1, concerns: 2 } },
  ],
  // What to tell someone, the state of marketing for the board: a short review.
  ["what do i tell the ceo about september", "brief", { period: SEPT, review: both(true) }],
  ["what should we report to the client about last month", "brief", { period: OCT, review: both(true) }],
  ["state of our marketing for the execs in october", "brief", { period: OCT, review: both(true) }],
  // An update written for someone, with a side named or asked short.
  [
    "a quick recap for my manager with the wins from october",
    "brief",
    { period: OCT, review: { wins: 3, concerns: 0 } },
  ],
  ["leadership readout for q3, keep it tight", "brief", { period: Q3, review: { short: true } }],
  ["summary for the board on august, one paragraph", "brief", { period: AUG, review: { short: true } }],
];
