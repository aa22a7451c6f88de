/**
 * What the semantic layer knows about the fact tables: the columns a metric may aggregate and how
 * each dimension is computed on each table. This is the only place SQL identifiers are written;
 * catalog definitions refer to these entries by name, so nothing a user or a model types ever
 * becomes an identifier.
 *
 * `{tz}` in an expression is replaced by the compiler with the time-zone parameter placeholder,
 * `{org}` with the organization's (so a subquery stays on the organization's shard on Citus).
 */

import { channelGroupSql } from "./channel-groups.ts";

/** Fact sources a metric can aggregate over. `attribution_results` is the attributed view of orders. */
export const FACT_TABLES = [
  "ad_spend_daily",
  "conversions",
  "attribution_results",
  "web_sessions_daily",
  "email_daily",
] as const;
export type FactTable = (typeof FACT_TABLES)[number];

/** Joins a source may need, rendered only when a used expression refers to their alias. */
export type JoinAlias = "cp" | "c";

/** How one dimension is computed on one source. */
export interface DimensionExpr {
  /** SQL over the source's aliases; a day-level date for the `date` dimension. */
  sql: string;
  /** Joins the expression needs. */
  joins?: readonly JoinAlias[];
  /** Text to match for `contains` filters when it differs (campaign: its name, not its id). */
  text?: DimensionExpr;
  /**
   * A NOT NULL column of the fact table itself (never of a joined table), so counting it is
   * counting rows: the compiler writes count(*), which PostgreSQL computes without reading the
   * column (the semantic bench measured daily orders 0.2 ms faster on PostgreSQL).
   */
  notNull?: true;
}

/** One fact source: its alias, columns, dimensions and the predicate columns the compiler uses. */
export interface FactSource {
  table: FactTable;
  alias: string;
  /** Column name -> SQL expression (aggregatable or usable in a metric's `where`). */
  columns: Readonly<Record<string, DimensionExpr>>;
  /** Dimension key -> expression. */
  dimensions: Readonly<Record<string, DimensionExpr>>;
  /** Date predicate: a `date` column compared with BETWEEN, or a timestamptz compared in `{tz}`. */
  time: { kind: "date"; column: string } | { kind: "timestamp"; column: string };
}

const campaignJoin = ["cp"] as const;

/** The English weekday name of a date expression ("Monday"); FM drops to_char's padding. */
const weekdayOf = (date: string) => `to_char(${date}, 'FMDay')`;

/** The org-local hour of a timestamp as "09:00", so the values sort in clock order as text. */
const hourOf = (ts: string) => `to_char(${ts} AT TIME ZONE {tz}, 'HH24') || ':00'`;
const conversionJoin = ["c"] as const;

/**
 * The ordering customer's US state: a scalar subquery on the customers key rather than a join, so
 * the compiler's join set stays as it is and a query without the dimension never touches customers.
 */
const regionOf = (customerId: string) =>
  `(SELECT cu.region FROM customers cu WHERE cu.organization_id = {org} AND cu.id = ${customerId})`;

