import { describe, expect, it } from "vitest";
import { demandIndex } from "./demand-index.ts";
import { capturedIncremental, exposureRate } from "./exposure-credit.ts";
import { type AlignedDays, alignDays } from "./incrementality-days.ts";
import { incrementalityInputSchema } from "./incrementality-schema.ts";

// Three days; the control channels get exactly 0.9 x session share x new customers as credit.
const input = incrementalityInputSchema.parse({
  attributionModel: "linear",
  firstDate: "2026-01-01",
  newCustomers: [10, 8, 12],
  newCustomerRevenue: [1000, 800, 1200],
  sessions: { organic_search: [60, 50, 70], direct: [20, 25, 10], paid_search: [20, 25, 20] },
  newCustomerCredit: {
    organic_search: [5.4, 3.6, 7.56],
    direct: [1.8, 1.8, 1.08],
    paid_search: [3.8, 2.6, 3.56],
  },
});
const CONTROLS = ["organic_search", "direct"];

function aligned(): AlignedDays {
  const days = alignDays(input, "2026-01-01", 3);
  if ("missing" in days) throw new Error("unexpected gap");
  return days;
}

describe("alignDays", () => {
  it("cuts the columns to the history's days and totals sessions per day", () => {
    const days = aligned();
    expect(days.newCustomers).toEqual([10, 8, 12]);
    expect(days.totalSessions).toEqual([100, 100, 100]);
    expect(days.credit.get("paid_search")).toEqual([3.8, 2.6, 3.56]);
  });

  it("names the history days that have no row instead of reading them as zero orders", () => {
    expect(alignDays(input, "2025-12-31", 5)).toEqual({ missing: ["2025-12-31", "2026-01-04"], count: 2 });
    const later = alignDays(input, "2026-01-02", 2);
    expect("missing" in later ? later : later.newCustomers).toEqual([8, 12]);
  });
});

describe("demandIndex", () => {
  it("scales the control channels' sessions to mean 1", () => {
    // Control sessions 80, 75, 80 (mean 78.33).
    const index = Array.from(demandIndex(aligned(), CONTROLS)!);
    expect(index.map((x) => Math.round(x * 1e12) / 1e12)).toEqual([
      1.021276595745, 0.957446808511, 1.021276595745,
    ]);
  });

  it("is null when the control channels had no sessions", () => {
    expect(demandIndex(aligned(), ["referral"])).toBeNull();
  });
});

describe("exposure credit", () => {
  it("measures the exposure rate on the control channels", () => {
    expect(exposureRate(aligned(), CONTROLS)).toBeCloseTo(0.9, 12);
  });

  it("leaves a paid channel the credit above its exposure share: 3.8 - 0.9 x 0.2 x 10 = 2.0", () => {
    const captured = capturedIncremental(aligned(), "paid_search", 0.9);
    expect(captured.map((x) => Math.round(x * 1e9) / 1e9)).toEqual([2, 0.8, 1.4]);
  });

  it("has no rate when the control channels got no credit", () => {
    expect(exposureRate(aligned(), ["paid_search_brand"])).toBeNull();
  });
});
