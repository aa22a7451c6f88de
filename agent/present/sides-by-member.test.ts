import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { withSidesByMember } from "./sides-by-member.ts";

const result = {
  columns: [
    { key: "region", label: "Customer state", kind: "dimension" },
    { key: "platform", label: "Platform", kind: "dimension" },
    { key: "orders", label: "Orders", kind: "metric", unit: "count", format: "integer", additive: true },
  ],
  rows: [
    { region: "New York", platform: "google_ads", orders: 8 },
    { region: "Oregon", platform: "google_ads", orders: 4 },
    { region: "Colorado", platform: "tiktok_ads", orders: 2 },
    { region: "Texas", platform: "tiktok_ads", orders: 0 },
  ],
  totals: { orders: 14 },
  provenance: { filters: [{ field: "platform", op: "in", values: ["tiktok_ads", "google_ads"] }] },
} as unknown as MetricResult;

const p = {
  text: "For October 2–31, 2026:\nOrders by customer state and platform:\n- New York / Google Ads: 8",
  data: { columns: [], rows: [] },
  provenance: {},
};
const labels = { platform: { tiktok_ads: "TikTok Ads", google_ads: "Google Ads" } };
const ctx = (question: string) => ({ currency: "USD", timeZone: "UTC", question, valueLabels: labels });

describe("withSidesByMember", () => {
  it("gives each side its total and its top members", () => {
    expect(withSidesByMember(p, result, ctx("orders by state, tiktok vs google"))?.text).toBe(
      [
        "For October 2–31, 2026:",
        "Orders by customer state, side by side:",
        "- TikTok Ads: Orders 2 in all; top customer states: Colorado 2.",
        "- Google Ads: Orders 12 in all; top customer states: New York 8, Oregon 4.",
        "The full rows are in the table.",
      ].join("\n"),
    );
  });
  it("leaves a question with no sides alone", () => {
    expect(withSidesByMember(p, result, ctx("orders by state by platform"))).toBeUndefined();
  });
});
