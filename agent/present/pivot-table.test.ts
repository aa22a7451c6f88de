import { describe, expect, it } from "vitest";
import { withPivotTable } from "./pivot-table.ts";
import type { Presentation } from "./types.ts";

const p: Presentation = {
  text: "long text",
  data: {
    columns: [
      { key: "date", label: "Date" },
      { key: "channel", label: "Channel" },
      { key: "revenue", label: "Revenue", unit: "currency" },
    ],
    rows: [
      { date: "2026-09-01", channel: "Email", revenue: 30 },
      { date: "2026-09-01", channel: "Direct", revenue: 90 },
      { date: "2026-10-01", channel: "Direct", revenue: 60 },
    ],
  },
  provenance: { timeRange: { from: "2026-09-01", to: "2026-10-31" } },
};
const ctx = { currency: "USD", timeZone: "UTC", question: "revenue, months as rows and channels as columns" };

describe("withPivotTable", () => {
  it("lays the long rows out as asked, with row and column totals", () => {
    const out = withPivotTable(p, "month", ctx);
    expect(out?.data.rows).toEqual([
      { date: "2026-09-01", Direct: 90, Email: 30, total: 120 },
      { date: "2026-10-01", Direct: 60, Email: null, total: 60 },
    ]);
    expect(out?.text.split("\n").slice(1)).toEqual([
      "| Month | Direct | Email | Total |",
      "| --- | --- | --- | --- |",
      "| September 2026 | $90.00 | $30.00 | $120.00 |",
      "| October 2026 | $60.00 | – | $60.00 |",
      "| Total | $150.00 | $30.00 | $180.00 |",
    ]);
  });

  it("leaves the answer alone when no layout is asked for", () => {
    expect(withPivotTable(p, "month", { ...ctx, question: "revenue by month by channel" })).toBeUndefined();
  });
});
