import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { namedShareText } from "./named-share.ts";

/** Revenue by channel for one period: Email 25 of 200. */
const result = {
  columns: [
    { key: "channel", label: "Channel", kind: "dimension" },
    {
      key: "revenue",
      label: "Revenue",
      kind: "metric",
      additive: true,
      unit: "currency",
      format: "currency",
    },
  ],
  rows: [
    { channel: "Organic Search", revenue: 100 },
    { channel: "Direct", revenue: 75 },
    { channel: "Email", revenue: 25 },
  ],
} as unknown as MetricResult;

describe("namedShareText", () => {
  it("gives the one named member's share of the whole", () => {
    expect(namedShareText(result, "email revenue share this year", "USD")).toBe(
      "Email's share of revenue: 12.5% ($25.00 of $200.00).",
    );
  });

  it("adds nothing without a share ask, or naming no single member", () => {
    expect(namedShareText(result, "email revenue this year", "USD")).toBe("");
    expect(namedShareText(result, "share of revenue by channel", "USD")).toBe("");
  });
});
