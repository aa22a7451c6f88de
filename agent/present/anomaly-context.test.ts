import { describe, expect, it } from "vitest";
import { driverLines, plannedChangeLines } from "./anomaly-context.ts";
import { spec } from "./metric-spec.ts";

const spend = spec("spend", "Ad spend", "currency", "currency");

describe("driverLines", () => {
  it("names the members that moved a day against their own normal, with labels, leaving out the small ones", () => {
    const lines = driverLines(
      [
        {
          date: "2026-05-14",
          dimension: "channel",
          drivers: [
            { member: "paid_social", value: 260, normal: 40, change: 220 },
            { member: "display", value: 90, normal: 40, change: 50 },
            { member: "affiliate", value: 30, normal: 20, change: 10 },
          ],
        },
      ],
      spend,
      "USD",
      { channel: { paid_social: "Paid Social", display: "Display" } },
    );
    expect(lines).toEqual([
      "Ad spend above normal on May 14, 2026: $220.00 (Paid Social: $260.00 that day against its normal $40.00 a day, the median of the 28 days before); $50.00 (Display: $90.00 that day against its normal $40.00 a day, the median of the 28 days before).",
      "What moved May 14, 2026 (by channel, each against its median day over the 4 weeks before): Paid Social $260.00 vs $40.00 (up 550.0%); Display $90.00 vs $40.00 (up 125.0%).",
    ]);
  });
});

describe("plannedChangeLines", () => {
  const holdout = {
    channel: "display",
    campaign: null,
    from: "2026-06-22",
    to: "2026-06-28",
    expectedChangePercent: -100,
    note: "Holdout week: Display paused to measure what it adds (planned test)",
    effects: [
      {
        metric: "spend",
        effect: {
          from: "2026-06-22",
          to: "2026-06-28",
          days: 7,
          perDay: 0,
          beforeFrom: "2026-06-08",
          beforeTo: "2026-06-21",
          beforePerDay: 38.07,
          percentChange: -100,
        },
      },
    ],
  };

  it("says what the planned change was, its dates and effect, and that nothing else looks broken when nothing was flagged", () => {
    expect(plannedChangeLines([holdout], () => spend, "USD", 0)).toEqual([
      "A planned change in this period (recorded in your planned changes):",
      "- June 22–28, 2026: Holdout week: Display paused to measure what it adds (planned test). Ad spend averaged $0.00 a day during it vs $38.07 a day in the 2 weeks before (down 100.0%).",
      "These were planned, not faults: apart from them nothing in the period looks broken.",
    ]);
  });

  it("claims nothing about faults when days were flagged, and says nothing without planned changes", () => {
    expect(plannedChangeLines([{ ...holdout, to: null, effects: [] }], () => spend, "USD", 2)).toEqual([
      "A planned change in this period (recorded in your planned changes):",
      "- from June 22, 2026: Holdout week: Display paused to measure what it adds (planned test).",
      "Their days are planned and not counted as anomalies.",
    ]);
    expect(plannedChangeLines([], () => spend, "USD", 0)).toEqual([]);
  });
});
