import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { blendedCpaLabelled, paidCpaNote } from "./paid-cpa-note.ts";

const result = (keys: string[], model?: string): MetricResult =>
  ({
    columns: keys.map((key) => ({
      key,
      label: key === "cpa" ? "Cost per acquisition" : "Paid CPA",
      kind: "metric",
    })),
    rows: [Object.fromEntries(keys.map((k, i) => [k, 100 - i * 70]))],
    totals: {},
    provenance: { attribution: model ? { model, source: "table", lookbackDays: 30 } : undefined },
  }) as unknown as MetricResult;

describe("paid CPA beside the blended cost per order (leftC)", () => {
  it("names the blended column as blended only when paid CPA is beside it", () => {
    const both = blendedCpaLabelled(result(["paid_cpa", "cpa"]));
    expect(both.columns.map((c) => c.label)).toEqual(["Paid CPA", "Blended cost per order"]);
    expect(blendedCpaLabelled(result(["cpa"])).columns[0]!.label).toBe("Cost per acquisition");
  });

  it("says which model credits the paid orders, and what the blended figure counts", () => {
    expect(paidCpaNote(result(["paid_cpa", "cpa"], "last_touch"))).toBe(
      "Paid CPA is ad spend over the orders the last touch attribution model credits to paid channels. Blended cost per order is all ad spend over every order (organic, direct and email included), so it runs lower than paid CPA.",
    );
    expect(paidCpaNote(result(["cpa"]))).toBe("");
  });
});
