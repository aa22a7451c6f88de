import { describe, expect, it } from "vitest";
import type { Anomaly } from "../../core/anomaly/detect.ts";
import { pickBiggest } from "./biggest-finding.ts";
import type { DetectAnomaliesData } from "./execute.ts";
import type { ScanRateBreak } from "./rate-breaks-in-scan.ts";

const day = (date: string, score: number): Anomaly => ({
  date,
  to: date,
  kind: "day",
  value: 10,
  expected: 5,
  lower: 3,
  upper: 7,
  score,
  direction: score > 0 ? "up" : "down",
  severity: "medium",
});

const rateBreak = (member: string, excess: number): ScanRateBreak => ({
  from: "2026-08-07",
  to: "2026-08-23",
  days: 17,
  rateInside: 0.0026,
  rateOutside: 0.01,
  relativeChange: -0.74,
  recovered: true,
  score: 40,
  metric: "conversion_rate",
  dimension: "channel",
  member,
  excess,
});

const metric = (
  key: string,
  anomalies: Anomaly[],
  rateBreaks?: ScanRateBreak[],
): DetectAnomaliesData["metrics"][number] => ({
  metric: key,
  shape: "additive",
  series: [{ series: "overall", member: null, anomalies, evaluatedDays: 90, skippedDays: 0 }],
  ...(rateBreaks ? { rateBreaks } : {}),
});

describe("pickBiggest", () => {
  it("puts the rate break that gained or lost most ahead of any single day", () => {
    const found = pickBiggest([
      metric("sessions", [day("2026-09-05", 7.1)]),
      metric("conversion_rate", [], [rateBreak("email", 12), rateBreak("paid_social", -38)]),
    ]);
    expect(found).toMatchObject({ kind: "rate_break", rateBreak: { member: "paid_social", excess: -38 } });
  });

  it("without a break, names the day furthest from its baseline with what moved it", () => {
    const m = metric("sessions", [day("2026-09-05", 7.1), day("2026-09-28", -7.4)]);
    m.drivers = [{ date: "2026-09-28", dimension: "channel", drivers: [] }];
    expect(pickBiggest([m])).toEqual({
      kind: "day",
      metric: "sessions",
      member: null,
      anomaly: day("2026-09-28", -7.4),
      drivers: { date: "2026-09-28", dimension: "channel", drivers: [] },
    });
  });

  it("says so when the scan found nothing", () => {
    expect(pickBiggest([metric("revenue", [])])).toEqual({ kind: "none" });
  });
});
