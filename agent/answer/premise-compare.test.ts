import { describe, expect, it } from "vitest";
import type { ComparePeriodsData } from "../../tools/compare-periods/execute.ts";
import { spec } from "../present/metric-spec.ts";
import { comparisonPremise, premiseQuestion } from "./premise-compare.ts";

const data = (current: number, previous: number, rows: Record<string, unknown>[] = []) =>
  ({
    totals: [
      {
        metric: "orders",
        label: "Orders",
        unit: "count",
        additive: true,
        current,
        previous,
        change: current - previous,
        percentChange: (current - previous) / previous,
        assessment: "better",
      },
    ],
    rows,
  }) as unknown as ComparePeriodsData;

describe("comparisonPremise", () => {
  it("says no first when the figure moved the other way", () => {
    expect(comparisonPremise("orders dropped in august?", data(443, 439), "USD", spec)).toBe(
      "No: orders did not fall, they rose (up 0.9% from 439 in the period before).",
    );
  });
  it("says yes when it moved as asked", () => {
    expect(comparisonPremise("were orders down in august", data(400, 439), "USD", spec)).toBe(
      "Yes: orders fell (down 8.9% from 439 in the period before).",
    );
  });
  it("says nothing without a direction asked, or for members", () => {
    expect(comparisonPremise("orders in august vs july", data(443, 439), "USD", spec)).toBeUndefined();
    expect(
      comparisonPremise(
        "which channel dropped in august",
        data(443, 439, [{ channel: "email" }]),
        "USD",
        spec,
      ),
    ).toBeUndefined();
  });
  it("reads no direction from worse or better: which way is worse depends on the metric", () => {
    expect(
      comparisonPremise("were orders worse after the sale", data(443, 439), "USD", spec),
    ).toBeUndefined();
    expect(comparisonPremise("did orders get better in august", data(443, 439), "USD", spec)).toBeUndefined();
  });
  it("a bare why carries the question before it", () => {
    expect(premiseQuestion("why?", ["orders dropped in august?"])).toBe("orders dropped in august?");
    expect(premiseQuestion("why did revenue rise", ["orders in august"])).toBe("why did revenue rise");
  });
});
