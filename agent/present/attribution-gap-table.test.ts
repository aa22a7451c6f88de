import { describe, expect, it } from "vitest";
import type { AttributionToolData } from "../../tools/attribution/execute.ts";
import { asksGapTable, modelGapTable } from "./attribution-gap-table.ts";

const data = (rows: [string, string, number][]): AttributionToolData =>
  ({
    metric: "revenue",
    level: "channel",
    period: { from: "2026-07-01", to: "2026-09-30", timeZone: "UTC" },
    models: [...new Set(rows.map((r) => r[0]))].map((model) => ({
      model,
      rows: rows
        .filter((r) => r[0] === model)
        .map(([, label, credit]) => ({ key: label, label, credit, share: null })),
    })),
    provenance: [],
  }) as unknown as AttributionToolData;
const name = (r: { label: string }) => r.label;
const FOUR = data([
  ["first_touch", "Email", 800],
  ["first_touch", "Display", 400],
  ["first_touch", "Direct", 0],
  ["first_touch", "Affiliate", 1000],
  ["last_touch", "Email", 1000],
  ["last_touch", "Display", 300],
  ["last_touch", "Direct", 50],
  ["last_touch", "Affiliate", 1000],
]);

describe("modelGapTable", () => {
  it("lists every member with both credits and the second model's % difference from the first", () => {
    expect(modelGapTable(FOUR, "lay it out as a grid with the % change", name, "USD")).toEqual([
      "Per channel, last touch against first touch (difference as a % of first touch):",
      "Email: first touch $800.00, last touch $1,000.00 (+25.0%).",
      "Display: first touch $400.00, last touch $300.00 (-25.0%).",
      "Direct: first touch $0.00, last touch $50.00 (no credit under the first, so no percentage).",
      "Affiliate: first touch $1,000.00, last touch $1,000.00 (+0.0%).",
    ]);
  });

  it("says nothing unless two models ran and a table or a percent difference is asked", () => {
    expect(modelGapTable(FOUR, "which one should I trust", name, "USD")).toEqual([]);
    const three = data([
      ["markov", "Email", 1],
      ["linear", "Email", 2],
      ["first_touch", "Email", 3],
    ]);
    expect(modelGapTable(three, "table with the gap in percent", name, "USD")).toEqual([]);
  });

  it("reads the asks", () => {
    expect(asksGapTable("put it in a table showing the difference")).toBe(true);
    expect(asksGapTable("what is the percent difference per channel")).toBe(true);
    expect(asksGapTable("show credit under markov")).toBe(false);
  });
});
