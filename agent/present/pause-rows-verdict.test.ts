import { describe, expect, it } from "vitest";
import { pauseRowsVerdict } from "./pause-rows-verdict.ts";

const result = (monthly: boolean) => ({
  name: "query_metrics",
  args: { dimensions: ["campaign"], timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  result: {
    ok: true,
    data: {
      rows: [
        { campaign: 1, spend: 600, attributed_revenue: 300 },
        { campaign: 2, spend: 300, attributed_revenue: 150 },
      ],
      ...(monthly
        ? {
            monthlyAverage: {
              months: 3,
              from: "2026-07-01",
              to: "2026-09-30",
              totals: {},
              rows: [
                { spend: 200, attributed_revenue: 100 },
                { spend: 100, attributed_revenue: 50 },
              ],
            },
          }
        : {}),
    },
  },
});

describe("pauseRowsVerdict (fix15b)", () => {
  it("sums the rows' spend and credited revenue, per month when asked", () => {
    expect(pauseRowsVerdict([result(true)], "USD")).toBe(
      "Pausing these 2 campaigns saves their ad spend: about $300.00 a month ($900.00 over July 1 – September 30, 2026, 3 months). It also puts at risk the revenue credited to them, about $150.00 a month ($450.00 in all), the part that would be lost if those orders did not come through other channels anyway; the net effect is the spend saved less the revenue that truly depended on them.",
    );
  });

  it("gives the period's totals without a monthly average", () => {
    expect(pauseRowsVerdict([result(false)], "USD")).toMatch(
      /^Pausing these 2 campaigns saves their ad spend: \$900\.00 over July 1 – September 30, 2026\. It also puts at risk the revenue credited to them, \$450\.00,/,
    );
  });
});
