import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { clickSessionGapText } from "./click-session-gap.ts";

/** Paid clicks and sessions by channel for October. */
const RESULT = {
  columns: [
    { key: "channel", label: "Channel", kind: "dimension" },
    { key: "clicks", label: "Ad clicks", kind: "metric", additive: true },
    { key: "sessions", label: "Sessions", kind: "metric", additive: true },
  ],
  rows: [
    { channel: "Paid Search", clicks: 1000, sessions: 880 },
    { channel: "Display", clicks: 200, sessions: 210 },
  ],
  totals: { clicks: 1200, sessions: 1090 },
  provenance: { timeRange: { from: "2026-10-01", to: "2026-10-31", timeZone: "UTC" }, filters: [] },
} as unknown as MetricResult;

describe("clickSessionGapText (fix14b)", () => {
  it("gives each channel's clicks, sessions and gap as a share of clicks, then all paid channels", () => {
    const text = clickSessionGapText(RESULT, "what % of paid clicks never show up as sessions");
    expect(text.split("\n").slice(0, 4)).toEqual([
      "For October 1–31, 2026, paid channels' ad clicks against the sessions they brought to the site:",
      "- Paid Search: 1,000 ad clicks, 880 sessions: 12.0% of clicks without a session",
      "- Display: 200 ad clicks, 210 sessions: 5.0% more sessions than clicks",
      "- All paid channels: 1,200 ad clicks, 1,090 sessions: 9.2% of clicks without a session.",
    ]);
    expect(text).toMatch(/counted by the ad platforms and sessions by your site's analytics/);
  });

  it("says nothing when the gap is not asked", () => {
    expect(clickSessionGapText(RESULT, "clicks and sessions by channel")).toBe("");
  });
});
