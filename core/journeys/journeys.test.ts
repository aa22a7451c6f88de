import { describe, expect, it } from "vitest";
import { assistedConversions } from "./assists.ts";
import { crossingsInto, firstToLastTouch, pathShare } from "./first-last.ts";
import { NO_TOUCH_PATH, pathLengths, quantileSorted, topPaths } from "./paths.ts";
import { journey, SIX_JOURNEYS } from "./testing.ts";
import { timeToConvert, timeToConvertByFirstTouch } from "./time-to-convert.ts";

describe("topPaths", () => {
  it("ranks raw paths by orders, then revenue", () => {
    const rows = topPaths(SIX_JOURNEYS, { collapseRepeats: false });
    expect(rows.map((r) => [r.path, r.orders, r.revenue])).toEqual([
      ["paid_social > email > direct", 2, 150],
      ["paid_search", 1, 200],
      ["email > email > direct", 1, 80],
      ["email > direct", 1, 70],
      [NO_TOUCH_PATH, 1, 30],
    ]);
    expect(rows[0]?.orderShare).toBe(2 / 6);
    expect(rows[0]?.revenueShare).toBe(150 / 530);
    expect(rows[4]?.channels).toEqual([]);
  });

  it("collapses repeats, and breaks a full tie by the path's label", () => {
    const rows = topPaths(SIX_JOURNEYS, { collapseRepeats: true });
    expect(rows.map((r) => [r.path, r.orders, r.revenue])).toEqual([
      ["email > direct", 2, 150],
      ["paid_social > email > direct", 2, 150],
      ["paid_search", 1, 200],
      [NO_TOUCH_PATH, 1, 30],
    ]);
    expect(rows.reduce((s, r) => s + r.orderShare, 0)).toBeCloseTo(1, 12);
  });
});

describe("pathLengths", () => {
  it("counts touches per order; the untouched order is apart from the averages", () => {
    expect(pathLengths(SIX_JOURNEYS, { collapseRepeats: false })).toEqual({
      distribution: [
        { touches: 0, orders: 1, share: 1 / 6 },
        { touches: 1, orders: 1, share: 1 / 6 },
        { touches: 2, orders: 1, share: 1 / 6 },
        { touches: 3, orders: 3, share: 3 / 6 },
      ],
      averageTouches: 12 / 5,
      medianTouches: 3,
      singleTouchShare: 1 / 5,
      ordersWithTouches: 5,
      ordersWithoutTouches: 1,
    });
  });

  it("counts a run of one channel once when collapsing", () => {
    const s = pathLengths(SIX_JOURNEYS, { collapseRepeats: true });
    expect(s.averageTouches).toBe(11 / 5);
    expect(s.medianTouches).toBe(2);
    expect(s.distribution.map((d) => [d.touches, d.orders])).toEqual([
      [0, 1],
      [1, 1],
      [2, 2],
      [3, 2],
    ]);
  });

  it("has no averages without touches", () => {
    const s = pathLengths([SIX_JOURNEYS[4]!], { collapseRepeats: false });
    expect([s.averageTouches, s.medianTouches, s.singleTouchShare]).toEqual([null, null, null]);
  });
});

describe("assistedConversions", () => {
  it("counts each channel once per conversion it appears on without closing it", () => {
    expect(assistedConversions(SIX_JOURNEYS)).toEqual([
      {
        channel: "email",
        lastTouchConversions: 0,
        lastTouchRevenue: 0,
        assistedConversions: 4,
        assistedRevenue: 300,
        firstTouchConversions: 2,
        assistRatio: null,
      },
      {
        channel: "paid_social",
        lastTouchConversions: 0,
        lastTouchRevenue: 0,
        assistedConversions: 2,
        assistedRevenue: 150,
        firstTouchConversions: 2,
        assistRatio: null,
      },
      {
        channel: "direct",
        lastTouchConversions: 4,
        lastTouchRevenue: 300,
        assistedConversions: 0,
        assistedRevenue: 0,
        firstTouchConversions: 0,
        assistRatio: 0,
      },
      {
        channel: "paid_search",
        lastTouchConversions: 1,
        lastTouchRevenue: 200,
        assistedConversions: 0,
        assistedRevenue: 0,
        firstTouchConversions: 1,
        assistRatio: 0,
      },
    ]);
  });
});

describe("timeToConvert", () => {
  const t = timeToConvert(SIX_JOURNEYS);

  it("summarizes elapsed days from the first touch (0, 2, 2, 10, 30)", () => {
    expect(t.overall).toEqual({
      orders: 5,
      meanDays: 8.8,
      medianDays: 2,
      p25Days: 2,
      p75Days: 10,
      p90Days: 22,
    });
    expect(t.ordersWithoutTouches).toBe(1);
  });

  it("buckets days with inclusive lower bounds", () => {
    expect(t.histogram.map((h) => [h.label, h.orders])).toEqual([
      ["under 1 day", 1],
      ["1-2 days", 2],
      ["3-6 days", 0],
      ["7-13 days", 1],
      ["14-29 days", 0],
      ["30 days or more", 1],
    ]);
  });

  it("counts the orders converting before each bucket's end (fix10c: a shorter lookback)", () => {
    expect(t.histogram.map((h) => [h.ordersWithin, h.shareWithin])).toEqual([
      [1, 0.2],
      [3, 0.6],
      [3, 0.6],
      [4, 0.8],
      [4, 0.8],
      [5, 1],
    ]);
  });

  it("splits by first-touch channel", () => {
    expect(t.byFirstTouchChannel.map((r) => r.channel)).toEqual(["email", "paid_social", "paid_search"]);
    const email = t.byFirstTouchChannel[0]!;
    expect([email.orders, email.meanDays, email.medianDays, email.p25Days, email.p75Days]).toEqual([
      2, 16, 16, 9, 23,
    ]);
    expect(email.p90Days).toBeCloseTo(27.2, 12);
    const social = t.byFirstTouchChannel[1]!;
    expect([social.orders, social.meanDays, social.medianDays, social.p25Days, social.p75Days]).toEqual([
      2, 6, 6, 4, 8,
    ]);
    expect(social.p90Days).toBeCloseTo(9.2, 12);
  });
});

