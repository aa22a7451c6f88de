import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { withCompoundRate } from "./compound-rate.ts";
import type { Presentation } from "./types.ts";

const result = (values: number[]) =>
  ({
    columns: [
      { key: "date", label: "Date", kind: "dimension" },
      { key: "orders", label: "Orders", kind: "metric", unit: "count", additive: true },
    ],
    rows: values.map((v, i) => ({ date: `2026-0${i + 1}-01`, orders: v })),
    totals: {},
  }) as unknown as MetricResult;
const p: Presentation = { text: "Orders by month.", data: { columns: [], rows: [] }, provenance: {} };
const ctx = { currency: "USD", timeZone: "UTC", question: "cmgr of orders" };

describe("withCompoundRate", () => {
  it("names the rate per month from the first month to the last", () => {
    // 100 -> 121 over two months: 10% a month.
    expect(withCompoundRate(p, result([100, 130, 121]), "month", ctx)?.text).toBe(
      "Orders, compound growth per month from January 2026 (100) to March 2026 (121): +10.0% a month over 2 months (the steady rate that links the two ends; each month's value is in the table).\nOrders by month.",
    );
  });

  it("says why there is no rate when an end is zero, and is not used unless asked", () => {
    expect(withCompoundRate(p, result([0, 5, 9]), "month", ctx)?.text.split("\n")[0]).toBe(
      "Orders: no compound growth rate from January 2026 (0) to March 2026 (9), because an end is zero or below.",
    );
    expect(
      withCompoundRate(p, result([100, 130, 121]), "month", { ...ctx, question: "orders by month" }),
    ).toBeUndefined();
  });
});
