import { describe, expect, it } from "vitest";
import { readStatedThreshold, thresholdApplied, thresholdLine } from "./threshold-note.ts";
import type { Presentation } from "./types.ts";

const CTX = { currency: "USD", timeZone: "America/New_York" };
const table = (rows: Record<string, unknown>[]): Presentation => ({
  text: "",
  data: {
    columns: [
      { key: "channel", label: "Channel" },
      { key: "customers", label: "Customers", unit: "count" },
      { key: "cac", label: "CAC", unit: "currency" },
      { key: "cpa", label: "CPA", unit: "currency" },
      { key: "ltv_to_cac", label: "LTV:CAC (90 days)", unit: "ratio" },
    ],
    rows,
  },
  provenance: {},
});
const ROWS = [
  { channel: "Paid Search", customers: 10, cac: 200, cpa: 40, ltv_to_cac: 0.59 },
  { channel: "Affiliate", customers: 5, cac: 120, cpa: 80, ltv_to_cac: 1.13 },
  { channel: "Direct", customers: 7, cac: null, cpa: null, ltv_to_cac: null },
];

describe("readStatedThreshold", () => {
  it.each([
    ["which ones are above 3?", "gt", 3],
    ["campaigns with cpa under $50", "lt", 50],
    ["anything at least 2.5x", "gte", 2.5],
    ["ctr below 1%", "lt", 1],
    // leftC: an amount is read whole, never "$1" with a stray "k".
    ["cpa over 1.5k", "gt", 1500],
    ["cac above 2 grand", "gt", 2000],
  ])("%s", (q, op, value) => {
    expect(readStatedThreshold(q)).toMatchObject({ op, value });
  });

  it.each([
    "revenue over the last 3 months",
    "campaigns with more than 20 orders",
    "roas for campaigns above $500 spend",
    "top 3 channels",
    "campaigns with over $1k spend",
    "channels under 2k in spend",
  ])("reads no level in %s", (q) => {
    expect(readStatedThreshold(q)).toBeUndefined();
  });
});

describe("thresholdLine", () => {
  it("says none clear it and names the nearest, leaving rows without a value out", () => {
    expect(thresholdLine(table(ROWS), "ltv:cac by channel - which are above 3", CTX)).toBe(
      "Above 3 on LTV:CAC (90 days): none of 2; the highest is Affiliate at 1.13x (1 without a LTV:CAC (90 days) value left out).",
    );
  });

  it("lists the rows that clear it, on the metric named before the bound", () => {
    expect(thresholdLine(table(ROWS), "cpa by channel, which are under $50", CTX)).toBe(
      "Under $50 on CPA: 1 of 2: Paid Search ($40.00) (1 without a CPA value left out).",
    );
  });

  it("writes an amount typed without a dollar sign as money (leftC)", () => {
    expect(thresholdLine(table(ROWS), "cpa by channel, which are under 50 bucks", CTX)).toBe(
      "Under $50.00 on CPA: 1 of 2: Paid Search ($40.00) (1 without a CPA value left out).",
    );
  });

  it("answers a single figure yes or no, the metric named after the level", () => {
    const one = table([{ cpa: 40, ltv_to_cac: 1.2 }]);
    expect(thresholdLine(one, "did we clear 1.5x ltv to cac in september?", CTX)).toBe(
      "No: LTV:CAC (90 days) was 1.20x (asked: clear 1.5x).",
    );
  });

  it("adds nothing when the question states no threshold", () => {
    expect(thresholdLine(table(ROWS), "cpa by channel", CTX)).toBeUndefined();
  });
  it("holds a level on 'cpa' against paid CPA when it leads blended CPA (fix10b)", () => {
    const days: Presentation = {
      text: "",
      data: {
        columns: [
          { key: "date", label: "Date" },
          { key: "paid_cpa", label: "Paid CPA", unit: "currency" },
          { key: "cpa", label: "Blended cost per order", unit: "currency" },
        ],
        rows: [
          { date: "2026-10-01", paid_cpa: 90, cpa: 30 },
          { date: "2026-10-02", paid_cpa: 60, cpa: 20 },
        ],
      },
      provenance: {},
    };
    expect(thresholdLine(days, "which days had a cpa over $80", CTX)).toBe(
      "Over $80 on Paid CPA: 1 of 2: 2026-10-01 ($90.00).",
    );
  });
});

describe("thresholdApplied (regress15)", () => {
  const spendFloor = { filters: [{ field: "spend", op: "gte", value: 1000 }] };
  it("sees a threshold the query already applies as its row filter", () => {
    expect(
      thresholdApplied(spendFloor, "best campaigns by roas, just the ones that spent at least $1k"),
    ).toBe(true);
    expect(thresholdApplied(spendFloor, "rank campaigns by cpa where we spent at least 1000")).toBe(true);
  });
  it("sees a threshold stated as what to leave out, applied as the other side (fix14d)", () => {
    expect(thresholdApplied(spendFloor, "worst campaigns by roas, skip anything that spent under $1k")).toBe(
      true,
    );
    expect(thresholdApplied(spendFloor, "top cpa campaigns excluding ones that spent less than 1000")).toBe(
      true,
    );
  });
  it("leaves a threshold the rows are judged against", () => {
    expect(thresholdApplied(spendFloor, "which campaigns have roas at least 2")).toBe(false);
    expect(thresholdApplied({ filters: [] }, "channels with cpa under $50")).toBe(false);
    expect(thresholdApplied({}, "channels with cpa under $50")).toBe(false);
  });
});
