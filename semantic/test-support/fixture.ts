/**
 * A small hand-made data set with hand-computed answers (see execute.test.ts). Organization 1 is
 * in America/New_York; organization 2 exists only to prove tenant isolation. Used by tests only.
 */
import type { Queryable } from "../../db/database.ts";

export const FIXTURE_SQL = `
INSERT INTO organizations (id, slug, name, time_zone, currency, industry) VALUES
  (1, 'fx', 'Fixture', 'America/New_York', 'USD', 'retail'),
  (2, 'other', 'Other', 'UTC', 'USD', 'retail');
INSERT INTO channels (organization_id, key, label, is_paid) VALUES
  (1, 'paid_search', 'Paid search', true), (1, 'paid_social', 'Paid social', true),
  (1, 'email', 'Email', false), (1, 'direct', 'Direct', false), (2, 'paid_search', 'Paid search', true);
INSERT INTO campaigns (organization_id, id, name, channel, platform, objective, start_date, daily_budget) VALUES
  (1, 1, 'Black Friday Search', 'paid_search', 'google_ads', 'conversions', '2024-01-01', 100),
  (1, 2, 'Black Friday Social', 'paid_social', 'meta_ads', 'conversions', '2024-01-01', 100),
  (1, 3, 'Prospecting Reels', 'paid_social', 'tiktok_ads', 'awareness', '2024-01-01', 100),
  (2, 1, 'Other Org Campaign', 'paid_search', 'google_ads', 'conversions', '2024-01-01', 100);
INSERT INTO ad_spend_daily (organization_id, date, campaign_id, channel, platform, spend, impressions, clicks, platform_conversions, platform_revenue) VALUES
  (1, '2024-03-01', 1, 'paid_search', 'google_ads', 100, 10000, 200, 10, 1000),
  (1, '2024-03-02', 1, 'paid_search', 'google_ads', 10, 1000, 10, 1, 50),
  (1, '2024-03-01', 2, 'paid_social', 'meta_ads', 50, 5000, 50, 5, 400),
  (1, '2024-03-02', 3, 'paid_social', 'tiktok_ads', 40, 20000, 100, 0, 0),
  (1, '2024-03-03', 1, 'paid_search', 'google_ads', 7, 700, 7, 0, 0),
  (1, '2024-03-04', 1, 'paid_search', 'google_ads', 5, 500, 5, 0, 0),
  (2, '2024-03-01', 1, 'paid_search', 'google_ads', 9999, 1, 1, 1, 1);
INSERT INTO conversions (organization_id, order_id, customer_id, ts, revenue, currency, is_new_customer) VALUES
  (1, 'o1', 1, '2024-03-01T15:00:00Z', 200, 'USD', true),
  (1, 'o2', 2, '2024-03-02T04:30:00Z', 100, 'USD', true),
  (1, 'o3', 1, '2024-03-02T18:00:00Z', 50, 'USD', false),
  (1, 'o4', 3, '2024-03-03T04:59:00Z', 30, 'USD', true),
  (1, 'o5', 4, '2024-03-03T05:00:00Z', 1000, 'USD', true),
  (1, 'o6', 2, '2024-03-01T23:30:00Z', 20, 'USD', false),
  (2, 'x1', 1, '2024-03-01T12:00:00Z', 5000, 'USD', true);
INSERT INTO touchpoints (organization_id, id, customer_id, ts, channel, platform, campaign_id, source, medium) VALUES
  (1, 1, 1, '2024-02-25T10:00:00Z', 'paid_search', 'google_ads', 1, 'google', 'cpc'),
  (1, 2, 1, '2024-03-01T14:00:00Z', 'paid_social', 'meta_ads', 2, 'facebook', 'paid_social'),
  (1, 3, 2, '2024-01-01T10:00:00Z', 'paid_search', 'google_ads', 1, 'google', 'cpc'),
  (1, 4, 3, '2024-03-02T20:00:00Z', 'email', NULL, NULL, 'newsletter', 'email');
INSERT INTO attribution_results (organization_id, model, order_id, conversion_ts, channel, campaign_id, credit, revenue) VALUES
  (1, 'linear', 'o1', '2024-03-01T15:00:00Z', 'paid_search', 1, 0.5, 100),
  (1, 'linear', 'o1', '2024-03-01T15:00:00Z', 'paid_social', 2, 0.5, 100),
  (1, 'linear', 'o2', '2024-03-02T04:30:00Z', 'direct', 0, 1, 100),
  (1, 'linear', 'o3', '2024-03-02T18:00:00Z', 'paid_social', 2, 1, 50),
  (1, 'linear', 'o4', '2024-03-03T04:59:00Z', 'email', 0, 1, 30),
  (1, 'linear', 'o6', '2024-03-01T23:30:00Z', 'direct', 0, 1, 20);
INSERT INTO web_sessions_daily (organization_id, date, channel, sessions, users, bounces) VALUES
  (1, '2024-03-01', 'paid_search', 100, 90, 40), (1, '2024-03-01', 'direct', 50, 45, 10),
  (1, '2024-03-02', 'paid_search', 20, 18, 15);
INSERT INTO email_daily (organization_id, date, email_campaign, sends, opens, clicks, unsubscribes) VALUES
  (1, '2024-03-01', 'spring_sale', 1000, 250, 50, 5), (1, '2024-03-02', 'newsletter_w9', 100, 50, 20, 0);
`;

/** Load the fixture into a migrated database. */
export async function loadFixture(db: Queryable): Promise<void> {
  await db.exec(FIXTURE_SQL);
}

/** Tenant context of the fixture's organization 1. */
export const FIXTURE_TENANT = {
  organizationId: 1,
  timeZone: "America/New_York",
  defaultAttributionModel: "last_touch",
  attributionLookbackDays: 30,
} as const;
