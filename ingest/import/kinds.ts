/**
 * The importable kinds: exactly the files `npm run export` writes (db/export/export-files.ts), with
 * the same header names. Each kind says how a row is parsed (zod), which table it lands in, which
 * columns form its natural key (the table's primary key after organization_id) and how a parsed
 * row becomes the table's cells.
 *
 * Security note: table and column names are our own constants; cell values travel only as COPY data.
 */
import { z } from "zod";
import {
  boolCell,
  countCell,
  currencyCell,
  dateCell,
  decimalCell,
  type FastCheck,
  fast,
  idCell,
  int32CountCell,
  int32IdCell,
  keyCell,
  nullable,
  textCell,
  timestampCell,
} from "./fields.ts";

export const IMPORT_KINDS = [
  "campaigns",
  "ad_spend_daily",
  "touchpoints",
  "customers",
  "conversions",
  "email_daily",
  "web_sessions_daily",
] as const;
export const importKindSchema = z.enum(IMPORT_KINDS, {
  error: `expected one of: ${IMPORT_KINDS.join(", ")}`,
});
export type ImportKind = z.infer<typeof importKindSchema>;

/** A parsed cell, ready for COPY. */
export type Cell = string | number | boolean | null;

/** One column of an import file and the table column it fills. */
export interface KindColumn {
  /** Header name in the file (as `npm run export` writes it). */
  header: string;
  /** Column of the table. */
  column: string;
  /** Files may leave it out; filled only when the table has the column (added by another feature). */
  optional?: boolean;
}

export interface KindDef {
  kind: ImportKind;
  table: string;
  columns: readonly KindColumn[];
  /** Table columns of the natural key, after organization_id. */
  keys: readonly string[];
  /** Parses one record (cells by header name). */
  row: z.ZodType<Record<string, Cell | undefined>>;
  /**
   * The fast check of each header (ingest/import/fields.ts `fast`): a row whose every cell passes
   * is one `row` accepts, with each cell's text as its parsed value prints (booleans aside, which
   * nothing but COPY reads). Rows that fail any check go through `row`.
   */
  fast: Readonly<Record<string, FastCheck>>;
  /** The column holding the customer whose attribution the row feeds, if any. */
  customerColumn?: string;
  /** The header holding the row's day (a date or a timestamp), for the affected-days range. */
  dayHeader: string;
  /** Rows of this kind must reference an existing campaign (`campaign_id`) or channel. */
  references?: { campaign?: string; channel?: string };
}

const col = (header: string, column = header, optional = false): KindColumn => ({
  header,
  column,
  optional,
});

