import { describe, expect, it } from "vitest";
import { CHANNEL_DEFINITIONS, CHANNEL_KEY_LIST } from "./channel-keys.ts";
import { type ChannelRule, channelRuleListSchema } from "./channel-rules.ts";
import { classifyTouch, platformFor, resolveSourceMedium, type TouchSignals } from "./classify.ts";
import { GA4_RULES, ga4DefaultChannel } from "./ga4-default-grouping.ts";
import { isSearchSite, isSocialSite, sourceHost } from "./source-categories.ts";

describe("ga4DefaultChannel", () => {
  // [source, medium, campaign, expected channel]: every GA4 rule at least once, plus the order.
  const cases: ReadonlyArray<readonly [string, string, string, string]> = [
    ["(direct)", "(none)", "", "direct"],
    ["(direct)", "(not set)", "", "direct"],
    ["(direct)", "cpc", "", "paid_other"],
    ["google", "cpc", "brand cross-network q4", "cross_network"],
    ["google", "cpc", "Shopping - all products", "paid_shopping"],
    ["amazon", "ppc", "", "paid_shopping"],
    ["google", "cpc", "", "paid_search"],
    ["Google", "CPC", "", "paid_search"],
    ["bing", "ppc", "", "paid_search"],
    ["duckduckgo", "paid_search", "", "paid_search"],
    ["google", "retargeting", "", "paid_search"],
    ["www.google.co.uk", "cpc", "", "paid_search"],
    ["facebook", "paid_social", "", "paid_social"],
    ["instagram", "cpc", "", "paid_social"],
    ["tiktok", "paid_social", "", "paid_social"],
    ["linkedin", "paid", "", "paid_social"],
    ["youtube", "cpv", "", "paid_video"],
    ["google", "display", "", "display"],
    ["criteo", "banner", "", "display"],
    ["anything", "cpm", "", "display"],
    ["newsletter", "cpa", "", "paid_other"],
    ["ebay", "referral", "", "organic_shopping"],
    ["partner", "referral", "summer-shop-event", "organic_shopping"],
    ["partner", "referral", "workshop-recap", "referral"],
    ["reddit.com", "referral", "", "organic_social"],
    ["l.facebook.com", "referral", "", "organic_social"],
    ["t.co", "referral", "", "organic_social"],
    ["blog", "social", "", "organic_social"],
    ["blog", "social media", "", "organic_social"],
    ["youtube.com", "referral", "", "organic_video"],
    ["vimeo", "referral", "", "organic_video"],
    ["blog", "video-embed", "", "organic_video"],
    ["google", "organic", "", "organic_search"],
    ["bing.com", "referral", "", "organic_search"],
    ["someengine", "organic", "", "organic_search"],
    ["klaviyo", "email", "", "email"],
    ["e-mail", "newsletter", "", "email"],
    ["crm", "e_mail", "", "email"],
    ["retailmenot", "affiliate", "", "affiliate"],
    ["impact", "affiliate", "", "affiliate"],
    ["backpacker.com", "referral", "", "referral"],
    ["partner", "app", "", "referral"],
    ["partner", "link", "", "referral"],
    ["spotify", "audio", "", "audio"],
    ["sms", "text", "", "sms"],
    ["attentive", "sms", "", "sms"],
    ["app", "web-push", "", "mobile_push"],
    ["app", "mobile-banner", "", "mobile_push"],
    ["app", "in-app notification", "", "mobile_push"],
    ["firebase", "inbox", "", "mobile_push"],
    ["partner", "print", "", "unassigned"],
    ["(not set)", "(not set)", "", "unassigned"],
  ];
  it.each(cases)("%s / %s (campaign %s) is %s", (source, medium, campaign, expected) => {
    expect(ga4DefaultChannel({ source, medium, campaign })).toBe(expected);
  });

  it("evaluates the rules in GA4's documented order", () => {
    expect(GA4_RULES.map((r) => r.channel)).toEqual([
      "direct",
      "cross_network",
      "paid_shopping",
      "paid_search",
      "paid_social",
      "paid_video",
      "display",
      "paid_other",
      "organic_shopping",
      "organic_social",
      "organic_video",
      "organic_search",
      "email",
      "affiliate",
      "referral",
      "audio",
      "sms",
      "mobile_push",
    ]);
  });

  it("assigns only known channel keys", () => {
    for (const rule of GA4_RULES) expect(CHANNEL_KEY_LIST).toContain(rule.channel);
  });
});

