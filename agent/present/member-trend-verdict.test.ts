import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { memberTrendVerdict } from "./member-trend-verdict.ts";

/**
 * CPA and ROAS by month for two channels: Search's CPA $100 -> $80 and ROAS 1.00x -> 1.50x (both
 * better); Social's CPA $50 -> $60 and ROAS 2.00x -> 1.80x (both worse).
 */
const result = {
  columns: [
    { key: "date", label: "Date", kind: "dimension" },
    { key: "channel", label: "Channel", kind: "dimension" },
    { key: "spend", label: "Ad spend", kind: "metric", unit: "currency", additive: true },
    { key: "cpa", label: "Cost per acquisition", kind: "metric", unit: "currency" },
    { key: "roas", label: "Return on ad spend", kind: "metric", unit: "ratio" },
  ],
  rows: [
    { date: "2026-07-01", channel: "Search", spend: 1000, cpa: 100, roas: 1 },
    { date: "2026-07-01", channel: "Social", spend: 500, cpa: 50, roas: 2 },
    { date: "2026-08-01", channel: "Search", spend: 800, cpa: 80, roas: 1.5 },
    { date: "2026-08-01", channel: "Social", spend: 600, cpa: 60, roas: 1.8 },
  ],
  provenance: { grain: "month" },
} as unknown as MetricResult;

describe("memberTrendVerdict", () => {
  it("names the member whose efficiency measures moved the better way, first period against last", () => {
    expect(memberTrendVerdict(result, { grain: "month" }, "USD", "which one got more efficient")).toBe(
      [
        "Search got more efficient; Social did not (first month against last, July 2026 against August 2026):",
        "- Search: CPA $100.00 to $80.00 (down 20.0%, better); ROAS 1.00x to 1.50x (up 50.0%, better)",
        "- Social: CPA $50.00 to $60.00 (up 20.0%, worse); ROAS 2.00x to 1.80x (down 10.0%, worse)",
        "Each month:",
        "- July 2026: Search: ad spend $1,000.00, CPA $100.00, ROAS 1.00x; Social: ad spend $500.00, CPA $50.00, ROAS 2.00x",
        "- August 2026: Search: ad spend $800.00, CPA $80.00, ROAS 1.50x; Social: ad spend $600.00, CPA $60.00, ROAS 1.80x",
      ].join("\n"),
    );
  });

  it("says when neither improved, and which held up better", () => {
    const worse = {
      ...result,
      // Search's CPA $80 -> $84 and ROAS 1.00x -> 0.95x: both 5% worse, Social's worse still.
      rows: result.rows.map((r) =>
        r.channel === "Search"
          ? { ...r, cpa: r.date === "2026-07-01" ? 80 : 84, roas: r.date === "2026-07-01" ? 1 : 0.95 }
          : r,
      ),
    } as MetricResult;
    const text = memberTrendVerdict(worse, { grain: "month" }, "USD", "who improved more");
    expect(text.split("\n")[0]).toBe(
      "Neither got more efficient overall; Search held up better (first month against last, July 2026 against August 2026):",
    );
  });

  it("adds nothing without a verdict asked, an efficiency measure, or two members over two periods", () => {
    expect(memberTrendVerdict(result, { grain: "month" }, "USD", "cpa by channel by month")).toBe("");
    const spendOnly = {
      ...result,
      columns: result.columns.filter((c) => c.key !== "cpa" && c.key !== "roas"),
    } as MetricResult;
    expect(memberTrendVerdict(spendOnly, { grain: "month" }, "USD", "which one improved")).toBe("");
    const oneMember = { ...result, rows: result.rows.filter((r) => r.channel === "Search") } as MetricResult;
    expect(memberTrendVerdict(oneMember, { grain: "month" }, "USD", "which one improved")).toBe("");
  });
});