describe("timeToConvertByFirstTouch", () => {
  it("sets the groups side by side in the order asked, each over its own journeys", () => {
    const rows = timeToConvertByFirstTouch(SIX_JOURNEYS, [
      { key: "paid_search", matches: (t) => t.channel === "paid_search" },
      { key: "social or email", matches: (t) => t.channel === "paid_social" || t.channel === "email" },
      { key: "display", matches: (t) => t.channel === "display" },
    ]);
    expect(rows.map((r) => [r.key, r.summary?.orders ?? 0, r.summary?.medianDays ?? null])).toEqual([
      ["paid_search", 1, 0],
      // paid social 10 and 2 days, email 2 and 30 days: sorted 2, 2, 10, 30
      ["social or email", 4, 6],
      ["display", 0, null],
    ]);
  });
});

describe("quantileSorted", () => {
  it("interpolates between closest ranks", () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([0, 2, 2, 10, 30], 0.9)).toBe(22);
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
  });
});

describe("firstToLastTouch", () => {
  it("pairs each journey's first and last channel; the untouched order is counted apart", () => {
    const s = firstToLastTouch(SIX_JOURNEYS);
    expect(s.ordersWithoutTouches).toBe(1);
    expect(s.rows.map((r) => [r.firstChannel, r.lastChannel, r.orders, r.revenue, r.shareOfFirst])).toEqual([
      ["email", "direct", 2, 150, 1],
      ["paid_social", "direct", 2, 150, 1],
      ["paid_search", "paid_search", 1, 200, 1],
    ]);
  });

  it("shares sum to one within a first channel", () => {
    const s = firstToLastTouch([
      journey("a", 10, 5, [
        ["organic_search", 0],
        ["paid_search", 5],
      ]),
      journey("b", 20, 5, [
        ["organic_search", 1],
        ["organic_search", 5],
      ]),
      journey("c", 30, 5, [
        ["organic_search", 2],
        ["email", 3],
        ["paid_search", 5],
      ]),
    ]);
    expect(s.rows.map((r) => [r.lastChannel, r.orders, r.revenue, r.shareOfFirst])).toEqual([
      ["paid_search", 2, 40, 2 / 3],
      ["organic_search", 1, 20, 1 / 3],
    ]);
  });
});

describe("pathShare", () => {
  it("counts the journeys with a first and/or last channel among every journey with a touch", () => {
    const s = firstToLastTouch(SIX_JOURNEYS);
    // Five journeys have touches (o5 has none): o1, o2 paid_social->direct; o3, o6 email->direct; o4 paid_search.
    expect(s.journeys).toBe(5);
    expect(s.rows.map((r) => [r.firstChannel, r.lastChannel, r.shareOfLast, r.shareOfAll])).toEqual([
      ["email", "direct", 0.5, 0.4],
      ["paid_social", "direct", 0.5, 0.4],
      ["paid_search", "paid_search", 1, 0.2],
    ]);
    expect(pathShare(s, { first: "paid_social", last: "direct" })).toEqual({
      orders: 2,
      revenue: 150,
      journeys: 5,
      share: 0.4,
    });
    expect(pathShare(s, { last: "direct" })).toEqual({ orders: 4, revenue: 300, journeys: 5, share: 0.8 });
    expect(pathShare(s, { first: "paid_search" })).toEqual({
      orders: 1,
      revenue: 200,
      journeys: 5,
      share: 0.2,
    });
    expect(pathShare(s, { first: "email", last: "paid_search" })).toEqual({
      orders: 0,
      revenue: 0,
      journeys: 5,
      share: 0,
    });
  });

  it("is zero over no journeys", () => {
    expect(pathShare(firstToLastTouch([]), { first: "email" })).toEqual({
      orders: 0,
      revenue: 0,
      journeys: 0,
      share: 0,
    });
  });
});

describe("crossingsInto", () => {
  it("counts, per first channel, the orders that closed on a channel of the group", () => {
    const { rows } = firstToLastTouch([
      journey("a", 10, 5, [
        ["organic_search", 0],
        ["paid_search", 5],
      ]),
      journey("b", 20, 5, [
        ["organic_search", 1],
        ["organic_search", 5],
      ]),
      journey("c", 30, 5, [
        ["organic_search", 2],
        ["email", 3],
        ["paid_social", 5],
      ]),
      journey("d", 40, 5, [
        ["email", 2],
        ["paid_social", 5],
      ]),
    ]);
    expect(crossingsInto(rows, new Set(["paid_search", "paid_social"]))).toEqual([
      {
        firstChannel: "organic_search",
        orders: 3,
        endedInGroup: 2,
        endedInGroupRevenue: 40,
        endedInGroupShare: 2 / 3,
      },
      { firstChannel: "email", orders: 1, endedInGroup: 1, endedInGroupRevenue: 40, endedInGroupShare: 1 },
    ]);
  });
});
