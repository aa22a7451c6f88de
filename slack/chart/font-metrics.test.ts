import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fontMetrics } from "./font-metrics.ts";
import { CHART_FONT_FILES, chartFontMetrics } from "./fonts.ts";
import { measureText } from "./text-metrics.ts";

describe("fontMetrics", () => {
  const { regular, bold } = chartFontMetrics();

  it("reads Inter's advance widths (2048 units per em)", () => {
    // "Search" advances 6810 font units in Inter Regular: 6810 * 12 px / 2048.
    expect(regular.width("Search", 12)).toBeCloseTo(39.902, 3);
    expect(regular.width("Search", 24)).toBeCloseTo(2 * regular.width("Search", 12), 9);
    expect(regular.width("", 12)).toBe(0);
  });

  it("tells narrow glyphs from wide ones, and bold from regular", () => {
    expect(regular.width("WWWW", 10)).toBeGreaterThan(3 * regular.width("iiii", 10));
    expect(bold.width("Revenue", 12)).toBeGreaterThan(regular.width("Revenue", 12));
  });

  it("measures characters beyond ASCII (en dash, euro, accents)", () => {
    const dash = regular.width("–", 12);
    expect(dash).toBeGreaterThan(0);
    expect(regular.width("1–31", 12)).toBeCloseTo(regular.width("131", 12) + dash, 9);
    expect(regular.width("€", 12)).toBeGreaterThan(0);
    expect(regular.width("Ü", 12)).toBeGreaterThanOrEqual(regular.width("U", 12));
  });

  it("refuses a file that is not a font", () => {
    expect(() => fontMetrics(Buffer.alloc(64))).toThrowError(/no 'head' table/);
  });

  it("reads the same widths from the files as the cached metrics", () => {
    const fresh = fontMetrics(readFileSync(CHART_FONT_FILES[0] as string));
    expect(fresh.width("paid_search", 12)).toBe(regular.width("paid_search", 12));
  });
});

describe("measureText", () => {
  it("uses the item's size and weight", () => {
    const { regular, bold } = chartFontMetrics();
    expect(measureText({ fontSize: 12 }, "Channel")).toBe(regular.width("Channel", 12));
    expect(measureText({ fontSize: 12, fontWeight: 600 }, "Channel")).toBe(bold.width("Channel", 12));
    expect(measureText({ fontSize: 12, fontWeight: "bold" }, "Channel")).toBe(bold.width("Channel", 12));
    expect(measureText({}, "Channel")).toBe(regular.width("Channel", 11));
    expect(measureText({ fontSize: 12 }, 1234)).toBe(regular.width("1234", 12));
  });

  it("never reports more than the item's limit (Vega's truncation compares against it)", () => {
    const long = "Search - NonBrand - Hiking Boots & Trail Footwear";
    expect(measureText({ fontSize: 12, limit: 100 }, long)).toBe(100);
    expect(measureText({ fontSize: 12, limit: 100 }, "Brand")).toBeLessThan(100);
  });
});
