import { describe, expect, it } from "vitest";
import { readSideDays } from "./holdout-sides.ts";

describe("readSideDays", () => {
  it("reads a span tied to before or after, in days", () => {
    expect(readSideDays("paid search 2 weeks after its holdout vs 2 weeks before")).toBe(14);
    expect(readSideDays("affiliate a month either side of its holdout")).toBe(30);
    expect(readSideDays("display for 10 days pre and post the holdout")).toBe(10);
    expect(readSideDays("in the three weeks following the hold-out")).toBe(21);
  });

  it("leaves a period alone", () => {
    expect(readSideDays("the display holdout in the last 2 weeks")).toBeUndefined();
    expect(readSideDays("did the display holdout move total revenue")).toBeUndefined();
  });
});
