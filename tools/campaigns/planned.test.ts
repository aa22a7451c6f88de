import { describe, expect, it } from "vitest";
import type { PlannedChangeRow } from "../../db/repositories/planned-changes.ts";
import { overlapping } from "./asked-window.ts";
import { kindOf, latestBefore, plannedItems } from "./planned.ts";

const row = (
  id: number,
  channel: string,
  from: string,
  to: string | null,
  percent: number | null,
  note: string,
): PlannedChangeRow => ({
  id,
  channel,
  campaignId: null,
  campaign: null,
  from,
  to,
  expectedChangePercent: percent,
  note,
  createdBy: "seed",
  createdAt: "2026-01-01T00:00:00Z",
});

const ROWS = [
  row(3, "affiliate", "2026-08-31", "2026-09-13", 30, "Budget flight"),
  row(1, "display", "2026-01-12", "2026-01-18", -40, "Display cut"),
  row(2, "affiliate", "2026-06-29", "2026-07-05", -100, "Holdout week"),
  row(4, "display", "2026-07-06", null, 250, "Budget raised"),
  row(5, "paid_search", "2025-11-20", "2025-11-30", 50, "BF push"),
];

describe("plannedItems", () => {
  it("reads each change's kind from the record: a pause, a temporary flight, a lasting change", () => {
    expect(ROWS.map(kindOf)).toEqual(["flight", "flight", "holdout", "lasting", "flight"]);
  });

  it("keeps the changes overlapping the days asked, by start date, lasting ones from their start on", () => {
    const items = plannedItems(ROWS, undefined, { from: "2026-01-01", to: "2026-10-31" });
    expect(items.map((i) => i.id)).toEqual([1, 2, 4, 3]);
    expect(items[1]).toEqual({
      id: 2,
      kind: "holdout",
      channel: "affiliate",
      campaign: null,
      from: "2026-06-29",
      to: "2026-07-05",
      percent: -100,
      note: "Holdout week",
    });
  });

  it("narrows to one channel, and lists every change with no days given", () => {
    expect(plannedItems(ROWS, "affiliate", undefined).map((i) => i.id)).toEqual([2, 3]);
    expect(plannedItems(ROWS, undefined, undefined)).toHaveLength(5);
  });
});

describe("overlapping", () => {
  it("finds a channel's changes touching the days, a lasting one from its start on", () => {
    expect(overlapping(ROWS, "affiliate", { from: "2026-08-01", to: "2026-08-31" }).map((c) => c.id)).toEqual(
      [3],
    );
    expect(overlapping(ROWS, "display", { from: "2026-09-01", to: "2026-09-30" }).map((c) => c.id)).toEqual([
      4,
    ]);
    expect(overlapping(ROWS, "affiliate", { from: "2026-04-01", to: "2026-04-30" })).toEqual([]);
  });
});

describe("latestBefore (fix16a)", () => {
  it("offers the latest changes recorded before a window in which none starts", () => {
    const nov = { from: "2026-11-01", to: "2026-11-30" };
    expect(latestBefore(ROWS, undefined, nov).map((c) => c.id)).toEqual([2, 4, 3]);
    expect(latestBefore(ROWS, "affiliate", nov).map((c) => c.from)).toEqual(["2026-06-29", "2026-08-31"]);
    expect(latestBefore(ROWS, undefined, nov, 1).map((c) => c.id)).toEqual([3]);
  });

  it("offers none when a change starts within the window", () => {
    expect(latestBefore(ROWS, undefined, { from: "2026-08-01", to: "2026-09-30" })).toEqual([]);
  });
});
