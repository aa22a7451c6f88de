/**
 * What each export file contains: header, source table, keyset order and row formatting. Dates are
 * YYYY-MM-DD (the organization's calendar dates), timestamps UTC ISO-8601, money 2 decimals.
 *
 * Security note: table and column names here are our own constants; the organization id and
 * page keys always travel as parameters.
 */
import { money } from "../simulator/csv.ts";

type Cell = string | number | boolean | null;

export interface ExportFile {
  file: string;
  header: readonly string[];
  table: string;
  /** Select list, in header order (SQL expressions over the table). */
  select: string;
  /** Keyset pagination columns (the table's primary key after organization_id) with SQL casts. */
  keys: readonly { column: string; cast: string }[];
  /** Row (as returned by the database port) to CSV cells in header order. */
  format(row: Record<string, unknown>): Cell[];
}

const num = (v: unknown) => money(Number(v));
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** The export files, in the order they are written. */
export const EXPORT_FILES: readonly ExportFile[] = [
  {
    file: "campaigns.csv",
    header: [
      "campaign_id",
      "name",
      "channel",
      "platform",
      "objective",
      "start_date",
      "end_date",
      "daily_budget",
    ],
    table: "campaigns",
    select: "id, name, channel, platform, objective, start_date, end_date, daily_budget",
    keys: [{ column: "id", cast: "int" }],
    format: (r) => [
      str(r.id),
      str(r.name),
      str(r.channel),
      str(r.platform),
      str(r.objective),
      str(r.start_date),
      str(r.end_date),
      num(r.daily_budget),
    ],
  },
  {
    file: "ad_spend_daily.csv",
    header: [
      "date",
      "campaign_id",
      "channel",
      "platform",
      "spend",
      "impressions",
      "clicks",
      "platform_conversions",
      "platform_revenue",
    ],
    table: "ad_spend_daily",
    select:
      "date, campaign_id, channel, platform, spend, impressions, clicks, platform_conversions, platform_revenue",
    keys: [
      { column: "date", cast: "date" },
      { column: "campaign_id", cast: "int" },
    ],
    format: (r) => [
      str(r.date),
      str(r.campaign_id),
      str(r.channel),
      str(r.platform),
      num(r.spend),
      str(r.impressions),
      str(r.clicks),
      num(r.platform_conversions),
      num(r.platform_revenue),
    ],
  },
  {
    file: "touchpoints.csv",
    header: ["touchpoint_id", "customer_id", "ts", "channel", "platform", "campaign_id", "source", "medium"],
    table: "touchpoints",
    select: "id, customer_id, ts, channel, platform, campaign_id, source, medium",
    keys: [{ column: "id", cast: "bigint" }],
    format: (r) => [
      str(r.id),
      str(r.customer_id),
      str(r.ts),
      str(r.channel),
      str(r.platform),
      str(r.campaign_id),
      str(r.source),
      str(r.medium),
    ],
  },
  {
    // Customers' US states ("other" for the rest), behind every answer by state; the first touch
    // and first order come from touchpoints and conversions, so only what they cannot give is here.
    file: "customers.csv",
    header: ["customer_id", "first_seen_at", "region"],
    table: "customers",
    select: "id, first_seen_at, region",
    keys: [{ column: "id", cast: "bigint" }],
    format: (r) => [str(r.id), str(r.first_seen_at), str(r.region)],
  },
  {
    file: "conversions.csv",
    header: ["order_id", "customer_id", "ts", "revenue", "currency", "is_new_customer"],
    table: "conversions",
    select: "order_id, customer_id, ts, revenue, currency, is_new_customer",
    keys: [{ column: "order_id", cast: "text" }],
    format: (r) => [
      str(r.order_id),
      str(r.customer_id),
      str(r.ts),
      num(r.revenue),
      str(r.currency),
      r.is_new_customer ? "true" : "false",
    ],
  },
  {
    file: "email_daily.csv",
    header: ["date", "email_campaign", "sends", "opens", "clicks", "unsubscribes"],
    table: "email_daily",
    select: "date, email_campaign, sends, opens, clicks, unsubscribes",
    keys: [
      { column: "date", cast: "date" },
      { column: "email_campaign", cast: "text" },
    ],
    format: (r) => [
      str(r.date),
      str(r.email_campaign),
      str(r.sends),
      str(r.opens),
      str(r.clicks),
      str(r.unsubscribes),
    ],
  },
  {
    // Sessions behind conversion rate, bounce rate, revenue per session and the funnel's cart and
    // checkout steps (not derivable from touches).
    file: "web_sessions_daily.csv",
    header: ["date", "channel", "sessions", "users", "bounces", "add_to_carts", "checkouts"],
    table: "web_sessions_daily",
    select: "date, channel, sessions, users, bounces, add_to_carts, checkouts",
    keys: [
      { column: "date", cast: "date" },
      { column: "channel", cast: "text" },
    ],
    format: (r) => [
      str(r.date),
      str(r.channel),
      str(r.sessions),
      str(r.users),
      str(r.bounces),
      str(r.add_to_carts),
      str(r.checkouts),
    ],
  },
];
