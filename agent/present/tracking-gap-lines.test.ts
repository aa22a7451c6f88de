import { describe, expect, it } from "vitest";
import type { DetectAnomaliesData } from "../../tools/detect-anomalies/execute.ts";
import { presentAnomalies } from "./anomalies.ts";

const ctx = { currency: "USD", timeZone: "America/New_York" };

/** A month's scan of orders with nothing flagged, and the tracking gaps given. */
function scan(trackingGaps: DetectAnomaliesData["trackingGaps"]): DetectAnomaliesData {
  return {
    period: { from: "2026-03-01", to: "2026-03-31", timeZone: "America/New_York" },
    dimension: null,
    sensitivity: "medium",
    threshold: 4,
    flaggedDays: 0,
    metrics: [
      {
        metric: "orders",
        definition: { label: "Orders", unit: "count", format: "integer" },
        shape: "additive",
        series: [{ series: "overall", member: null, anomalies: [], evaluatedDays: 31, skippedDays: 0 }],
      },
    ],
    ...(trackingGaps ? { trackingGaps } : {}),
    provenance: {
      definitions: [],
      baselineFrom: "2026-01-04",
      timeZone: "America/New_York",
      filters: [],
      model: "",
      events: [],
      dataFreshness: { adSpendThrough: "2026-10-31", adSpendFrom: "2025-11-01" },
    },
  };
}

describe("tracking gaps in an anomaly scan", () => {
  it("names the day orders fell with sessions, instead of saying there were no anomalies", () => {
    const gap = {
      date: "2026-03-17",
      metric: "orders",
      value: 0,
      normal: 7,
      sessions: { value: 113, normal: 1376 },
      spend: { value: 300.14, normal: 289.19 },
    };
    expect(presentAnomalies(scan([gap]), ctx).text).toBe(
      "March 17, 2026 looks like lost tracking (a tag or pixel outage, or the site down) rather than lost demand: against a normal day (the median of the 28 days before), orders 0 against 7, with sessions 113 against 1,376, while ad spend ran as usual at $300.14 against $289.19. The detector does not flag orders alone that day: its day-to-day swings are wide, but the fall in sessions on the same day is the evidence.",
    );
  });

  it("still says a quiet scan is quiet when no day lost tracking", () => {
    expect(presentAnomalies(scan(undefined), ctx).text).toBe("No anomalies in orders for March 1–31, 2026.");
  });

  it("answers 'how many orders did the outage lose' with the orders not recorded, not 'no incident'", () => {
    const gap = {
      date: "2026-03-17",
      metric: "orders",
      value: 0,
      normal: 7,
      sessions: { value: 113, normal: 1376 },
      spend: { value: 300.14, normal: 289.19 },
    };
    const text = presentAnomalies({ ...scan([gap]), lossAsked: true }, ctx).text;
    expect(text.split("\n")[0]).toBe(
      "Roughly 7 orders went unrecorded, as an estimate: on March 17, 2026 tracking was lost, with 0 orders recorded against 7 on a normal day. Sessions fell with them while ad spend held, so those orders were most likely placed but not tracked, rather than lost sales. Apart from that day, no channel's conversion rate broke below its usual level in March 1–31, 2026; the scan's findings follow.",
    );
  });
});
