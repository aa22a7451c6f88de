import { describe, expect, it } from "vitest";
import { readOrderValueLevel } from "./order-value-level.ts";

describe("readOrderValueLevel (fix14d)", () => {
  it("reads a level on single orders' value, with money words", () => {
    expect(readOrderValueLevel("how many orders over $200 last month")).toEqual({ op: "gt", value: 200 });
    expect(readOrderValueLevel("purchases worth at least 1.5k")).toEqual({ op: "gte", value: 1500 });
    expect(readOrderValueLevel("orders of $250 or more")).toEqual({ op: "gte", value: 250 });
    expect(readOrderValueLevel("$80+ orders in q3")).toEqual({ op: "gte", value: 80 });
    expect(readOrderValueLevel("share of orders in september that were under 40 dollars")).toEqual({
      op: "lt",
      value: 40,
    });
    expect(readOrderValueLevel("orders at most $1,000")).toEqual({ op: "lte", value: 1000 });
    expect(readOrderValueLevel("orders over a grand")).toEqual({ op: "gt", value: 1000 });
  });
  it("leaves a count of orders alone", () => {
    expect(readOrderValueLevel("campaigns with over 200 orders")).toBeUndefined();
    expect(readOrderValueLevel("days with more than 20 orders")).toBeUndefined();
    expect(readOrderValueLevel("orders over 200 last month")).toBeUndefined();
  });
});
