import { describe, expect, it } from "vitest";
import type { DailyValue } from "../../core/anomaly/schemas.ts";
import { addDays } from "../../semantic/query/dates.ts";
import { trackingGaps } from "./tracking-gaps.ts";

/** 40 days from 2026-02-05 at `level`, with `day` set to `value`. */
function series(level: number, day?: string, value?: number): DailyValue[] {
  return Array.from({ length: 40 }, (_, i) => {
    const date = addDays("2026-02-05", i);
    return { date, value: date === day ? value! : level };
  });
}
const PERIOD = { from: "2026-03-10", to: "2026-03-16" };
const GAP = "2026-03-12";

describe("trackingGaps", () => {
  it("names a day sessions and orders both fell below half their normal while spend held", () => {
    const gaps = trackingGaps(
      series(1000, GAP, 90),
      [{ metric: "orders", series: series(10, GAP, 0) }],
      series(300, GAP, 310),
      PERIOD,
    );
    expect(gaps).toEqual([
      {
        date: GAP,
        metric: "orders",
        value: 0,
        normal: 10,
        sessions: { value: 90, normal: 1000 },
        spend: { value: 310, normal: 300 },
      },
    ]);
  });

  it("is no tracking gap when spend was cut too, or when orders held up", () => {
    const orders = [{ metric: "orders", series: series(10, GAP, 0) }];
    expect(trackingGaps(series(1000, GAP, 90), orders, series(300, GAP, 100), PERIOD)).toEqual([]);
    const held = [{ metric: "orders", series: series(10, GAP, 6) }];
    expect(trackingGaps(series(1000, GAP, 90), held, series(300), PERIOD)).toEqual([]);
    // Sessions at 60% of normal: not a collapse.
    expect(trackingGaps(series(1000, GAP, 600), orders, series(300), PERIOD)).toEqual([]);
  });

  it("checks a segment without ad spend on sessions alone, and only days in the period", () => {
    const orders = [{ metric: "orders", series: series(10, GAP, 1) }];
    expect(trackingGaps(series(1000, GAP, 50), orders, undefined, PERIOD)[0]).toEqual({
      date: GAP,
      metric: "orders",
      value: 1,
      normal: 10,
      sessions: { value: 50, normal: 1000 },
    });
    expect(
      trackingGaps(series(1000, GAP, 50), orders, undefined, { from: "2026-03-13", to: "2026-03-16" }),
    ).toEqual([]);
  });
});
