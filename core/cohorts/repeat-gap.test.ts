import { describe, expect, it } from "vitest";
import { repeatGaps } from "./repeat-gap.ts";

const DAY = 86_400_000;
const orders = (...days: number[]) => days.map((d) => ({ ts: d * DAY, revenue: 10 }));

/** Hand-made customers: cohort a has gaps 4, 10 and 40 days and one customer who never came back. */
const CUSTOMERS = [
  { customerId: 1, cohort: "a", orders: orders(0, 4, 5) },
  { customerId: 2, cohort: "a", orders: orders(2, 12) },
  { customerId: 3, cohort: "a", orders: orders(1, 41) },
  { customerId: 4, cohort: "a", orders: orders(3) },
  { customerId: 5, cohort: "b", orders: orders(0, 6) },
  { customerId: 6, cohort: "b", orders: orders(0, 20) },
  { customerId: 7, cohort: "c", orders: orders(5) },
];

describe("repeatGaps", () => {
  it("measures the first-to-second order gap over repeaters only, per cohort and overall", () => {
    const { overall, rows } = repeatGaps(CUSTOMERS);
    // Gaps 4, 10, 40, 6, 20: median 10, mean 16, 4 of 5 under 30 days.
    expect(overall).toEqual({
      cohort: "all",
      customers: 7,
      repeaters: 5,
      medianDays: 10,
      meanDays: 16,
      within30: 0.8,
    });
    expect(rows).toEqual([
      { cohort: "a", customers: 4, repeaters: 3, medianDays: 10, meanDays: 18, within30: 2 / 3 },
      // An even count: the median is the mean of the middle two (6 and 20).
      { cohort: "b", customers: 2, repeaters: 2, medianDays: 13, meanDays: 13, within30: 1 },
      { cohort: "c", customers: 1, repeaters: 0, medianDays: null, meanDays: null, within30: null },
    ]);
  });

  it("keeps fractions of a day to one decimal", () => {
    const { overall } = repeatGaps([
      {
        customerId: 1,
        cohort: "a",
        orders: [
          { ts: 0, revenue: 1 },
          { ts: 1.26 * DAY, revenue: 1 },
        ],
      },
    ]);
    expect(overall.medianDays).toBe(1.3);
  });
});
