/**
 * Meta Ads Manager export (Reports > Export table data > CSV) at campaign level with the Day
 * breakdown. Columns as Ads Manager names them: "Reporting starts", "Reporting ends", "Day",
 * "Campaign name", "Campaign ID", "Objective", "Amount spent (EUR)" (the account currency is in the
 * header, not in a column), "Impressions", "Link clicks", "Purchases", "Purchases conversion value".
 * Clicks are link clicks, Meta's click that leads to the destination (Ads Manager's column
 * definitions: "Link clicks – # of times the link on your ad was clicked"); empty cells mean none.
 * A row without a campaign name is a summary row and is skipped.
 */
import { column, count, day, num, text } from "./read-cell.ts";
import { type PlatformAdapter, RowError } from "./types.ts";

const SPENT = /^amount spent \(([a-z]{3})\)$/;

const OBJECTIVES: Record<string, string> = {
  sales: "conversions",
  conversions: "conversions",
  outcome_sales: "conversions",
  "catalog sales": "catalog_sales",
  product_catalog_sales: "catalog_sales",
  traffic: "traffic",
  link_clicks: "traffic",
  outcome_traffic: "traffic",
  awareness: "awareness",
  reach: "awareness",
  outcome_awareness: "awareness",
};

/** The "Amount spent (XXX)" column and its currency. */
function spentColumn(h: readonly string[]): { col: string; currency: string } | undefined {
  for (const c of h) {
    const m = SPENT.exec(c);
    if (m) return { col: c, currency: m[1]!.toUpperCase() };
  }
  return h.includes("amount spent") ? { col: "amount spent", currency: "" } : undefined;
}

export const metaAds: PlatformAdapter = {
  kind: "meta_ads",
  label: "Meta Ads Manager export (CSV)",
  isHeader: (h) => h.includes("campaign name") && spentColumn(h) !== undefined,
  requiredColumns: (h) => [column(h, "day", "reporting starts") ?? "day", "campaign name"],
  toFacts(row, format, h) {
    const name = (row["campaign name"] ?? "").trim();
    if (name === "") return null;
    const spent = spentColumn(h)!;
    const dayCol = column(h, "day") ?? "reporting starts";
    const from = day(row, dayCol, format.dateOrder);
    if (dayCol === "reporting starts" && column(h, "reporting ends") && day(row, "reporting ends") !== from) {
      throw new RowError(
        "reporting ends",
        "one day per row (export with the Day breakdown)",
        row["reporting ends"],
      );
    }
    const objective = OBJECTIVES[(row.objective ?? "").trim().toLowerCase()] ?? "conversions";
    return [
      {
        type: "ad_spend",
        date: from,
        platform: "meta_ads",
        externalCampaignId: column(h, "campaign id") ? text(row, "campaign id") : name,
        campaignName: name,
        channel: "paid_social",
        objective,
        currency: spent.currency || null,
        spend: num(row, spent.col, format.decimal),
        impressions: count(row, column(h, "impressions"), format.decimal),
        clicks: count(row, column(h, "link clicks", "clicks (all)"), format.decimal),
        conversions: num(row, column(h, "purchases", "results"), format.decimal),
        revenue: num(
          row,
          column(h, "purchases conversion value", "website purchases conversion value"),
          format.decimal,
        ),
        dailyBudget: null,
      },
    ];
  },
};