describe("source categories", () => {
  it("normalizes hosts", () => {
    expect(sourceHost("https://L.Facebook.com/l.php?u=x")).toBe("facebook.com");
    expect(sourceHost("www.google.de:443/search")).toBe("google.de");
    expect(sourceHost("  Google ")).toBe("google");
  });
  it("matches brands on any label but the top-level domain, and hosts as suffixes", () => {
    expect(isSearchSite("news.google.co.uk")).toBe(true);
    expect(isSearchSite("googleblog.com")).toBe(false);
    expect(isSocialSite("t.co")).toBe(true);
    expect(isSocialSite("reddit.co")).toBe(true);
    expect(isSocialSite("art.co")).toBe(false);
    expect(isSocialSite("")).toBe(false);
  });
});

describe("resolveSourceMedium", () => {
  const cases: ReadonlyArray<readonly [TouchSignals, { source: string; medium: string }]> = [
    [
      { utmSource: "Google", utmMedium: "CPC", gclid: "x" },
      { source: "google", medium: "cpc" },
    ],
    [{ utmSource: "newsletter" }, { source: "newsletter", medium: "(not set)" }],
    [{ utmMedium: "email" }, { source: "(not set)", medium: "email" }],
    [
      { gclid: "abc", referrer: "https://www.google.com/" },
      { source: "google", medium: "cpc" },
    ],
    [{ msclkid: "abc" }, { source: "bing", medium: "cpc" }],
    [{ ttclid: "abc" }, { source: "tiktok", medium: "cpc" }],
    [
      { fbclid: "abc", referrer: "https://l.facebook.com/" },
      { source: "facebook", medium: "referral" },
    ],
    [
      { gclid: "a", fbclid: "b" },
      { source: "google", medium: "cpc" },
    ],
    [{ referrer: "https://www.google.com/search?q=tent" }, { source: "google.com", medium: "organic" }],
    [{ referrer: "https://backpacker.com/best-tents" }, { source: "backpacker.com", medium: "referral" }],
    [{ referrer: "" }, { source: "(direct)", medium: "(none)" }],
    [
      { utmSource: "  ", referrer: "https://reddit.com/r/x" },
      { source: "reddit.com", medium: "referral" },
    ],
    [{}, { source: "(direct)", medium: "(none)" }],
  ];
  it.each(cases)("%j resolves to %j", (signals, expected) => {
    expect(resolveSourceMedium(signals)).toEqual(expected);
  });
  it("treats a referrer from the organization's own hosts as direct", () => {
    expect(resolveSourceMedium({ referrer: "https://shop.acme.com/cart" }, ["acme.com"])).toEqual({
      source: "(direct)",
      medium: "(none)",
    });
  });
});

