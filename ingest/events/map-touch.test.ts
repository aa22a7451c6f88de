import { describe, expect, it } from "vitest";
import { classifyTouch } from "../channels/classify.ts";
import type { CampaignRef } from "./channel.ts";
import { mapTrackedTouch } from "./map-touch.ts";

const none = new Map<string, CampaignRef>();
const shop = "https://shop.example/landing";

describe("mapTrackedTouch (the shared classifier)", () => {
  it.each([
    [{ utmSource: "google", utmMedium: "cpc" }, "paid_search", "google_ads", "google", "cpc"],
    [{ gclid: "abc", url: shop }, "paid_search", "google_ads", "google", "cpc"],
    // fbclid alone: Meta adds it to organic links too; GA4 has no click-id rule (see map-touch.ts).
    [{ fbclid: "abc", url: shop }, "organic_social", null, "facebook", "referral"],
    [{ ttclid: "abc", url: shop }, "paid_social", "tiktok_ads", "tiktok", "cpc"],
    // A paid UTM medium wins over the click id.
    [
      { fbclid: "abc", utmSource: "facebook", utmMedium: "paid_social", url: shop },
      "paid_social",
      "meta_ads",
      "facebook",
      "paid_social",
    ],
    [
      { utmSource: "Instagram", utmMedium: "paid_social" },
      "paid_social",
      "meta_ads",
      "instagram",
      "paid_social",
    ],
    [{ utmSource: "klaviyo", utmMedium: "email" }, "email", "klaviyo", "klaviyo", "email"],
    [{ utmSource: "impact", utmMedium: "affiliate" }, "affiliate", null, "impact", "affiliate"],
    [{ utmSource: "google", utmMedium: "display" }, "display", "google_ads", "google", "display"],
    [
      { referrer: "https://www.google.com/search?q=tent", url: shop },
      "organic_search",
      null,
      "google.com",
      "organic",
    ],
    [
      { referrer: "https://blog.example.org/tents", url: shop },
      "referral",
      null,
      "blog.example.org",
      "referral",
    ],
    [{ url: shop }, "direct", null, "(direct)", "(none)"],
    [{ referrer: "https://shop.example/cart", url: shop }, "direct", null, "(direct)", "(none)"],
  ])("maps %j to %s", (origin, channel, platform, source, medium) => {
    expect(mapTrackedTouch(origin, none, [])).toEqual({
      channel,
      platform,
      campaignId: null,
      source,
      medium,
    });
  });

  it("agrees with classifyTouch, the classifier imports and adapters use", () => {
    const origin = { utmSource: "newsletter", utmMedium: "e-mail", utmCampaign: "Fall" };
    const c = classifyTouch(origin);
    expect(mapTrackedTouch(origin, none, [])).toMatchObject({ channel: c.channel, source: c.source });
  });

  it("applies the organization's rules: fbclid visits moved to paid social by a rule of their own", () => {
    const rules = [
      {
        source: { op: "exact" as const, value: "facebook" },
        medium: { op: "exact" as const, value: "referral" },
        channel: "paid_social" as const,
      },
    ];
    expect(mapTrackedTouch({ fbclid: "abc", url: shop }, none, rules)).toMatchObject({
      channel: "paid_social",
      platform: "meta_ads",
    });
    // A plain facebook.com referral (no click id) is not touched by that rule.
    expect(mapTrackedTouch({ referrer: "https://www.facebook.com/", url: shop }, none, rules)).toMatchObject({
      channel: "organic_social",
      source: "facebook.com",
    });
  });

  it("takes a known campaign's channel and platform from utm_campaign, whatever the case", () => {
    const campaigns = new Map([["fall sale", { id: 7, channel: "paid_social", platform: "meta_ads" }]]);
    expect(
      mapTrackedTouch({ utmSource: "fb", utmMedium: "cpc", utmCampaign: "Fall Sale" }, campaigns, []),
    ).toEqual({
      channel: "paid_social",
      platform: "meta_ads",
      campaignId: 7,
      source: "fb",
      medium: "cpc",
    });
  });
});
