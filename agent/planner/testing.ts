/**
 * A planner context for tests and evals: the standard catalog and a demo organization's channels,
 * platforms and campaigns as the database would list them, at a fixed instant.
 */
import { standardCatalog } from "../../semantic/catalog/index.ts";
import type { DimensionValue, PlannerContext } from "./types.ts";

const channel = (value: string, label: string, aliases: string[] = []): DimensionValue => ({
  dimension: "channel",
  value,
  label,
  aliases,
});
const platform = (value: string, label: string, aliases: string[] = []): DimensionValue => ({
  dimension: "platform",
  value,
  label,
  aliases,
});
const campaign = (id: number, label: string): DimensionValue => ({
  dimension: "campaign",
  value: String(id),
  label,
  aliases: [],
});

/** Demo dimension values: the eight channels, four platforms and a season of campaigns. */
export const DEMO_DIMENSION_VALUES: readonly DimensionValue[] = [
  channel("paid_search", "Paid search"),
  channel("paid_social", "Paid social"),
  channel("display", "Display"),
  channel("email", "Email"),
  channel("affiliate", "Affiliate"),
  channel("organic_search", "Organic search"),
  channel("referral", "Referral"),
  channel("direct", "Direct"),
  platform("google_ads", "Google Ads"),
  platform("meta_ads", "Meta Ads", ["facebook", "instagram"]),
  platform("tiktok_ads", "TikTok Ads"),
  platform("klaviyo", "Klaviyo"),
  campaign(1001, "BF24 - Sitewide - Prospecting"),
  campaign(1002, "BF24 - Sitewide - Retargeting"),
  campaign(1003, "CM24 - Email Blast"),
  campaign(1004, "Brand - Search - Always On"),
  campaign(1005, "Summer Sale - Prospecting"),
  campaign(1006, "Spring Launch - TikTok Creators"),
  { dimension: "objective", value: "conversions", label: "Conversions", aliases: [] },
  { dimension: "objective", value: "awareness", label: "Awareness", aliases: ["brand awareness"] },
  { dimension: "email_campaign", value: "weekly_newsletter", label: "Weekly newsletter", aliases: [] },
];

/** The fixed instant tests plan at: Sunday 2026-11-01, 07:00 in New York. */
export const TEST_NOW = new Date("2026-11-01T12:00:00Z");

/**
 * A planner context at TEST_NOW in America/New_York, with optional overrides.
 * @example planQuestion("roas last month", testContext())
 */
export function testContext(overrides: Partial<PlannerContext> = {}): PlannerContext {
  return {
    now: TEST_NOW,
    timeZone: "America/New_York",
    catalog: standardCatalog,
    dimensionValues: DEMO_DIMENSION_VALUES,
    // The demo data's first day (the service reads it from the database): "all time" starts here.
    dataStart: "2025-11-01",
    // The demo's tracking outage (the service finds it in the data): "after the outage" reads it.
    trackingLossDays: ["2026-03-17"],
    ...overrides,
  };
}
