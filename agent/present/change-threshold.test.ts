import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { ComparePeriodsData } from "../../tools/compare-periods/execute.ts";
import { collectGroundNumbers } from "../verify/ground-numbers.ts";
import { verifyAnswer } from "../verify/verify-answer.ts";
import { presentComparison } from "./analysis.ts";

const provenance: MetricResult["provenance"] = {
  definitions: [],
  timeRange: { from: "2026-10-01", to: "2026-10-31", timeZone: "America/New_York" },
  filters: [],
  rowCount: 4,
  dataFreshness: { adSpendThrough: "2026-10-31", adSpendFrom: "2025-11-01" },
  sql: { rows: "select ...", totals: "select ...", params: [] },
};

// Four channels' CPA, October against September (hand-made): search +25% and social +50% rose by
// more than 20%; display fell from $55 to $48 (below $50, and not before); affiliate fell from $45
// to $40 (below $50 on both sides). Email has no spend in September.
const cell = (current: number | null, previous: number | null) => ({ current, previous });
const data: ComparePeriodsData = {
  period: { from: "2026-10-01", to: "2026-10-31", timeZone: "America/New_York" },
  comparisonPeriod: { from: "2026-09-01", to: "2026-09-30" },
  totals: [
    {
      metric: "cpa",
      label: "Cost per acquisition",
      unit: "currency",
      additive: false,
      current: 60,
      previous: 50,
      change: 10,
      percentChange: 0.2,
      assessment: null,
    },
  ],
  rows: [
    { channel: "paid_search", cpa: cell(100, 80) },
    { channel: "paid_social", cpa: cell(90, 60) },
    { channel: "display", cpa: cell(48, 55) },
    { channel: "affiliate", cpa: cell(40, 45) },
    { channel: "email", cpa: cell(10, null) },
  ],
  provenance,
};
const labels = {
  channel: {
    paid_search: "Paid search",
    paid_social: "Paid social",
    display: "Display",
    affiliate: "Affiliate",
    email: "Email",
  },
};
const ask = (question: string, d: ComparePeriodsData = data) =>
  presentComparison(d, { currency: "USD", timeZone: "America/New_York", question, valueLabels: labels }).text;
const grounded = (text: string, question: string) =>
  expect(verifyAnswer(text, collectGroundNumbers([data]), { question }).ungrounded).toEqual([]);

describe("a change threshold on a comparison's members", () => {
  it("lists only the members that moved past it, largest move first", () => {
    const q = "channels where cpa went up more than 20% oct vs sep";
    const text = ask(q);
    expect(text).toBe(
      [
        "October 1–31, 2026 compared with September 1–30, 2026:",
        "Cost per acquisition: $60.00 (up 20.0% from $50.00).",
        "2 of the 4 channel rows with figures in both periods had cost per acquisition up more than 20%:",
        "- Paid social: $90.00 (up 50.0% from $60.00)",
        "- Paid search: $100.00 (up 25.0% from $80.00)",
      ].join("\n"),
    );
    grounded(text, q);
  });

  it("says none met it, with the closest, rather than listing every member", () => {
    const text = ask("which channels' cpa went up by more than $40 oct vs sep");
    expect(text.split("\n")[2]).toBe(
      "None of the 4 channel rows with figures in both periods had cost per acquisition up more than $40.00. The closest: Paid social: $90.00 (up 50.0% from $60.00).",
    );
  });

  it("reads a level crossed: below it now and not before", () => {
    const text = ask("channels whose cpa fell below $50 in october vs september");
    expect(text.split("\n").slice(2)).toEqual([
      "1 of the 4 channel rows with figures in both periods had cost per acquisition below $50.00 (and not before):",
      "- Display: $48.00 (down 12.7% from $55.00)",
    ]);
  });

  it("answers yes or no for a total", () => {
    const total = { ...data, rows: [] };
    expect(ask("was cpa up more than 20% in october vs september", total).split("\n")[2]).toBe(
      "No: Cost per acquisition was not up more than 20%.",
    );
    expect(ask("did cpa rise at least 20% in october vs september", total).split("\n")[2]).toBe(
      "Yes: Cost per acquisition was up at least 20%.",
    );
  });
});
