import { describe, expect, it } from "vitest";
import { readMetricFloors } from "./metric-floor.ts";
import { normalize } from "./normalize.ts";

const floors = (q: string) => readMetricFloors(normalize(q)).floors;

describe("a threshold stated as what to leave out (fix14d)", () => {
  it("keeps the other side of it", () => {
    expect(floors("bottom campaigns by roas, ignore anything that spent under 500")).toEqual([
      { field: "spend", op: "gte", value: 500 },
    ]);
    expect(floors("skip campaigns with less than $1k spend")).toEqual([
      { field: "spend", op: "gte", value: 1000 },
    ]);
    expect(floors("excluding ones that spent over 2k")).toEqual([{ field: "spend", op: "lte", value: 2000 }]);
    expect(floors("leave out the campaigns with at most 300 in spend")).toEqual([
      { field: "spend", op: "gt", value: 300 },
    ]);
  });
  it("reads a kept threshold as written", () => {
    expect(floors("only count campaigns that spent at least 500")).toEqual([
      { field: "spend", op: "gte", value: 500 },
    ]);
    expect(floors("top campaigns with under 500 spend")).toEqual([{ field: "spend", op: "lt", value: 500 }]);
  });
  it("reads 'a grand' as 1,000", () => {
    expect(floors("campaigns that spent more than a grand")).toEqual([
      { field: "spend", op: "gt", value: 1000 },
    ]);
  });
});
