/**
 * Cases for session 18's para18: other wordings of set 12's asks, each with the figures the core
 * computes (a holiday weekend said short against a normal one, a budget move said "model moving",
 * a ranking asked for a deck, a fiscal quarter spelled out, the may cohort, how fast a measure
 * grows step to step). Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { budget, cmp, f, notNone, qm } from "./helpers.ts";

export const PARA18_CASES: SourceCase[] = [
  {
    id: "para18.holiday-weekend-vs-a-normal-one",
    tags: ["compare", "period"],
    questions: ["how did bf weekend 2025 compare with a typical weekend on sessions"],
    expect: cmp({
      metrics: ["sessions"],
      period: { from: "2025-11-28", to: "2025-11-30" },
      // fix21d: a typical weekend is the last one before the BF25 window (Nov 20 - Dec 2).
      compareTo: { from: "2025-11-14", to: "2025-11-16" },
    }),
  },
  {
    id: "para18.model-moving-budget",
    tags: ["budget"],
    questions: ["model moving $1k a month from paid social to affiliate next month"],
    expect: budget({
      period: { from: "2026-11-01", to: "2026-11-30" },
      changes: [
        { dimension: "channel", value: "paid_social", changeAmount: -1000 },
        { dimension: "channel", value: "affiliate", changeAmount: 1000 },
      ],
    }),
  },
  {
    id: "para18.ranking-asked-for-a-deck",
    tags: ["rank"],
    questions: ["putting together the mbr deck - top 3 campaigns by revenue in september"],
    expect: qm({
      metrics: ["revenue"],
      dimensions: ["campaign"],
      filters: [notNone("campaign")],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
      orderBy: [{ field: "revenue", direction: "desc" }],
      limit: 3,
    }),
  },
  {
    id: "para18.fiscal-quarter-spelled-out",
    tags: ["query", "period"],
    questions: ["paid search spend for fiscal quarter 2"],
    expect: qm({
      metrics: ["spend"],
      filters: [f("channel", "paid_search")],
      timeRange: { from: "2026-04-01", to: "2026-06-30" },
    }),
  },
  {
    id: "para18.how-fast-growing-step-to-step",
    tags: ["trend"],
    questions: ["how fast are orders growing quarter to quarter"],
    expect: qm({
      metrics: ["orders"],
      dimensions: ["date"],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      grain: "quarter",
    }),
  },
];
