import { describe, expect, it } from "vitest";
import { quotedFigureVerdict, quotedValue } from "./quoted-figure-verdict.ts";

const ordersResult = (value: number) => [
  {
    name: "query_metrics",
    args: {},
    result: {
      ok: true,
      data: {
        columns: [{ key: "orders", label: "Orders", kind: "metric", unit: "count", format: "integer" }],
        rows: [{ orders: value }],
        totals: { orders: value },
        provenance: { timeRange: { from: "2026-10-01", to: "2026-10-31", timeZone: "America/New_York" } },
      },
    },
  },
];

describe("quotedFigureVerdict", () => {
  it("reads quoted figures in the metric's terms", () => {
    expect(quotedValue("1,417", "count")).toEqual({ value: 1417, slack: 0.5 });
    expect(quotedValue("$120k", "currency")).toEqual({ value: 120000, slack: 500 });
    expect(quotedValue("1.4", "ratio")).toEqual({ value: 1.4, slack: 0.05 });
  });
  it("says no, ours, and the usual causes when the figure differs", () => {
    const v = quotedFigureVerdict("1,417", ordersResult(317), "USD");
    expect(
      v?.startsWith(
        "No: our figure for orders over October 1–31, 2026 is 317, not 1,417 (ours is lower). I can't see where the 1,417 came from",
      ),
    ).toBe(true);
    expect(v).toContain("platform-reported conversions counted as orders");
  });
  it("says yes when it matches to the precision quoted", () => {
    expect(quotedFigureVerdict("317", ordersResult(317), "USD")).toBe(
      "Yes: our figure for orders over October 1–31, 2026 is 317, which matches the 317 you quoted.",
    );
  });
});
