import { describe, expect, it } from "vitest";
import { type DailyTotals, trackingLossDays } from "./tracking-loss-days.ts";

/** Twenty days from March 1 at 40 orders, 1,000 sessions and $500 of spend, then `edit` applied. */
function days(edit: (d: DailyTotals, i: number) => DailyTotals = (d) => d): DailyTotals[] {
  return Array.from({ length: 20 }, (_, i) =>
    edit({ date: `2026-03-${String(i + 1).padStart(2, "0")}`, orders: 40, sessions: 1000, spend: 500 }, i),
  );
}

describe("trackingLossDays", () => {
  it("finds the day sessions and orders fell below half while spend held", () => {
    const outage = days((d, i) => (i === 16 ? { ...d, orders: 3, sessions: 80 } : d));
    expect(trackingLossDays(outage)).toEqual(["2026-03-17"]);
  });

  it("does not call a day lost when spend fell with it (lost demand or paused ads)", () => {
    const paused = days((d, i) => (i === 16 ? { ...d, orders: 3, sessions: 80, spend: 200 } : d));
    expect(trackingLossDays(paused)).toEqual([]);
  });

  it("needs both sessions and orders down: orders alone is a conversion problem", () => {
    const checkout = days((d, i) => (i === 16 ? { ...d, orders: 3 } : d));
    expect(trackingLossDays(checkout)).toEqual([]);
  });

  it("finds a two-day outage, each day judged against the days around it", () => {
    const two = days((d, i) => (i === 9 || i === 10 ? { ...d, orders: 10, sessions: 300 } : d));
    expect(trackingLossDays(two)).toEqual(["2026-03-10", "2026-03-11"]);
  });

  it("reads days in date order whatever order they come in, and skips a day with too few neighbours", () => {
    const outage = days((d, i) => (i === 4 ? { ...d, orders: 0, sessions: 0 } : d)).reverse();
    expect(trackingLossDays(outage)).toEqual(["2026-03-05"]);
    expect(trackingLossDays(days().slice(0, 3))).toEqual([]);
  });
});
