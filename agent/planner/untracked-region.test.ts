import { describe, expect, it } from "vitest";
import { untrackedData } from "./untracked-data-intent.ts";
import { regionAsked } from "./untracked-region.ts";

const TODAY = "2026-11-01";

describe("regionAsked", () => {
  it.each([
    ["television spend in california", { words: "in california", label: "California" }],
    ["how did radio do in west virginia", { words: "in west virginia", label: "West Virginia" }],
    ["billboards in TX last month", { words: "in texas", label: "Texas" }],
    ["podcast ads broken out by state", { words: "by state", label: "each state" }],
    ["which regions did the tv spot reach", { words: "by state", label: "each state" }],
  ])("%s", (q, region) => {
    expect(regionAsked(q)).toEqual(region);
  });

  it.each(["tv ads last month", "radio in OR around october", "state of our tv ads"])(
    "no region in %s",
    (q) => {
      expect(regionAsked(q)).toBeUndefined();
    },
  );
});

describe("untrackedData with a region", () => {
  it("offers the state's revenue and orders over the named period, and says why", () => {
    const part = untrackedData("what did we spend on tv in florida last month", TODAY, []);
    expect(part?.rest).toBe("revenue and orders in florida last month");
    expect(part?.note).toMatch(
      /^TV, radio, podcasts, print, billboards and other offline media are not tracked/,
    );
    expect(part?.note).toContain("Regions are known only for orders and customers");
    expect(part?.note).toMatch(/revenue and orders \(every channel\) from Florida:$/);
  });

  it("keeps the breakdown by state instead of the weekly series", () => {
    expect(untrackedData("radio results per state this year", TODAY, [])?.rest).toBe(
      "revenue and orders by state this year",
    );
  });

  it("keeps the region on an offer that can be split by it (orders and revenue)", () => {
    expect(untrackedData("refunds in texas last month", TODAY, [])?.rest).toBe(
      "orders and revenue in texas last month",
    );
  });
});
