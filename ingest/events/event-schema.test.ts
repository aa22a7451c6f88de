import { describe, expect, it } from "vitest";
import { isBotUserAgent } from "./bots.ts";
import { parseEvents } from "./event-schema.ts";
import { isTouch, touchOrigin } from "./touch-origin.ts";

const page = {
  eventId: "e1",
  type: "page",
  ts: "2026-11-02T10:15:00Z",
  anonymousId: "a1",
  consent: { analytics: true },
  url: "https://shop.example/?utm_source=google&utm_medium=cpc&utm_campaign=Brand",
};

describe("parseEvents", () => {
  it("keeps the good events and reports each bad one by index and field", () => {
    const { valid, rejected } = parseEvents([
      page,
      { ...page, eventId: "e2", ts: "yesterday" },
      { ...page, eventId: "e3", anonymousId: undefined },
      { ...page, eventId: "e4", type: "order" },
      "not an event",
    ]);
    expect(valid.map((v) => v.index)).toEqual([0]);
    expect(rejected).toEqual([
      {
        index: 1,
        eventId: "e2",
        field: "ts",
        message: "expected an ISO 8601 time, e.g. 2026-11-02T10:15:00Z",
      },
      { index: 2, eventId: "e3", field: "anonymousId", message: "expected anonymousId or customerId" },
      {
        index: 3,
        eventId: "e4",
        field: "order",
        message: "an order event needs order {orderId, revenue, currency}",
      },
      { index: 4, field: "(event)", message: expect.any(String) },
    ]);
  });

  it("refuses unknown fields, so a misspelt one is not silently dropped", () => {
    const { rejected } = parseEvents([{ ...page, utm_source: "google" }]);
    expect(rejected[0]).toMatchObject({ index: 0, field: "(event)" });
    expect(rejected[0]!.message).toMatch(/utm_source/);
  });
});

describe("touchOrigin and isTouch", () => {
  it("reads UTM tags and click ids from the page URL", () => {
    const e = parseEvents([{ ...page, url: "https://shop.example/p?gclid=xyz&utm_campaign=Brand" }]).valid[0]!
      .event;
    expect(touchOrigin(e)).toMatchObject({ gclid: "xyz", utmCampaign: "Brand" });
    expect(isTouch(e, touchOrigin(e))).toBe(true);
  });

  it("does not count a page view inside a visit as a touch", () => {
    const e = parseEvents([{ ...page, url: "https://shop.example/cart", referrer: "https://shop.example/" }])
      .valid[0]!.event;
    expect(isTouch(e, touchOrigin(e))).toBe(false);
  });
});

describe("isBotUserAgent", () => {
  it.each([
    ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", true],
    [
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36",
      true,
    ],
    ["facebookexternalhit/1.1", true],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1",
      false,
    ],
    ["curl/8.5.0", false],
  ])("%s -> %s", (ua, bot) => {
    expect(isBotUserAgent(ua)).toBe(bot);
  });
});
