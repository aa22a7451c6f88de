import { describe, expect, it } from "vitest";
import { readPath, selectValues, valuesMatch } from "./values.ts";

describe("valuesMatch", () => {
  it("accepts a relative difference within 1e-6 and rejects a larger one", () => {
    expect(valuesMatch(1000, 1000.0009)).toBe(true);
    expect(valuesMatch(1000, 1000.002)).toBe(false);
    expect(valuesMatch(0, 0)).toBe(true);
  });

  it("compares numeric strings as numbers, null with missing, strings exactly", () => {
    expect(valuesMatch(12.5, "12.5")).toBe(true);
    expect(valuesMatch(null, undefined)).toBe(true);
    expect(valuesMatch(null, 0)).toBe(false);
    expect(valuesMatch("roas", "ROAS")).toBe(false);
  });
});

describe("readPath", () => {
  const data = { rows: [{ channel: "email", campaign: 1001, spend: 5 }], totals: { spend: 5 } };
  it("follows properties, indices and field matches (as strings)", () => {
    expect(readPath(data, ["rows", { campaign: "1001" }, "spend"])).toEqual({ found: true, value: 5 });
    expect(readPath(data, ["rows", 0, "channel"])).toEqual({ found: true, value: "email" });
    expect(readPath(data, ["rows", "length"])).toEqual({ found: true, value: 1 });
    expect(readPath(data, ["rows", { channel: "direct" }, "spend"]).found).toBe(false);
  });
});

describe("selectValues", () => {
  it("takes totals, row count, sampled rows and the leader of a ranking from a metric result", () => {
    const result = {
      columns: [
        { key: "channel", kind: "dimension" },
        { key: "roas", kind: "metric" },
      ],
      rows: [
        { channel: "display", roas: 2 },
        { channel: "email", roas: 1 },
      ],
      totals: { roas: 1.5 },
    };
    expect(selectValues("query_metrics", result, { limit: 1 })).toEqual([
      { path: ["totals", "roas"], value: 1.5 },
      { path: ["rows", "length"], value: 2 },
      { path: ["rows", { channel: "display" }, "roas"], value: 2 },
      { path: ["rows", { channel: "email" }, "roas"], value: 1 },
      { path: ["rows", 0, "channel"], value: "display" },
    ]);
  });
});
