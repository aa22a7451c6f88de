import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { memberShareText } from "./member-share.ts";

/** Spend by month and channel: Affiliate 10 of 100, then 30 of 120, then 20 of 80. */
const result = {
  columns: [
    { key: "date", label: "Date", kind: "dimension" },
    { key: "channel", label: "Channel", kind: "dimension" },
    { key: "spend", label: "Ad spend", kind: "metric", additive: true },
  ],
  rows: [
    { date: "2026-08-01", channel: "Affiliate", spend: 10 },
    { date: "2026-08-01", channel: "Display", spend: 90 },
    { date: "2026-09-01", channel: "Affiliate", spend: 30 },
    { date: "2026-09-01", channel: "Display", spend: 90 },
    { date: "2026-10-01", channel: "Affiliate", spend: 20 },
    { date: "2026-10-01", channel: "Display", spend: 60 },
  ],
} as unknown as MetricResult;

describe("memberShareText", () => {
  it("gives the named member's share of each month's whole, with the verdict and the peak", () => {
    expect(memberShareText(result, { grain: "month" }, "has affiliate's share of spend grown by month")).toBe(
      [
        "Affiliate's share of ad spend grew from 10.0% in August 2026 to 25.0% in October 2026 (highest 25.0% in September 2026).",
        "Affiliate's share of each month's ad spend:",
        "- August 2026: 10.0%",
        "- September 2026: 25.0%",
        "- October 2026: 25.0%",
      ].join("\n"),
    );
  });

  it("says so when the share shrank or held level", () => {
    const display = memberShareText(result, { grain: "month" }, "display share of spend per month");
    expect(display.split("\n")[0]).toBe(
      "Display's share of ad spend shrank from 90.0% in August 2026 to 75.0% in October 2026 (highest 90.0% in August 2026).",
    );
  });

  it("adds nothing without a share asked for, a named member, or a time breakdown", () => {
    expect(memberShareText(result, { grain: "month" }, "spend by channel per month")).toBe("");
    expect(memberShareText(result, { grain: "month" }, "share of spend per month")).toBe("");
    const noTime = { ...result, columns: result.columns.filter((c) => c.key !== "date") } as MetricResult;
    expect(memberShareText(noTime, {}, "affiliate share of spend")).toBe("");
  });

  it("names the attribution model when the split is by channel (leftA)", () => {
    const credited = {
      ...result,
      provenance: { attribution: { model: "last_touch", source: "table", lookbackDays: 30 } },
    } as unknown as MetricResult;
    const text = memberShareText(credited, { grain: "month" }, "affiliate share of spend per month");
    expect(text.split("\n").at(-1)).toBe(
      "Each channel's part is what the last touch attribution model credits to it.",
    );
  });
});
