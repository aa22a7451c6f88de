import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { asksRowsBehind, rowsBehindNote } from "./rows-behind-note.ts";

function result(model?: string): Pick<MetricResult, "columns" | "rows" | "provenance"> {
  return {
    columns: [
      { key: "channel", label: "Channel", kind: "dimension" },
      { key: "revenue", label: "Revenue", kind: "metric", unit: "currency" },
    ] as MetricResult["columns"],
    rows: [{ channel: "Email", revenue: 120 }],
    provenance: {
      ...(model ? { attribution: { model, source: "table", lookbackDays: 30 } } : {}),
    } as unknown as MetricResult["provenance"],
  };
}

describe("rowsBehindNote", () => {
  it("says what each row sums and names the attribution model the query ran", () => {
    expect(
      rowsBehindNote(result("last_touch"), "give me the underlying data for sales per channel in q2"),
    ).toBe(
      "Each row sums Revenue of the orders credited to that channel under the last touch attribution model (orders with no tracked touch go to Direct); every row is in the table below. One line per order is not listed here; ask for the same figures by day to see the daily rows.",
    );
  });

  it("says daily sums when no attribution ran (ad spend)", () => {
    expect(rowsBehindNote(result(), "raw data for revenue by channel")).toBe(
      "Each row sums the daily Revenue recorded for that channel; every row is in the table below. Ask for the same figures by day to see the daily rows.",
    );
  });

  it("says nothing when the rows behind were not asked for", () => {
    expect(rowsBehindNote(result("last_touch"), "revenue by channel last month")).toBe("");
    expect(asksRowsBehind("what records make up the paid search spend?")).toBe(true);
    expect(asksRowsBehind("the rows under spend by campaign")).toBe(true);
  });
});
