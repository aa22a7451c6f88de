import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { withBothEnds } from "./both-ends.ts";
import { presentMetricResult } from "./query-metrics.ts";

/** Six campaigns ranked by CPA, lowest first, as the executor returns them. */
const CPAS: [string, number][] = [
  ["Alpha", 40],
  ["Bravo", 55.5],
  ["Charlie", 60],
  ["Delta", 72],
  ["Echo", 90.25],
  ["Foxtrot", 120],
];
const ranked: MetricResult = {
  columns: [
    { key: "campaign", label: "Campaign", kind: "dimension" },
    { key: "cpa", label: "Cost per acquisition", kind: "metric", unit: "currency", additive: false },
  ],
  rows: CPAS.map(([campaign, cpa]) => ({ campaign, cpa })),
  totals: { cpa: 70 },
  provenance: {
    definitions: [],
    timeRange: { from: "2026-07-01", to: "2026-09-30", timeZone: "America/New_York" },
    filters: [],
    rowCount: 6,
    dataFreshness: { adSpendThrough: "2026-10-31" },
    sql: { rows: "", params: [] },
  },
} as MetricResult;
const args = { metrics: ["cpa"], dimensions: ["campaign"], orderBy: [{ field: "cpa", direction: "asc" }] };

function ends(question: string): string[] {
  const ctx = { currency: "USD", timeZone: "America/New_York", question };
  const p = withBothEnds(presentMetricResult(ranked, args, ctx), ranked, args, ctx);
  return (p?.text ?? "").split("\n").filter((l) => /^(?:Top|Bottom|Best|Worst) |^- /.test(l));
}

describe("both ends of a ranking", () => {
  it("heads each end with the asker's best and worst, lowest cost first among the best", () => {
    expect(ends("2 best and 2 worst campaigns on cpa")).toEqual([
      "Best 2 by cost per acquisition (campaign), lowest first:",
      "- Alpha: $40.00",
      "- Bravo: $55.50",
      "Worst 2 by cost per acquisition (campaign), highest first:",
      "- Foxtrot: $120.00",
      "- Echo: $90.25",
    ]);
  });

  it("keeps top and bottom when those are the asker's words", () => {
    expect(ends("top 2 and bottom 2 campaigns by cpa").filter((l) => !l.startsWith("- "))).toEqual([
      "Bottom 2 by cost per acquisition (campaign):",
      "Top 2 by cost per acquisition (campaign):",
    ]);
  });

  it("leaves a ranking too short for two ends as it was", () => {
    const ctx = {
      currency: "USD",
      timeZone: "America/New_York",
      question: "3 best and 3 worst campaigns on cpa",
    };
    expect(withBothEnds(presentMetricResult(ranked, args, ctx), ranked, args, ctx)).toBeUndefined();
  });
});
