import { describe, expect, it } from "vitest";
import { campaignChangePoints, marketingCalendar, scanOptions } from "./scan-context.ts";

describe("marketingCalendar", () => {
  it("derives Black Friday week to Cyber Monday and Christmas to New Year from calendar rules", () => {
    expect(marketingCalendar("2025-11-01", "2026-12-31")).toEqual([
      { from: "2025-11-21", to: "2025-12-02", label: "Black Friday week to Cyber Monday" },
      { from: "2025-12-20", to: "2026-01-01", label: "Christmas and New Year" },
      { from: "2026-11-20", to: "2026-12-01", label: "Black Friday week to Cyber Monday" },
      { from: "2026-12-20", to: "2027-01-01", label: "Christmas and New Year" },
    ]);
    // Thanksgiving 2024 was November 28, 2023 November 23.
    expect(marketingCalendar("2024-11-01", "2024-11-30")[0]).toEqual({
      from: "2024-11-22",
      to: "2024-12-03",
      label: "Black Friday week to Cyber Monday",
    });
    expect(marketingCalendar("2023-12-25", "2023-12-25").map((e) => e.from)).toEqual(["2023-12-20"]);
    expect(marketingCalendar("2026-03-01", "2026-06-30")).toEqual([]);
  });
});

describe("campaignChangePoints", () => {
  const campaigns = [
    { channel: "paid_social", platform: "meta_ads", start: "2026-06-01", end: "2026-08-31" },
    { channel: "paid_search", platform: "google_ads", start: "2025-03-01", end: null },
  ];
  it("gives starts and the day after ends of the series' campaigns, for paid-media series only", () => {
    expect(campaignChangePoints(campaigns, true, "channel", "paid_social")).toEqual([
      "2026-06-01",
      "2026-09-01",
    ]);
    expect(campaignChangePoints(campaigns, true, "platform", "google_ads")).toEqual(["2025-03-01"]);
    expect(campaignChangePoints(campaigns, true, "channel", null)).toEqual([
      "2025-03-01",
      "2026-06-01",
      "2026-09-01",
    ]);
    expect(campaignChangePoints(campaigns, true, "campaign", "x")).toEqual([
      "2025-03-01",
      "2026-06-01",
      "2026-09-01",
    ]);
    expect(campaignChangePoints(campaigns, false, "channel", "paid_social")).toEqual([]);
  });
  it("builds the scan's detector options", () => {
    const events = marketingCalendar("2025-11-01", "2025-11-30");
    expect(
      scanOptions(
        { threshold: 4 },
        { events, campaigns, paidMedia: true, dimension: "channel", member: "paid_search" },
      ),
    ).toEqual({ threshold: 4, events, changePoints: ["2025-03-01"] });
  });
});
