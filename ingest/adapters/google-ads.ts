/**
 * Google Ads campaign report, downloaded as CSV from Campaigns > Download with the Day segment.
 *
 * What the download looks like (and the fixture reproduces): a title line ("Campaign report") and a
 * date-range line before the header; columns named as in the Google Ads UI ("Day", "Campaign",
 * "Campaign ID", "Campaign type", "Currency code", "Budget", "Cost", "Impr.", "Clicks",
 * "Conversions", "Conv. value"); numbers with thousands separators, quoted ("1,234.56"); "--" where
 * a metric does not apply; and "Total: ..." rows at the end (account, campaigns, per campaign type).
 * Campaign type values follow Google Ads Editor's list (support.google.com/google-ads/editor/answer/57747:
 * Search, Display, Shopping, Video, Performance Max, ...).
 *
 * Channel by campaign type, with GA4's names for what Google Ads buys: Search is paid_search,
 * Display display, Shopping paid_shopping, Video paid_video, Performance Max cross_network (GA4
 * groups it as "Cross-network"), Demand Gen and App paid_other.
 */
import { column, count, currency, day, num, text } from "./read-cell.ts";
import type { AdSpendFact, PlatformAdapter } from "./types.ts";

const CHANNEL_BY_TYPE: Record<string, string> = {
  search: "paid_search",
  display: "display",
  shopping: "paid_shopping",
  video: "paid_video",
  "performance max": "cross_network",
  "demand gen": "paid_other",
  discovery: "paid_other",
  app: "paid_other",
};

const OBJECTIVE_BY_CHANNEL: Record<string, string> = {
  paid_search: "conversions",
  display: "awareness",
  paid_shopping: "catalog_sales",
  paid_video: "awareness",
  cross_network: "conversions",
  paid_other: "conversions",
};

/** "Search - Mobile app installs" is a Search campaign; unknown types fall back to paid_search. */
function channelOf(type: string): string {
  const t = type.toLowerCase();
  const key = Object.keys(CHANNEL_BY_TYPE).find((k) => t === k || t.startsWith(`${k} `));
  return key ? CHANNEL_BY_TYPE[key]! : "paid_search";
}

export const googleAds: PlatformAdapter = {
  kind: "google_ads",
  label: "Google Ads campaign report (CSV)",
  isHeader: (h) =>
    h.includes("campaign") && h.includes("cost") && (h.includes("impr.") || h.includes("impressions")),
  requiredColumns: (h) => [column(h, "day", "date") ?? "day", "campaign", "cost"],
  toFacts(row, format, h) {
    // Totals rows carry "Total: ..." in their first cell (the Day column of a segmented report).
    if (Object.values(row).some((v) => /^total(:|$)/i.test(v.trim()))) return null;
    const dayCol = column(h, "day", "date")!;
    const type = text(row, "campaign type", false);
    const channel = channelOf(type);
    const name = text(row, "campaign");
    const fact: AdSpendFact = {
      type: "ad_spend",
      date: day(row, dayCol, format.dateOrder),
      platform: "google_ads",
      externalCampaignId: column(h, "campaign id") ? text(row, "campaign id") : name,
      campaignName: name,
      channel,
      objective: OBJECTIVE_BY_CHANNEL[channel] ?? "conversions",
      currency: currency(row, column(h, "currency code", "currency")),
      spend: num(row, "cost", format.decimal),
      impressions: count(row, column(h, "impr.", "impressions"), format.decimal),
      clicks: count(row, column(h, "clicks"), format.decimal),
      conversions: num(row, column(h, "conversions"), format.decimal),
      revenue: num(row, column(h, "conv. value", "conversion value"), format.decimal),
      dailyBudget: column(h, "budget") ? num(row, "budget", format.decimal) : null,
    };
    return [fact];
  },
};
