/**
 * Cases for session 12's fix7d kinds: the share of converting paths that start and/or end on a
 * channel (journeys first_last). Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const journeys = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "journeys", args }] });

export const FIX7D_CASES: SourceCase[] = [
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
