import { describe, expect, it } from "vitest";
import { datePart, money, parseCount, parseDate, parseNumber, parseTimestamp } from "./cells.ts";

describe("parseNumber", () => {
  const cases: ReadonlyArray<readonly [string, "." | "," | undefined, number | undefined]> = [
    ["1,234.56", undefined, 1234.56],
    ['"1,234.56"'.slice(1, -1), undefined, 1234.56],
    ["$1,234.56", undefined, 1234.56],
    ["US$12.00", undefined, 12],
    ["1.234,56 €", undefined, 1234.56],
    ["1.234,56", ",", 1234.56],
    ["1,234", undefined, 1234],
    ["1,234,567", undefined, 1234567],
    ["12,5", undefined, 12.5],
    ["1 234,56", ",", 1234.56],
    ["1\u00a0234,56 €", ",", 1234.56],
    ["USD 99.90", undefined, 99.9],
    ["99.90 EUR", undefined, 99.9],
    ["45.42%", undefined, 45.42],
    ["--", undefined, 0],
    ["-", undefined, 0],
    ["", undefined, 0],
    ["-12.50", undefined, -12.5],
    ["(1,234.00)", undefined, -1234],
    ["ten", undefined, undefined],
    ["1.2.3", ".", undefined],
    ["12,3,4", undefined, undefined],
  ];
  it.each(cases)("%j (%s) is %s", (cell, decimal, expected) => {
    expect(parseNumber(cell, decimal)).toBe(expected);
  });
  it("counts are whole and not negative", () => {
    expect(parseCount("12,480")).toBe(12480);
    expect(parseCount("1.5")).toBeUndefined();
    expect(parseCount("-3")).toBeUndefined();
  });
});

describe("parseDate", () => {
  const cases: ReadonlyArray<readonly [string, "mdy" | "dmy", string | undefined]> = [
    ["2026-03-01", "mdy", "2026-03-01"],
    ["20260301", "mdy", "2026-03-01"],
    ["Mar 1, 2026", "mdy", "2026-03-01"],
    ["March 1, 2026", "mdy", "2026-03-01"],
    ["Sept. 30, 2026", "mdy", "2026-09-30"],
    ["1 Mar 2026", "mdy", "2026-03-01"],
    ["03/01/2026", "mdy", "2026-03-01"],
    ["03/01/2026", "dmy", "2026-01-03"],
    ["01.03.2026", "mdy", "2026-03-01"],
    ["2026-02-29", "mdy", undefined],
    ["2026-03-32", "mdy", undefined],
    ["13/13/2026", "mdy", undefined],
    ["Foo 1, 2026", "mdy", undefined],
  ];
  it.each(cases)("%j (%s) is %s", (cell, order, expected) => {
    expect(parseDate(cell, order)).toBe(expected);
  });
});

describe("timestamps and money", () => {
  it("reads Shopify's local time with offset as UTC", () => {
    expect(parseTimestamp("2026-03-01 10:15:22 -0500")).toBe("2026-03-01T15:15:22.000Z");
    expect(parseTimestamp("2026-03-01T10:15:22+01:00")).toBe("2026-03-01T09:15:22.000Z");
    expect(parseTimestamp("2026-03-01T10:15:22Z")).toBe("2026-03-01T10:15:22.000Z");
    expect(parseTimestamp("2026-03-01 10:15:22")).toBeUndefined();
  });
  it("takes the date of a local send time", () => {
    expect(datePart("2026-03-02 09:00:00")).toBe("2026-03-02");
    expect(datePart("2026-03-02")).toBe("2026-03-02");
    expect(datePart("soon")).toBeUndefined();
  });
  it("writes money with 2 decimals, halves away from zero", () => {
    expect(money(1.005)).toBe("1.01");
    expect(money(-1.005)).toBe("-1.01");
    expect(money(1204.5)).toBe("1204.50");
    expect(money(0)).toBe("0.00");
  });
});
