import { describe, expect, it } from "vitest";
import { keptRows } from "./execute.ts";

const rows = [
  { key: null, label: "null", credit: 600, share: 0.6 },
  { key: 11, label: "A", credit: 250, share: 0.25 },
  { key: 12, label: "B", credit: 100, share: 0.1 },
  { key: 13, label: "C", credit: 50, share: 0.05 },
];

describe("keptRows (fix15e)", () => {
  it("leaves the no-campaign row out and reports its credit apart", () => {
    const kept = keptRows(rows, { level: "campaign", excludeNone: true });
    expect(kept.rows.map((r) => r.key)).toEqual([11, 12, 13]);
    expect(kept.none).toEqual({ credit: 600, share: 0.6 });
  });

  it("keeps the top N after leaving it out, shares still of all credit", () => {
    const kept = keptRows(rows, { level: "campaign", excludeNone: true, limit: 2 });
    expect(kept.rows).toEqual([
      { key: 11, label: "A", credit: 250, share: 0.25 },
      { key: 12, label: "B", credit: 100, share: 0.1 },
    ]);
  });

  it("reports zero when no credit went without a campaign, and keeps channels whole", () => {
    expect(keptRows(rows.slice(1), { level: "campaign", excludeNone: true }).none).toEqual({
      credit: 0,
      share: 0,
    });
    expect(keptRows(rows, { level: "channel", excludeNone: true }).rows).toHaveLength(4);
    expect(keptRows(rows, { level: "campaign" }).none).toBeUndefined();
  });
});

describe("keptRows with named campaigns (fix16e)", () => {
  it("keeps only the named campaigns, shares still of all credit", () => {
    expect(keptRows(rows, { level: "campaign", campaigns: [12] }).rows).toEqual([
      { key: 12, label: "B", credit: 100, share: 0.1 },
    ]);
  });
  it("ignores the names at channel level", () => {
    expect(keptRows(rows, { level: "channel", campaigns: [12] }).rows).toHaveLength(4);
  });
});
