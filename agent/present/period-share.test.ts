import { describe, expect, it } from "vitest";
import type { ComparePeriodsData } from "../../tools/compare-periods/execute.ts";
import { withPeriodShare } from "./period-share.ts";

const data = (from: string, to: string): ComparePeriodsData =>
  ({
    period: { from, to, timeZone: "America/New_York" },
    comparisonPeriod: { from: "2025-11-01", to: "2026-10-31" },
    totals: [
      {
        metric: "revenue",
        label: "Revenue",
        unit: "currency",
        additive: true,
        current: 250,
        previous: 1000,
        change: -750,
        percentChange: -0.75,
        assessment: "worse",
      },
    ],
    rows: [{ revenue: { current: 250, previous: 1000, change: -750, percentChange: -0.75 } }],
    provenance: {
      filters: [],
      dataFreshness: { adSpendFrom: "2025-11-01", adSpendThrough: "2026-10-31" },
    },
  }) as unknown as ComparePeriodsData;

const base = { text: "compared", data: { columns: [], rows: [] }, provenance: {} };
const ctx = (question: string) => ({ currency: "USD", timeZone: "America/New_York", question });

describe("withPeriodShare", () => {
  it("words the part over the whole as its share", () => {
    const p = withPeriodShare(
      base,
      data("2025-11-01", "2025-12-31"),
      ctx("what % of the year's sales came in nov-dec"),
    );
    expect(p?.text).toBe(
      "Share of November 1, 2025 – October 31, 2026 that fell in November 1 – December 31, 2025:\nRevenue: $250.00 of $1,000.00, 25.0% of the whole.",
    );
  });
  it("leaves a plain comparison alone", () => {
    expect(
      withPeriodShare(base, data("2025-11-01", "2025-12-31"), ctx("revenue nov-dec vs the year")),
    ).toBeUndefined();
  });
  it("leaves a part outside the whole alone", () => {
    expect(
      withPeriodShare(
        base,
        data("2024-11-01", "2024-12-31"),
        ctx("what % of the year's sales came in nov-dec"),
      ),
    ).toBeUndefined();
  });
});
