/** fix10c: the share of orders a shorter lookback keeps whole, read from the tool's own counts. */
import { describe, expect, it } from "vitest";
import type { JourneysData } from "../../tools/journeys/execute.ts";
import { askedWindowDays, lookbackWhatIfLines } from "./lookback-what-if.ts";

const bucket = (label: string, ordersWithin: number) => ({
  label,
  orders: 0,
  share: 0,
  ordersWithin,
  shareWithin: ordersWithin / 10,
});
const data = {
  lookbackDays: 30,
  timeToConvert: {
    overall: { orders: 10, meanDays: 5, medianDays: 3, p25Days: 1, p75Days: 8, p90Days: 20 },
    histogram: [
      bucket("under 1 day", 2),
      bucket("1-2 days", 4),
      bucket("3-6 days", 6),
      bucket("7-13 days", 8),
      bucket("14-29 days", 10),
      bucket("30 days or more", 10),
    ],
    byFirstTouchChannel: [],
    ordersWithoutTouches: 0,
  },
} as unknown as JourneysData;

describe("lookback what-if", () => {
  it("reads the window asked in days or weeks", () => {
    expect(askedWindowDays("what if the lookback were 7 days")).toBe(7);
    expect(askedWindowDays("a 2 week attribution window instead")).toBe(14);
    expect(askedWindowDays("shorten the lookback to a week")).toBe(7);
    expect(askedWindowDays("revenue last 7 days")).toBeUndefined();
  });

  it("states the current window and the share a 7-day window keeps whole", () => {
    const [line] = lookbackWhatIfLines(data, "what if the lookback were 7 days");
    expect(line).toContain("Your attribution lookback window is 30 days.");
    expect(line).toContain(
      "6 orders of 10 orders with a tracked touch (60.0%) had their first touch within 7 days",
    );
  });

  it("reads a window between marks at the nearest shorter one, and says so", () => {
    const [line] = lookbackWhatIfLines(data, "with a 10 day lookback");
    expect(line).toContain("read at 7 days");
  });

  it("says nothing for a window as long as the current one", () => {
    expect(lookbackWhatIfLines(data, "a 30 day lookback window")).toEqual([]);
  });
});
