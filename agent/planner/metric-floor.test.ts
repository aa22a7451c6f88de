import { describe, expect, it } from "vitest";
import { readMetricFloors } from "./metric-floor.ts";
import { normalize } from "./normalize.ts";

const floors = (q: string) => readMetricFloors(normalize(q)).floors;

describe("readMetricFloors", () => {
  it.each([
    ["campaigns with over $1k spend", { field: "spend", op: "gt", value: 1000 }],
    ["campaigns that spent more than 1K", { field: "spend", op: "gt", value: 1000 }],
    ["only ones with at least $2,500 in spend", { field: "spend", op: "gte", value: 2500 }],
    ["campaigns spending above 1000 bucks", { field: "spend", op: "gt", value: 1000 }],
    ["campaigns under 1.5k spend", { field: "spend", op: "lt", value: 1500 }],
    ["channels with $300 or less in spend", { field: "spend", op: "lte", value: 300 }],
    ["anything with spend of $1,250 or more", { field: "spend", op: "gte", value: 1250 }],
    ["campaigns with less than 2 grand spent", { field: "spend", op: "lt", value: 2000 }],
    ["channels with 100 orders or fewer", { field: "orders", op: "lte", value: 100 }],
    ["campaigns that drove more than 2k revenue", { field: "revenue", op: "gt", value: 2000 }],
    ["campaigns that got over 50K impressions", { field: "impressions", op: "gt", value: 50000 }],
    ["ads with more than 5k clicks", { field: "clicks", op: "gt", value: 5000 }],
    ["channels with fewer than 300 sessions", { field: "sessions", op: "lt", value: 300 }],
  ])("%s", (q, floor) => {
    expect(floors(q)).toEqual([floor]);
  });

  it("takes the words out, the verb with them, so none is read again", () => {
    expect(readMetricFloors(normalize("campaigns that got over 50k impressions")).rest).toBe(
      `campaigns that ${"|".repeat(24)}`,
    );
  });

  it("reads a verb's bound on the noun after it, not on the verb's own metric", () => {
    expect(floors("campaigns that got more than 300 clicks")).toEqual([
      { field: "clicks", op: "gt", value: 300 },
    ]);
    expect(floors("campaigns that got over 40")).toEqual([{ field: "orders", op: "gt", value: 40 }]);
  });

  it.each([
    ["campaigns with spend between $500 and $1k", "spend", 500, 1000],
    ["campaigns that spent between 1k and 500", "spend", 500, 1000],
    ["channels with between 100 and 300 orders", "orders", 100, 300],
    ["ads that got between 10k and 20k impressions", "impressions", 10000, 20000],
  ])("%s: a range is a floor and a ceiling", (q, field, low, high) => {
    expect(floors(q)).toEqual([
      { field, op: "gte", value: low },
      { field, op: "lte", value: high },
    ]);
  });

  it.each(["roas over the last 3 months", "top 5 campaigns by spend", "revenue above target"])(
    "reads no threshold in %s",
    (q) => {
      expect(floors(q)).toEqual([]);
    },
  );
});
