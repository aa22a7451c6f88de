import { describe, expect, it } from "vitest";
import { withRunningTotals, withStepChanges } from "./series-steps.ts";
import type { Presentation } from "./types.ts";

const monthly = (values: number[]): Presentation => ({
  text: "Revenue by month.",
  data: {
    columns: [
      { key: "date", label: "Date" },
      { key: "revenue", label: "Revenue", unit: "currency" },
    ],
    rows: values.map((v, i) => ({ date: `2026-0${i + 1}-01`, revenue: v })),
  },
  provenance: {},
});

const ctx = { currency: "USD", timeZone: "America/New_York" };

describe("withStepChanges", () => {
  it("adds each month's change from the month before, in the table and the text", () => {
    const p = withStepChanges(monthly([100, 110, 99]), "month", "revenue growth % for each month");
    expect(p?.data.rows.map((r) => r.revenue_change_vs_previous_month)).toEqual([null, 0.1, -0.1]);
    expect(p?.text).toContain("February 2026 +10.0%; March 2026 -10.0%");
  });

  it("reads 'how much did X grow each month' as each month's change (para17b)", () => {
    const p = withStepChanges(monthly([100, 110, 99]), "month", "how much did revenue grow each month (%)");
    expect(p?.data.rows.map((r) => r.revenue_change_vs_previous_month)).toEqual([null, 0.1, -0.1]);
  });

  it("leaves a question that asks no change alone", () => {
    expect(withStepChanges(monthly([100, 110]), "month", "revenue by month")).toBeUndefined();
  });
});

describe("withRunningTotals", () => {
  it("adds the running total and names only the period's total in the text", () => {
    const p = withRunningTotals(monthly([100, 250, 50]), "month", "cumulative revenue this year", ctx);
    expect(p?.data.rows.map((r) => r.revenue_running_total)).toEqual([100, 350, 400]);
    expect(p?.text).toContain("$400.00 by the end");
  });

  it("adds nothing to a rate, which does not add up", () => {
    const rate: Presentation = {
      ...monthly([1, 2]),
      data: {
        columns: [
          { key: "date", label: "Date" },
          { key: "roas", label: "ROAS", unit: "ratio" },
        ],
        rows: [
          { date: "2026-01-01", roas: 2 },
          { date: "2026-02-01", roas: 3 },
        ],
      },
    };
    expect(withRunningTotals(rate, "month", "running total of roas", ctx)).toBeUndefined();
  });
});
