/**
 * Cases for session 16's left16d kind: a review that judges a period (wins and concerns, what
 * worked and what did not, what to tell the boss, a short update for the board) is the brief of
 * the period with its review (tools/brief review: the topline against the period before, then the
 * wins and the concerns ranked by size). Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const review = (
  period: Record<string, unknown>,
  wins: number,
  concerns: number,
  short: boolean,
): Expectation => ({ calls: [{ name: "brief", args: { period, review: { wins, concerns, short } } }] });

export const LEFT16D_CASES: SourceCase[] = [
  {
    id: "left16d.review-both-sides",
    tags: ["brief"],
    questions: [
      "what went right and what went wrong in september",
      "the highs and lows of september",
      "september: good and bad",
    ],
    expect: review(P.sep, 3, 3, false),
  },
  {
    id: "left16d.review-counted",
    tags: ["brief"],
    questions: ["two highlights and two lowlights for q3", "q3 in 2 wins and 2 concerns"],
    expect: review(P.q3, 2, 2, false),
  },
  {
    id: "left16d.review-tell-someone",
    tags: ["brief"],
    questions: [
      "what should i tell my manager about october",
      "what do we report to the board about october",
      "state of our marketing in october for the execs",
    ],
    expect: review(P.oct, 3, 3, true),
  },
  {
    id: "left16d.review-short-update",
    tags: ["brief"],
    questions: ["a short recap of last week for leadership", "quick readout of last week for the ceo"],
    expect: review(P.lastWeek, 3, 3, true),
  },
];
