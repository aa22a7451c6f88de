/** fix18a: the targets ranked by how far off they are ("which one are we furthest from"). */
import { describe, expect, it } from "vitest";
import type { TargetCheckRow } from "../../tools/query-metrics/targets.ts";
import { targetText } from "./targets.ts";

const column = (key: string, label: string, unit: string, format?: string) => ({
  key,
  label,
  unit,
  format,
  kind: "metric",
});
const COLUMNS = [
  column("revenue", "Revenue", "currency"),
  column("spend", "Ad spend", "currency"),
  column("roas", "Return on ad spend", "ratio"),
  column("orders", "Orders", "count", "integer"),
  column("cpa", "Cost per acquisition", "currency"),
  column("cac", "Customer acquisition cost", "currency"),
];
const check = (metric: string, target: number, actual: number, met: boolean): TargetCheckRow => ({
  targetId: 1,
  metric,
  filterDimension: null,
  filterValue: null,
  target,
  direction: metric === "cpa" ? "at_most" : "at_least",
  period: "none",
  actual,
  met,
  gap: Math.abs(actual - target),
});
// CPA misses by 25% of its target, ROAS by 50%, revenue is met.
const CHECKS = [check("revenue", 1000, 1200, true), check("roas", 2, 1, false), check("cpa", 40, 50, false)];
const ctx = (question: string) => ({ currency: "USD", timeZone: "America/New_York", question });

describe("targetText, ranked by gap", () => {
  it("leads with the missed target furthest from its own value, relative to the target", () => {
    const text = targetText(CHECKS, COLUMNS, ctx("which one are we furthest from"));
    expect(text.split("\n")[0]).toBe(
      "Furthest from its target (of the 2 missed): Return on ad spend 1.00x misses its target of at least 2.00x, by 1.00x.",
    );
  });

  it("leads with the closest missed one when asked what is closest", () => {
    const text = targetText(CHECKS, COLUMNS, ctx("what are we closest to hitting"));
    expect(text.split("\n")[0]).toBe(
      "Closest to its target (of the 2 missed): Cost per acquisition $50.00 misses its target of at most $40.00, by $10.00.",
    );
  });

  it("says every target is met when none is missed", () => {
    const text = targetText([CHECKS[0]!], COLUMNS, ctx("where's the biggest gap"));
    expect(text.split("\n")[0]).toBe("Every target compared here is met, so none is behind.");
  });

  it("says none can be ranked when no target is set", () => {
    const text = targetText([], COLUMNS, ctx("which one are we furthest from"));
    expect(text).toBe(
      'No targets are set for Revenue, Ad spend, Return on ad spend, Orders, Cost per acquisition or Customer acquisition cost, so none can be furthest from (or closest to) its target. An analyst or admin can set one with POST /api/v1/targets, e.g. { "metric": "revenue", "target": <value> }.',
    );
  });

  it("says nothing of targets for a ranking asked of a breakdown", () => {
    const columns = [{ key: "campaign", label: "Campaign", kind: "dimension" }, ...COLUMNS];
    expect(targetText([], columns, ctx("which campaign is worst"))).toBe("");
  });
});
