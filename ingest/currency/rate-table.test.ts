import { describe, expect, it } from "vitest";
import { RowError } from "../adapters/types.ts";
import { convertAmount, createRateTable } from "./rate-table.ts";
import { parseRateLine } from "./rates-csv.ts";

describe("createRateTable", () => {
  const table = createRateTable([
    { date: "2026-03-02", currency: "EUR", rate: 1.0832, scope: "global" },
    { date: "2026-02-27", currency: "EUR", rate: 1.079, scope: "global" },
    { date: "2026-03-02", currency: "EUR", rate: 1.09, scope: "organization" },
    { date: "2026-03-03", currency: "EUR", rate: 1.0851, scope: "global" },
  ]);
  it("takes the day's rate, the organization's over the global one", () => {
    expect(table.rateFor("EUR", "2026-03-02")).toEqual({
      currency: "EUR",
      date: "2026-03-02",
      rateDate: "2026-03-02",
      rate: 1.09,
      scope: "organization",
    });
    expect(table.rateFor("EUR", "2026-03-03")?.rate).toBe(1.0851);
  });
  it("takes the latest earlier rate on a day without one, up to 7 days old", () => {
    expect(table.rateFor("EUR", "2026-03-01")).toMatchObject({ rateDate: "2026-02-27", rate: 1.079 });
    expect(table.rateFor("EUR", "2026-03-10")).toMatchObject({ rateDate: "2026-03-03" });
    expect(table.rateFor("EUR", "2026-03-11")).toBeUndefined();
    expect(table.rateFor("EUR", "2026-02-26")).toBeUndefined();
    expect(table.rateFor("GBP", "2026-03-02")).toBeUndefined();
  });
});

describe("convertAmount", () => {
  it("rounds the exact product once, half away from zero", () => {
    expect(convertAmount(1.15, 1.1)).toBe(1.27); // 1.265
    expect(Math.round(1.15 * 1.1 * 100) / 100).toBe(1.26); // what floating point gives
    expect(convertAmount(8.45, 0.7)).toBe(5.92); // 5.915
    expect(convertAmount(412.37, 1.079)).toBe(444.95); // 444.94723
    expect(convertAmount(114.13, 0.7361)).toBe(84.01); // 84.011093
    expect(convertAmount(-20, 1.0832)).toBe(-21.66); // -21.664
    expect(convertAmount(0.5, 0.01)).toBe(0.01); // 0.005
    expect(convertAmount(1_000_000, 1.2345678901)).toBe(1234567.89);
  });
});

describe("parseRateLine", () => {
  it("reads date, currency and rate", () => {
    expect(parseRateLine(["2026-03-02", "eur", "1.0832"])).toEqual({
      date: "2026-03-02",
      currency: "EUR",
      rate: 1.0832,
    });
  });
  it.each([
    [["2026-02-30", "EUR", "1"], "date", "a date such as 2026-03-02"],
    [["2026-03-02", "EURO", "1"], "currency", "a currency code such as EUR"],
    [["2026-03-02", "EUR", "1,08"], "rate", "a positive decimal such as 1.0832 (at most 10 decimals)"],
    [["2026-03-02", "EUR", "0"], "rate", "a rate above 0"],
  ])("%j fails on %s", (cells, field, expected) => {
    try {
      parseRateLine(cells);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RowError);
      expect([(e as RowError).field, (e as RowError).expected]).toEqual([field, expected]);
    }
  });
});
