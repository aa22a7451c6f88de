import { describe, expect, it } from "vitest";
import { type CampaignRef, mapTouchChannel } from "./channel.ts";

const none = new Map<string, CampaignRef>();
const shop = "https://shop.example/landing";

describe("mapTouchChannel", () => {
  it.each([
    [{ utmSource: "google", utmMedium: "cpc" }, "paid_search", "google_ads", "google", "cpc"],
    [{ gclid: "abc", url: shop }, "paid_search", "google_ads", "google", "cpc"],
    [{ fbclid: "abc", url: shop }, "paid_social", "meta_ads", "facebook", "paid_social"],
    [{ ttclid: "abc", url: shop }, "paid_social", "tiktok_ads", "tiktok", "paid_social"],
    [
      { utmSource: "Instagram", utmMedium: "paid_social" },
      "paid_social",
      "meta_ads",
      "instagram",
      "paid_social",
    ],
    [{ utmSource: "klaviyo", utmMedium: "email" }, "email", null, "klaviyo", "email"],
    [{ utmSource: "impact", utmMedium: "affiliate" }, "affiliate", null, "impact", "affiliate"],
    [{ utmSource: "google", utmMedium: "display" }, "display", null, "google", "display"],
    [
      { referrer: "https://www.google.com/search?q=tent", url: shop },
      "organic_search",
      null,
      "google",
      "organic",
    ],
    [{ referrer: "https://www.reddit.com/r/camping", url: shop }, "referral", null, "reddit.com", "referral"],
    [{ url: shop }, "direct", null, "(direct)", "(none)"],
    [{ referrer: "https://shop.example/cart", url: shop }, "direct", null, "(direct)", "(none)"],
  ])("maps %j to %s", (origin, channel, platform, source, medium) => {
    expect(mapTouchChannel(origin, none)).toEqual({ channel, platform, campaignId: null, source, medium });
  });

  it("takes a known campaign's channel and platform from utm_campaign, whatever the case", () => {
    const campaigns = new Map([["fall sale", { id: 7, channel: "paid_social", platform: "meta_ads" }]]);
    expect(
      mapTouchChannel({ utmSource: "fb", utmMedium: "cpc", utmCampaign: "Fall Sale" }, campaigns),
    ).toEqual({
      channel: "paid_social",
      platform: "meta_ads",
      campaignId: 7,
      source: "fb",
      medium: "cpc",
    });
  });
});
