import { describe, expect, it } from "vitest";
import { ratioLine } from "./ratio-note.ts";
import type { Presentation } from "./types.ts";

const CTX = { currency: "USD", timeZone: "America/New_York" };
const table = (rows: Record<string, unknown>[], model?: string): Presentation => ({
  text: "",
  data: {
    columns: [
      { key: "channel", label: "Channel" },
      { key: "orders", label: "Orders", unit: "count" },
      { key: "cpa", label: "CPA", unit: "currency" },
      { key: "roas", label: "ROAS", unit: "ratio" },
    ],
    rows,
  },
  provenance: model ? { attribution: { model } } : {},
});
const ROWS = [
  { channel: "Search", orders: 50, cpa: 40, roas: 2.5 },
  { channel: "Social", orders: 20, cpa: 100, roas: 1 },
];

describe("ratioLine", () => {
  it("divides the member named first by the other, on the figure named", () => {
    expect(ratioLine(table(ROWS, "last_touch"), "social cpa divided by search cpa in june", CTX)).toBe(
      "Social's CPA ($100.00) is 2.50x Search's ($40.00) (orders and revenue as the last touch attribution model credits them).",
    );
  });

  it("reads 'how many times' and a ratio figure", () => {
    expect(ratioLine(table(ROWS), "how many times higher is search roas than social roas", CTX)).toBe(
      "Search's ROAS (2.50x) is 2.50x Social's (1.00x).",
    );
  });

  it("adds nothing without a ratio ask or without exactly two rows", () => {
    expect(ratioLine(table(ROWS), "social vs search cpa", CTX)).toBeUndefined();
    expect(ratioLine(table(ROWS.slice(0, 1)), "social cpa divided by search cpa", CTX)).toBeUndefined();
  });
});