/** Every fact source by table name. */
export const FACT_SOURCES: Readonly<Record<FactTable, FactSource>> = {
  ad_spend_daily: {
    table: "ad_spend_daily",
    alias: "a",
    columns: {
      spend: { sql: "a.spend" },
      impressions: { sql: "a.impressions" },
      clicks: { sql: "a.clicks" },
      platform_conversions: { sql: "a.platform_conversions" },
      platform_revenue: { sql: "a.platform_revenue" },
      campaign_id: { sql: "a.campaign_id" },
    },
    dimensions: {
      date: { sql: "a.date" },
      channel: { sql: "a.channel" },
      channel_group: { sql: channelGroupSql("a.channel") },
      platform: { sql: "a.platform" },
      campaign: { sql: "a.campaign_id", text: { sql: "cp.name", joins: campaignJoin } },
      campaign_objective: { sql: "cp.objective", joins: campaignJoin },
      day_of_week: { sql: weekdayOf("a.date") },
    },
    time: { kind: "date", column: "a.date" },
  },
  conversions: {
    table: "conversions",
    alias: "c",
    columns: {
      order_id: { sql: "c.order_id", notNull: true },
      revenue: { sql: "c.revenue" },
      customer_id: { sql: "c.customer_id" },
      is_new_customer: { sql: "c.is_new_customer" },
    },
    dimensions: {
      date: { sql: "(c.ts AT TIME ZONE {tz})::date" },
      customer_type: { sql: "CASE WHEN c.is_new_customer THEN 'new' ELSE 'returning' END" },
      region: { sql: regionOf("c.customer_id") },
      day_of_week: { sql: weekdayOf("(c.ts AT TIME ZONE {tz})::date") },
      hour_of_day: { sql: hourOf("c.ts") },
    },
    time: { kind: "timestamp", column: "c.ts" },
  },
  attribution_results: {
    table: "attribution_results",
    alias: "ar",
    columns: {
      credit: { sql: "ar.credit" },
      revenue: { sql: "ar.revenue" },
      order_id: { sql: "ar.order_id" },
      is_new_customer: { sql: "c.is_new_customer", joins: conversionJoin },
      // The credited channel's key, for metrics of one channel (email_revenue: "email").
      channel: { sql: "ar.channel" },
      // Whether the credited channel is a paid one (the organization's channels.is_paid). An
      // uncorrelated IN list, which PostgreSQL hashes once per statement, rather than a correlated
      // EXISTS that probes channels once per attribution row (the semantic bench's ROAS questions
      // spent most of their extra time there); COALESCE keeps EXISTS's false for a NULL channel.
      paid_channel: {
        sql: "COALESCE(ar.channel IN (SELECT ch.key FROM channels ch WHERE ch.organization_id = {org} AND ch.is_paid), FALSE)",
      },
      // fix16a: a paid channel's credit for a first-time customer's order: the numerator of
      // new-customer ROAS (NC-ROAS).
      paid_new_customer: {
        sql: "(COALESCE(ar.channel IN (SELECT ch.key FROM channels ch WHERE ch.organization_id = {org} AND ch.is_paid), FALSE) AND COALESCE(c.is_new_customer, FALSE))",
        joins: conversionJoin,
      },
    },
    dimensions: {
      date: { sql: "(ar.conversion_ts AT TIME ZONE {tz})::date" },
      channel: { sql: "ar.channel" },
      channel_group: { sql: channelGroupSql("ar.channel") },
      platform: { sql: "cp.platform", joins: campaignJoin },
      campaign: { sql: "NULLIF(ar.campaign_id, 0)", text: { sql: "cp.name", joins: campaignJoin } },
      campaign_objective: { sql: "cp.objective", joins: campaignJoin },
      customer_type: {
        sql: "CASE WHEN c.is_new_customer THEN 'new' ELSE 'returning' END",
        joins: conversionJoin,
      },
      region: { sql: regionOf("c.customer_id"), joins: conversionJoin },
      source_medium: { sql: "ar.source_medium" },
      // The site or app of the last touch ("instagram", "reddit.com"), the part before " / ".
      source: { sql: "split_part(ar.source_medium, ' / ', 1)" },
      day_of_week: { sql: weekdayOf("(ar.conversion_ts AT TIME ZONE {tz})::date") },
      hour_of_day: { sql: hourOf("ar.conversion_ts") },
    },
    time: { kind: "timestamp", column: "ar.conversion_ts" },
  },
  web_sessions_daily: {
    table: "web_sessions_daily",
    alias: "s",
    columns: {
      sessions: { sql: "s.sessions" },
      users: { sql: "s.users" },
      bounces: { sql: "s.bounces" },
      add_to_carts: { sql: "s.add_to_carts" },
      checkouts: { sql: "s.checkouts" },
    },
    dimensions: {
      date: { sql: "s.date" },
      channel: { sql: "s.channel" },
      channel_group: { sql: channelGroupSql("s.channel") },
      day_of_week: { sql: weekdayOf("s.date") },
    },
    time: { kind: "date", column: "s.date" },
  },
  email_daily: {
    table: "email_daily",
    alias: "e",
    columns: {
      sends: { sql: "e.sends" },
      opens: { sql: "e.opens" },
      clicks: { sql: "e.clicks" },
      unsubscribes: { sql: "e.unsubscribes" },
    },
    dimensions: {
      date: { sql: "e.date" },
      email_campaign: { sql: "e.email_campaign" },
      day_of_week: { sql: weekdayOf("e.date") },
    },
    time: { kind: "date", column: "e.date" },
  },
};

/**
 * Dimensions only the touchpoint-based last-touch computation can provide (attribution_results
 * has no source/medium), so queries using them attribute in SQL with last touch.
 */
export const TOUCHPOINT_ONLY_DIMENSIONS: readonly string[] = ["source_medium", "source"];