const KINDS: Record<ImportKind, KindDef> = {
  campaigns: {
    kind: "campaigns",
    table: "campaigns",
    columns: [
      col("campaign_id", "id"),
      col("name"),
      col("channel"),
      col("platform"),
      col("objective"),
      col("start_date"),
      col("end_date"),
      col("daily_budget"),
    ],
    keys: ["id"],
    row: z.object({
      campaign_id: int32IdCell,
      name: textCell(300, "BF25 - Sitewide - Prospecting"),
      channel: keyCell,
      platform: keyCell,
      objective: keyCell,
      start_date: dateCell,
      end_date: nullable(dateCell),
      daily_budget: decimalCell,
    }),
    fast: {
      campaign_id: fast.int32Id,
      name: fast.text(300),
      channel: fast.key,
      platform: fast.key,
      objective: fast.key,
      start_date: fast.date,
      end_date: fast.nullable(fast.date),
      daily_budget: fast.decimal,
    },
    dayHeader: "start_date",
    references: { channel: "channel" },
  },
  ad_spend_daily: {
    kind: "ad_spend_daily",
    table: "ad_spend_daily",
    columns: [
      col("date"),
      col("campaign_id"),
      col("channel"),
      col("platform"),
      col("spend"),
      col("impressions"),
      col("clicks"),
      col("platform_conversions"),
      col("platform_revenue"),
    ],
    keys: ["date", "campaign_id"],
    row: z.object({
      date: dateCell,
      campaign_id: int32IdCell,
      channel: keyCell,
      platform: keyCell,
      spend: decimalCell,
      impressions: countCell,
      clicks: countCell,
      platform_conversions: decimalCell,
      platform_revenue: decimalCell,
    }),
    fast: {
      date: fast.date,
      campaign_id: fast.int32Id,
      channel: fast.key,
      platform: fast.key,
      spend: fast.decimal,
      impressions: fast.id,
      clicks: fast.id,
      platform_conversions: fast.decimal,
      platform_revenue: fast.decimal,
    },
    dayHeader: "date",
    references: { campaign: "campaign_id" },
  },
  touchpoints: {
    kind: "touchpoints",
    table: "touchpoints",
    columns: [
      col("touchpoint_id", "id"),
      col("customer_id"),
      col("ts"),
      col("channel"),
      col("platform"),
      col("campaign_id"),
      col("source"),
      col("medium"),
    ],
    keys: ["id"],
    row: z.object({
      touchpoint_id: idCell,
      customer_id: idCell,
      ts: timestampCell,
      channel: keyCell,
      platform: nullable(keyCell),
      campaign_id: nullable(int32IdCell),
      source: textCell(200, "google"),
      medium: textCell(200, "cpc"),
    }),
    customerColumn: "customer_id",
    fast: {
      touchpoint_id: fast.id,
      customer_id: fast.id,
      ts: fast.timestamp,
      channel: fast.key,
      platform: fast.nullable(fast.key),
      campaign_id: fast.nullable(fast.int32Id),
      source: fast.text(200),
      medium: fast.text(200),
    },
    dayHeader: "ts",
  },
  customers: {
    kind: "customers",
    table: "customers",
    columns: [col("customer_id", "id"), col("first_seen_at"), col("region")],
    keys: ["id"],
    row: z.object({
      customer_id: idCell,
      first_seen_at: timestampCell,
      region: nullable(textCell(100, "CA")),
    }),
    fast: {
      customer_id: fast.id,
      first_seen_at: fast.timestamp,
      region: fast.nullable(fast.text(100)),
    },
    dayHeader: "first_seen_at",
  },
  conversions: {
    kind: "conversions",
    table: "conversions",
    columns: [
      col("order_id"),
      col("customer_id"),
      col("ts"),
      col("revenue"),
      col("currency"),
      col("is_new_customer"),
    ],
    keys: ["order_id"],
    row: z.object({
      order_id: textCell(100, "A-000123"),
      customer_id: idCell,
      ts: timestampCell,
      revenue: decimalCell,
      currency: currencyCell,
      is_new_customer: boolCell,
    }),
    customerColumn: "customer_id",
    fast: {
      order_id: fast.text(100),
      customer_id: fast.id,
      ts: fast.timestamp,
      revenue: fast.decimal,
      currency: fast.currency,
      is_new_customer: fast.bool,
    },
    dayHeader: "ts",
  },
  email_daily: {
    kind: "email_daily",
    table: "email_daily",
    columns: [
      col("date"),
      col("email_campaign"),
      col("sends"),
      col("opens"),
      col("clicks"),
      col("unsubscribes"),
    ],
    keys: ["date", "email_campaign"],
    row: z.object({
      date: dateCell,
      email_campaign: textCell(200, "weekly_newsletter"),
      sends: int32CountCell,
      opens: int32CountCell,
      clicks: int32CountCell,
      unsubscribes: int32CountCell,
    }),
    fast: {
      date: fast.date,
      email_campaign: fast.text(200),
      sends: fast.int32Id,
      opens: fast.int32Id,
      clicks: fast.int32Id,
      unsubscribes: fast.int32Id,
    },
    dayHeader: "date",
  },
  web_sessions_daily: {
    kind: "web_sessions_daily",
    table: "web_sessions_daily",
    columns: [
      col("date"),
      col("channel"),
      col("sessions"),
      col("users"),
      col("bounces"),
      // Funnel steps (issue #12); older exports do not have them.
      col("add_to_carts", "add_to_carts", true),
      col("checkouts", "checkouts", true),
    ],
    keys: ["date", "channel"],
    row: z.object({
      date: dateCell,
      channel: keyCell,
      sessions: int32CountCell,
      users: int32CountCell,
      bounces: int32CountCell,
      add_to_carts: int32CountCell.optional(),
      checkouts: int32CountCell.optional(),
    }),
    fast: {
      date: fast.date,
      channel: fast.key,
      sessions: fast.int32Id,
      users: fast.int32Id,
      bounces: fast.int32Id,
      add_to_carts: fast.int32Id,
      checkouts: fast.int32Id,
    },
    dayHeader: "date",
  },
};

/** The definition of one kind. */
export function kindDef(kind: ImportKind): KindDef {
  return KINDS[kind];
}
