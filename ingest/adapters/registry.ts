/**
 * Every platform adapter, and detection of the kind from a header row. Detection tries adapters in
 * this order; their header tests are disjoint (a test below checks each fixture is detected as its
 * own kind only).
 */
import { ga4Traffic } from "./ga4-traffic.ts";
import { googleAds } from "./google-ads.ts";
import { klaviyoCampaigns } from "./klaviyo-campaigns.ts";
import { metaAds } from "./meta-ads.ts";
import { shopifyOrders } from "./shopify-orders.ts";
import { tiktokAds } from "./tiktok-ads.ts";
import type { AdapterKind, PlatformAdapter } from "./types.ts";

/** The adapters by kind. */
export const ADAPTERS: Readonly<Record<AdapterKind, PlatformAdapter>> = {
  google_ads: googleAds,
  meta_ads: metaAds,
  tiktok_ads: tiktokAds,
  shopify_orders: shopifyOrders,
  klaviyo_campaigns: klaviyoCampaigns,
  ga4_traffic: ga4Traffic,
};

/** Lower-cased, trimmed header cells (a UTF-8 byte-order mark on the first cell removed). */
export function normalizeHeader(cells: readonly string[]): string[] {
  return cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, "") : c).trim().toLowerCase());
}

/** The adapters whose header test `cells` passes (normally one). */
export function detectKinds(cells: readonly string[]): AdapterKind[] {
  const h = normalizeHeader(cells);
  return (Object.keys(ADAPTERS) as AdapterKind[]).filter((k) => ADAPTERS[k].isHeader(h));
}
