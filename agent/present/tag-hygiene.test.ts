import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { tagHygieneText } from "./tag-hygiene.ts";

/** Orders by source / medium for October. */
function bySourceMedium(rows: [string, number][]): MetricResult {
  return {
    columns: [
      { key: "source_medium", label: "Source / medium", kind: "dimension" },
      { key: "orders", label: "Orders", kind: "metric", additive: true },
    ],
    rows: rows.map(([source_medium, orders]) => ({ source_medium, orders })),
    totals: {},
    provenance: { timeRange: { from: "2026-10-01", to: "2026-10-31", timeZone: "UTC" }, filters: [] },
  } as unknown as MetricResult;
}
const ASK = "which sources look mis-tagged";

describe("tagHygieneText (fix14b)", () => {
  it("names each pair that breaks a rule, with the reason", () => {
    const text = tagHygieneText(
      bySourceMedium([
        ["google / cpc", 40],
        ["Facebook / paid_social", 12],
        ["facebook / paid_social", 30],
        ["newsletter / (none)", 8],
        ["(direct) / email", 3],
        ["coupons.example / cpc", 2],
        ["(direct) / (none)", 50],
      ]),
      ASK,
    );
    expect(text.split("\n").slice(1, 8)).toEqual([
      "These look off:",
      "- Facebook / paid_social (12 orders): the same source also spelled 'facebook'",
      "- facebook / paid_social (30 orders): the same source also spelled 'Facebook'",
      "- newsletter / (none) (8 orders): no medium outside direct",
      "- (direct) / email (3 orders): direct with a medium",
      "- coupons.example / cpc (2 orders): a paid medium on a source that is not an ad platform",
      "Every pair, by orders:",
    ]);
  });

  it("says none look off when every pair passes, and nothing when not asked", () => {
    const clean = bySourceMedium([
      ["google / organic", 10],
      ["(direct) / (none)", 5],
    ]);
    expect(tagHygieneText(clean, ASK)).toContain("None of the 2 pairs looks mis-tagged.");
    expect(tagHygieneText(clean, "orders by source medium")).toBe("");
  });
});
