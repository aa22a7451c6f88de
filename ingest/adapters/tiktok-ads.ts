/**
 * TikTok Ads Manager export (Reporting > custom report, campaign level, by day, CSV). Metric
 * names follow TikTok's metrics glossary (ads.tiktok.com/help/article/basic-data): "Cost" (total
 * ad spend), "Impressions", "Clicks (destination)" (clicks leading to the destination; "Clicks
 * (all)" includes likes and shares, so it is used only when the destination column is absent),
 * "Conversions"; plus "Date", "Campaign name", "Campaign ID", "Currency" and the purchase value
 * column. The export ends with a "Total of N results" row; "-" marks an empty metric.
 */
import { column, count, currency, day, num, text } from "./read-cell.ts";
import type { PlatformAdapter } from "./types.ts";

export const tiktokAds: PlatformAdapter = {
  kind: "tiktok_ads",
  label: "TikTok Ads Manager export (CSV)",
  isHeader: (h) =>
    h.includes("campaign name") &&
    h.includes("cost") &&
    (h.includes("clicks (destination)") || h.includes("clicks (all)")),
  requiredColumns: (h) => [column(h, "date", "by day", "stat time") ?? "date", "campaign name", "cost"],
  toFacts(row, format, h) {
    if (Object.values(row).some((v) => /^total( of|$)/i.test(v.trim()))) return null;
    const name = text(row, "campaign name");
    return [
      {
        type: "ad_spend",
        date: day(row, column(h, "date", "by day", "stat time")!, format.dateOrder),
        platform: "tiktok_ads",
        externalCampaignId: column(h, "campaign id") ? text(row, "campaign id") : name,
        campaignName: name,
        channel: "paid_social",
        objective: "conversions",
        currency: currency(row, column(h, "currency")),
        spend: num(row, "cost", format.decimal),
        impressions: count(row, column(h, "impressions"), format.decimal),
        clicks: count(row, column(h, "clicks (destination)", "clicks (all)"), format.decimal),
        conversions: num(row, column(h, "conversions", "complete payment"), format.decimal),
        revenue: num(
          row,
          column(h, "total purchase value", "total complete payment value", "purchase value"),
          format.decimal,
        ),
        dailyBudget: null,
      },
    ];
  },
};
