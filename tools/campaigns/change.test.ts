/** fix9c: which recorded change a question about a window means. */
import { describe, expect, it } from "vitest";
import type { PlannedChangeRow } from "../../db/repositories/planned-changes.ts";
import { pickChange } from "./change.ts";

const row = (id: number, from: string, to: string | null, channel = "affiliate"): PlannedChangeRow => ({
  id,
  channel,
  campaignId: null,
  campaign: null,
  from,
  to,
  expectedChangePercent: 30,
  note: `change ${id}`,
  createdBy: "test",
  createdAt: "2026-01-01T00:00:00Z",
});

const SEPT = { from: "2026-09-01", to: "2026-09-30" };

describe("pickChange", () => {
  it("takes the first change starting inside the window", () => {
    const rows = [row(1, "2026-09-20", "2026-09-26"), row(2, "2026-09-05", "2026-09-11")];
    expect(pickChange(rows, { channel: "affiliate" }, SEPT)?.id).toBe(2);
  });

  it("takes a flight already running on the window's first day when none starts inside it", () => {
    const rows = [row(1, "2026-08-31", "2026-09-13"), row(2, "2026-06-29", "2026-07-05")];
    expect(pickChange(rows, { channel: "affiliate" }, SEPT)?.id).toBe(1);
  });

  it("never takes a lasting change from before the window, nor another channel's", () => {
    const rows = [row(1, "2026-07-06", null), row(2, "2026-08-31", "2026-09-13", "display")];
    expect(pickChange(rows, { channel: "affiliate" }, SEPT)).toBeUndefined();
  });
});
