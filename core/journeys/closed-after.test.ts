import { describe, expect, it } from "vitest";
import { closedAfter } from "./closed-after.ts";
import { journey } from "./testing.ts";

// Five journeys worked out by hand: paid search before an affiliate close in a and b only.
const FIVE = [
  journey("a", 100, 10, [
    ["paid_search", 0],
    ["affiliate", 10],
  ]),
  journey("b", 40, 10, [
    ["paid_search", 1],
    ["email", 2],
    ["affiliate", 10],
  ]),
  journey("c", 60, 10, [["affiliate", 10]]),
  journey("d", 30, 10, [
    ["affiliate", 1],
    ["paid_search", 10],
  ]),
  journey("e", 20, 10, [
    ["paid_search", 3],
    ["direct", 10],
  ]),
  journey("f", 5, 10, []),
];

describe("closedAfter", () => {
  it("counts journeys closed on one channel after another, both ways round", () => {
    const s = closedAfter(FIVE, "paid_search", "affiliate");
    expect(s.journeys).toBe(5);
    expect([s.withEarlier, s.withEarlierRevenue]).toEqual([4, 190]);
    expect([s.closedAfter, s.closedAfterRevenue]).toEqual([2, 140]);
    expect([s.endedOnLast, s.endedOnLastRevenue, s.closedWithout]).toEqual([3, 200, 1]);
    expect(s.shareOfEarlier).toBe(0.5);
    expect(s.shareOfLast).toBe(2 / 3);
    expect(s.byLastTouch).toEqual([
      { lastChannel: "affiliate", orders: 2, revenue: 140, share: 0.5 },
      { lastChannel: "paid_search", orders: 1, revenue: 30, share: 0.25 },
      { lastChannel: "direct", orders: 1, revenue: 20, share: 0.25 },
    ]);
  });

  it("a touch of the earlier channel after the close does not exist; the close itself is not 'earlier'", () => {
    const s = closedAfter([journey("x", 10, 5, [["affiliate", 5]])], "affiliate", "affiliate");
    expect([s.withEarlier, s.closedAfter, s.endedOnLast]).toEqual([1, 0, 1]);
    expect(s.shareOfLast).toBe(0);
  });

  it("no journeys: zero shares", () => {
    const s = closedAfter([], "paid_search", "affiliate");
    expect([s.journeys, s.shareOfEarlier, s.shareOfLast, s.byLastTouch.length]).toEqual([0, 0, 0, 0]);
  });
});
