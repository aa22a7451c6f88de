/**
 * What a platform adapter is: a pure mapping from one row of a marketer's download (by header
 * name) to platform-neutral facts. Turning facts into the export format (campaign ids, channels,
 * currency) is shared by every adapter (to-export.ts), so each adapter file only knows its columns.
 */
import type { DateOrder, DecimalMark } from "./cells.ts";

/** The adapter kinds, as named on `POST /api/v1/import/:kind` and `npm run import -- --kind`. */
export const ADAPTER_KINDS = [
  "google_ads",
  "meta_ads",
  "tiktok_ads",
  "shopify_orders",
  "klaviyo_campaigns",
  "ga4_traffic",
] as const;
export type AdapterKind = (typeof ADAPTER_KINDS)[number];

/** One data row: cells by lower-cased, trimmed header name. */
export type SourceRow = Readonly<Record<string, string>>;

/** One day of one campaign on an ad platform. */
export interface AdSpendFact {
  type: "ad_spend";
  date: string;
  platform: string;
  /** The platform's own campaign id (kept as text: Meta's and TikTok's overflow 2^53). */
  externalCampaignId: string;
  campaignName: string;
  channel: string;
  objective: string;
  /** ISO 4217 code of the amounts, or null for "the organization's currency". */
  currency: string | null;
  spend: number;
  impressions: number;
  clicks: number;
  conversions: number;
  revenue: number;
  dailyBudget: number | null;
}

/** One order from a shop. */
export interface OrderFact {
  type: "order";
  orderId: string;
  /** What identifies the buyer in the export (e-mail, lower-cased), or null (guest, POS). */
  customerKey: string | null;
  ts: string;
  /** The order's calendar date as the shop wrote it (its own time zone): the day of its rate. */
  date: string;
  revenue: number;
  currency: string | null;
}

/** One e-mail campaign send. */
export interface EmailFact {
  type: "email";
  date: string;
  campaign: string;
  sends: number;
  opens: number;
  clicks: number;
  unsubscribes: number;
}

/** Sessions of one day from one source / medium. */
export interface SessionsFact {
  type: "sessions";
  date: string;
  source: string;
  medium: string;
  sessions: number;
  users: number;
  bounces: number;
}

export type Fact = AdSpendFact | OrderFact | EmailFact | SessionsFact;

/** How the file writes numbers and dates (from the request, or the adapter's default). */
export interface CellFormat {
  decimal?: DecimalMark;
  dateOrder?: DateOrder;
}

/** A cell an adapter could not read: the column and what was expected. */
export class RowError extends Error {
  constructor(
    readonly field: string,
    readonly expected: string,
    readonly value: string | undefined,
  ) {
    super(`${field}: expected ${expected}, got ${value === undefined ? "nothing" : JSON.stringify(value)}`);
    this.name = "RowError";
  }
}

/** One platform's export. */
export interface PlatformAdapter {
  kind: AdapterKind;
  /** What the marketer downloads, e.g. "Google Ads campaign report (CSV)". */
  label: string;
  /**
   * True when `header` (lower-cased, trimmed cells) is this export's header row. Used to find the
   * header below title lines and to detect the kind.
   */
  isHeader(header: readonly string[]): boolean;
  /** Columns that must be present; the import fails naming the first one missing. */
  requiredColumns(header: readonly string[]): readonly string[];
  /** Map one data row, or null to skip it (totals, cancelled orders, SMS sends). Throws RowError. */
  toFacts(row: SourceRow, format: CellFormat, header: readonly string[]): Fact[] | null;
}
