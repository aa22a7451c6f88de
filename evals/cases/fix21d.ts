/**
 * Cases for session 26's named periods and events (fix21d): a holiday pair with one side before the
 * data, a "normal" week kept out of the BF25 window, a named spend spike and its cost above normal,
 * a holdout named with an ad platform, spend asked with what it brought back (and by channel
 * after). Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { anomalies, cmp, f, P, qm } from "./helpers.ts";

const call = (name: string, args: Record<string, unknown>): Expectation => ({ calls: [{ name, args }] });
const may = P.range("2026-05-01", "2026-05-31");
const spike = anomalies({
  metrics: ["spend", "revenue", "orders"],
  period: may,
  filters: [f("campaign", 1009)],
});
const returnMetrics = ["spend", "revenue", "roas", "mer"];

export const FIX21D_CASES: SourceCase[] = [
  {
    id: "fix21d.holiday-pair-before-data",
    tags: ["time", "overview"],
    questions: ["how did christmas 2024 go compared to christmas 2025"],
    expect: call("overview", { period: P.range("2025-12-25", "2025-12-25") }),
  },
  {
    id: "fix21d.holiday-bare-year",
    tags: ["time"],
    questions: ["cyber monday 2025 vs 2024 revenue"],
    expect: cmp({
      metrics: ["revenue"],
      period: P.range("2025-12-01", "2025-12-01"),
      compareTo: P.range("2024-12-02", "2024-12-02"),
    }),
  },
  {
    id: "fix21d.normal-week-before-window",
    tags: ["time"],
    questions: [
      "revenue in black friday week vs a regular week",
      "black friday week revenue against an ordinary week before it",
    ],
    expect: cmp({
      metrics: ["revenue"],
      period: P.range("2025-11-24", "2025-11-30"),
      compareTo: P.range("2025-11-10", "2025-11-16"),
    }),
  },
  {
    id: "fix21d.named-spike",
    tags: ["anomalies"],
    questions: [
      "tell me about the runaway spend on advantage+ in may",
      "why did advantage+ spend spike in may",
      "walk me through the spend surge on advantage plus last may",
    ],
    expect: spike,
  },
  {
    id: "fix21d.named-spike-cost",
    tags: ["anomalies", "followup"],
    turns: [
      { question: "explain the advantage+ spend surge in may", expect: spike },
      { question: "how much over normal was it", expect: spike },
    ],
  },
  {
    id: "fix21d.holdout-platform",
    tags: ["campaigns"],
    questions: ["tiktok holdout oct: incremental or not?", "did the meta holdout in october prove anything"],
    expect: call("campaigns", { analysis: "holdout", channel: "paid_social", around: P.oct }),
  },
  {
    id: "fix21d.spend-return",
    tags: ["followup"],
    turns: [
      {
        question: "what did we spend during holiday25 and what did it return",
        expect: qm({ metrics: returnMetrics, timeRange: P.range("2025-12-03", "2025-12-22") }),
      },
      {
        question: "split by channel",
        expect: qm({
          metrics: ["spend", "revenue", "roas"],
          dimensions: ["channel"],
          timeRange: P.range("2025-12-03", "2025-12-22"),
        }),
      },
    ],
  },
];
