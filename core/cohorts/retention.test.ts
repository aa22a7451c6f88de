import { describe, expect, it } from "vitest";
import { monthlyRetention } from "./retention.ts";

/** Five hand-made customers in two cohorts; the data covers months through 2026-03. */
const CUSTOMERS = [
  { cohort: "2026-01", orderMonths: ["2026-01", "2026-02", "2026-03"] },
  { cohort: "2026-01", orderMonths: ["2026-01", "2026-01", "2026-03"] },
  { cohort: "2026-01", orderMonths: ["2026-01"] },
  { cohort: "2026-01", orderMonths: ["2026-01", "2026-02"] },
  { cohort: "2026-02", orderMonths: ["2026-02"] },
  { cohort: "2025-12", orderMonths: ["2025-12", "2026-01"] },
];

describe("monthlyRetention", () => {
  it("gives each cohort's share ordering in each later month, null past the data", () => {
    expect(monthlyRetention(CUSTOMERS, "2026-03", 3)).toEqual([
      {
        cohort: "2025-12",
        customers: 1,
        months: [
          // Across the year boundary: December's month 1 is January.
          { offset: 1, month: "2026-01", active: 1, rate: 1 },
          { offset: 2, month: "2026-02", active: 0, rate: 0 },
          { offset: 3, month: "2026-03", active: 0, rate: 0 },
        ],
      },
      {
        cohort: "2026-01",
        customers: 4,
        months: [
          { offset: 1, month: "2026-02", active: 2, rate: 0.5 },
          // A second order inside the first month is not retention in month 1 or 2.
          { offset: 2, month: "2026-03", active: 2, rate: 0.5 },
          { offset: 3, month: "2026-04", active: null, rate: null },
        ],
      },
      {
        cohort: "2026-02",
        customers: 1,
        months: [
          { offset: 1, month: "2026-03", active: 0, rate: 0 },
          { offset: 2, month: "2026-04", active: null, rate: null },
          { offset: 3, month: "2026-05", active: null, rate: null },
        ],
      },
    ]);
  });

  it("has no rows without customers", () => {
    expect(monthlyRetention([], "2026-03")).toEqual([]);
  });
});