describe("classifyTouch", () => {
  const cases: ReadonlyArray<readonly [TouchSignals, string, string | null]> = [
    // The demo's touch labels (db/simulator/labels.ts, specs/acme.ts) land on the demo's channels.
    [{ utmSource: "google", utmMedium: "cpc", utmCampaign: "Search - Brand" }, "paid_search", "google_ads"],
    [{ utmSource: "google", utmMedium: "display" }, "display", "google_ads"],
    [{ utmSource: "facebook", utmMedium: "paid_social" }, "paid_social", "meta_ads"],
    [{ utmSource: "instagram", utmMedium: "paid_social" }, "paid_social", "meta_ads"],
    [{ utmSource: "tiktok", utmMedium: "paid_social" }, "paid_social", "tiktok_ads"],
    [{ utmSource: "retailmenot", utmMedium: "affiliate" }, "affiliate", null],
    [{ utmSource: "klaviyo", utmMedium: "email" }, "email", "klaviyo"],
    [{ utmSource: "duckduckgo", utmMedium: "organic" }, "organic_search", null],
    [{ utmSource: "backpacker.com", utmMedium: "referral" }, "referral", null],
    [{ utmSource: "(direct)", utmMedium: "(none)" }, "direct", null],
    // Click ids and referrers without UTMs.
    [{ gclid: "Cj0KCQ" }, "paid_search", "google_ads"],
    [{ msclkid: "4f1e" }, "paid_search", "microsoft_ads"],
    [{ ttclid: "E.C.P" }, "paid_social", "tiktok_ads"],
    [{ fbclid: "IwAR0" }, "organic_social", null],
    [{ referrer: "https://www.bing.com/" }, "organic_search", null],
    [{ referrer: "https://www.youtube.com/watch?v=1" }, "organic_video", null],
    [{ referrer: "https://switchbacktravel.com/x" }, "referral", null],
    [{}, "direct", null],
    // UTMs beat click ids: a tagged Meta ad with fbclid is paid social.
    [{ utmSource: "fb", utmMedium: "cpc", fbclid: "IwAR0" }, "paid_social", "meta_ads"],
    [{ utmSource: "youtube", utmMedium: "cpv" }, "paid_video", "google_ads"],
    [{ utmSource: "linkedin", utmMedium: "ppc" }, "paid_social", "linkedin_ads"],
    [{ utmSource: "bing", utmMedium: "cpc" }, "paid_search", "microsoft_ads"],
    [{ utmSource: "newsletter", utmMedium: "cpa" }, "paid_other", null],
    [{ utmSource: "mailchimp", utmMedium: "e-mail" }, "email", "mailchimp"],
    [{ utmSource: "attentive", utmMedium: "sms" }, "sms", "attentive"],
    [{ utmSource: "print", utmMedium: "qr" }, "unassigned", null],
  ];
  it.each(cases)("%j is %s on %s", (signals, channel, platform) => {
    const c = classifyTouch(signals);
    expect({ channel: c.channel, platform: c.platform, decidedBy: c.decidedBy }).toEqual({
      channel,
      platform,
      decidedBy: "ga4",
    });
  });

  it("keeps the resolved source, medium and campaign", () => {
    expect(classifyTouch({ utmSource: " Google ", utmMedium: "CPC", utmCampaign: " Brand " })).toEqual({
      channel: "paid_search",
      platform: "google_ads",
      source: "google",
      medium: "cpc",
      campaign: "Brand",
      decidedBy: "ga4",
    });
  });

  const rules: ChannelRule[] = channelRuleListSchema.parse({
    rules: [
      { source: { op: "exact", value: "retailmenot" }, channel: "affiliate", platform: "impact" },
      { medium: { op: "exact", value: "newsletter" }, channel: "email" },
      {
        source: { op: "suffix", value: "reddit.com" },
        medium: { op: "exact", value: "referral" },
        channel: "referral",
      },
      { campaign: { op: "prefix", value: "pmax" }, channel: "paid_search", platform: "google_ads" },
      { source: { op: "contains", value: "partner" }, channel: "affiliate", platform: null },
    ],
  }).rules;

  it("applies the organization's rules first, in order", () => {
    const pick = (t: TouchSignals) => {
      const c = classifyTouch(t, { rules });
      return [c.channel, c.platform, c.decidedBy];
    };
    expect(pick({ utmSource: "RetailMeNot", utmMedium: "affiliate" })).toEqual([
      "affiliate",
      "impact",
      "rule:0",
    ]);
    expect(pick({ utmSource: "klaviyo", utmMedium: "Newsletter" })).toEqual(["email", "klaviyo", "rule:1"]);
    expect(pick({ referrer: "https://old.reddit.com/r/hiking" })).toEqual(["referral", null, "rule:2"]);
    expect(pick({ utmSource: "reddit.com", utmMedium: "paid" })).toEqual([
      "paid_social",
      "reddit_ads",
      "ga4",
    ]);
    expect(pick({ utmSource: "google", utmMedium: "cpc", utmCampaign: "PMax - Tents" })).toEqual([
      "paid_search",
      "google_ads",
      "rule:3",
    ]);
    expect(pick({ utmSource: "gear-partner-12", utmMedium: "cpc" })).toEqual(["affiliate", null, "rule:4"]);
    expect(pick({ utmSource: "google", utmMedium: "organic" })).toEqual(["organic_search", null, "ga4"]);
  });
});

describe("platformFor", () => {
  it("names ad platforms for paid channels only", () => {
    expect(platformFor("paid_search", "google")).toBe("google_ads");
    expect(platformFor("organic_search", "google")).toBeNull();
    expect(platformFor("paid_social", "x.com")).toBe("x_ads");
    expect(platformFor("paid_social", "snapchat")).toBe("snapchat_ads");
    expect(platformFor("affiliate", "google")).toBeNull();
    expect(platformFor("paid_other", "newsletter")).toBeNull();
  });
});

describe("channelRuleListSchema", () => {
  it("names the field of a bad rule", () => {
    const r = channelRuleListSchema.safeParse({
      rules: [
        { source: { op: "regex", value: "x" }, channel: "email" },
        { channel: "nope", medium: { op: "exact", value: "x" } },
      ],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["rules.0.source.op", "expected one of: exact, prefix, suffix, contains"],
      ["rules.1.channel", `expected one of: ${CHANNEL_KEY_LIST.join(", ")}`],
    ]);
  });
  it("refuses a rule that matches on nothing", () => {
    const r = channelRuleListSchema.safeParse({ rules: [{ channel: "email" }] });
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["rules.0", "expected at least one of source, medium, campaign"],
    ]);
  });
  it("keeps the demo's eight channel keys first, in the demo's order", () => {
    expect(CHANNEL_DEFINITIONS.slice(0, 8).map((c) => c.key)).toEqual([
      "paid_search",
      "paid_social",
      "display",
      "email",
      "affiliate",
      "organic_search",
      "referral",
      "direct",
    ]);
  });
});
