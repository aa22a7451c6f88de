import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { regionGroupsIn, regionGroupsNote } from "./region-groups.ts";
import { testContext } from "./testing.ts";

const EAST = ["ME", "NH", "MA", "RI", "CT", "NY", "NJ", "DE", "MD", "VA", "NC", "SC", "GA", "FL"];

describe("parts of the US named instead of states", () => {
  it("reads each part once, in the order named, and the pacific northwest is not also the west", () => {
    expect(regionGroupsIn("west coast vs east coast orders").map((g) => g.label)).toEqual([
      "West Coast",
      "East Coast",
    ]);
    expect(regionGroupsIn("pnw vs the midwest").map((g) => g.label)).toEqual([
      "Pacific Northwest",
      "Midwest",
    ]);
    expect(regionGroupsIn("revenue by channel last month")).toEqual([]);
  });

  it("says which states each part holds and that unnamed states are left out", () => {
    expect(regionGroupsNote(regionGroupsIn("west coast"))).toBe(
      'West Coast is California, Oregon and Washington (CA, OR, WA). Orders from states your data does not record by name ("other") are not included.',
    );
  });

  it("plans one labelled total per part set side by side, on measures recorded per customer", () => {
    const plan = planQuestion("east coast vs west coast revenue and spend in september", testContext());
    if (plan.kind !== "tool_calls") throw new Error(plan.kind);
    expect(plan.calls.map((c) => c.args)).toEqual([
      {
        metrics: ["revenue"],
        dimensions: [],
        filters: [{ field: "region", op: "in", values: EAST }],
        timeRange: { from: "2026-09-01", to: "2026-09-30" },
        label: "East Coast",
      },
      {
        metrics: ["revenue"],
        dimensions: [],
        filters: [{ field: "region", op: "in", values: ["CA", "OR", "WA"] }],
        timeRange: { from: "2026-09-01", to: "2026-09-30" },
        label: "West Coast",
      },
    ]);
    expect(plan.frame?.note).toContain("East Coast is the 14 states on the Atlantic coast");
  });

  it("filters to one part's states when it is named alone", () => {
    const plan = planQuestion("orders from the mountain states in q3", testContext());
    if (plan.kind !== "tool_calls") throw new Error(plan.kind);
    expect(plan.calls[0]?.args.filters).toEqual([
      { field: "region", op: "in", values: ["AZ", "CO", "ID", "MT", "NV", "NM", "UT", "WY"] },
    ]);
  });
});
