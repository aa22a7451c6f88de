/**
 * Facts to records in exactly the format `npm run export` writes (db/export/export-files.ts), so
 * the bulk import loads an adapted file like any export. Shared by every adapter:
 * - campaign ids: platform ids through a CampaignIdResolver (campaign-ids.ts);
 * - channels of GA4 rows: the organization's rules, then GA4's default grouping (ingest/channels);
 * - currency: amounts in another currency are converted with the daily rate table and every rate
 *   used is kept for the receipt (ingest/currency);
 * - duplicates within a file: rows of one natural key (day and campaign, day and channel, day and
 *   e-mail campaign) are summed, as the export has one row per key; an order id seen twice keeps
 *   its last row.
 * The aggregates are per day and key, so memory grows with days x campaigns, not with rows; orders
 * are kept until the end to tell new customers (a buyer's first order in the file) from returning.
 */
import type { ChannelRule } from "../channels/channel-rules.ts";
import { classifyTouch } from "../channels/classify.ts";
import { type AppliedRate, convertAmount, type RateLookup } from "../currency/rate-table.ts";
import type { CampaignIdResolver } from "./campaign-ids.ts";
import { money } from "./cells.ts";
import { customerIdFor } from "./customer-ids.ts";
import { type Fact, RowError } from "./types.ts";

/** The export kinds an adapter can produce, in the order an import must load them. */
export type ExportKind =
  | "campaigns"
  | "ad_spend_daily"
  | "conversions"
  | "email_daily"
  | "web_sessions_daily";

/** One record in export format: cells by export header name (null is an empty cell). */
export type ExportRecord = Record<string, string | null>;

/** Everything the transform needs from the organization. */
export interface AdaptContext {
  /** ISO 4217 code of the organization's currency. */
  currency: string;
  rates: RateLookup;
  campaignIds: CampaignIdResolver;
  channelRules?: readonly ChannelRule[];
  /** True when the customer has a conversion before `ts` in the database (not a new customer). */
  hasEarlierOrder?(customerId: number, ts: string): Promise<boolean>;
}

/** A rate used, with how many rows and how much it converted: the receipt's currency lines. */
export interface RateUsed extends AppliedRate {
  rows: number;
  /** Sum of the amounts before conversion, in `currency`. */
  amountIn: string;
  /** Sum of the converted amounts, in the organization's currency. */
  amountOut: string;
}

/** What the transform did, for the import job's receipt. */
export interface AdaptSummary {
  facts: number;
  records: Record<ExportKind, number>;
  campaigns: { platform: string; externalId: string; name: string; campaignId: number }[];
  ratesUsed: RateUsed[];
}

/** Accumulates facts; `finish` returns the export records by kind and the summary. */
export class ExportBuilder {
  private readonly ctx: AdaptContext;
  private facts = 0;
  private readonly campaigns = new Map<
    number,
    { record: ExportRecord; externalId: string; platform: string }
  >();
  private readonly spend = new Map<string, ExportRecord>();
  private readonly orders = new Map<
    string,
    { customerId: number; ts: string; revenue: number; orderId: string }
  >();
  private readonly email = new Map<string, ExportRecord>();
  private readonly sessions = new Map<string, ExportRecord>();
  private readonly rates = new Map<string, RateUsed>();

  constructor(ctx: AdaptContext) {
    this.ctx = ctx;
  }

  /** Amount in the organization's currency; records the rate used. Throws RowError without a rate. */
  private convert(amount: number, currency: string | null, date: string, field: string): number {
    if (currency === null || currency === this.ctx.currency || amount === 0) return amount;
    const rate = this.ctx.rates.rateFor(currency, date);
    if (!rate) {
      throw new RowError(
        field,
        `a ${currency} -> ${this.ctx.currency} rate for ${date} (import one with POST /api/v1/currency-rates)`,
        currency,
      );
    }
    const out = convertAmount(amount, rate.rate);
    const key = `${currency}\u0000${date}`;
    const used = this.rates.get(key) ?? { ...rate, rows: 0, amountIn: "0.00", amountOut: "0.00" };
    used.rows++;
    used.amountIn = money(Number(used.amountIn) + amount);
    used.amountOut = money(Number(used.amountOut) + out);
    this.rates.set(key, used);
    return out;
  }

  /** Add one row's facts (all or nothing: a RowError leaves the builder unchanged). */
  async add(facts: readonly Fact[]): Promise<void> {
    // Convert first, so a missing rate rejects the row before anything is accumulated.
    const prepared = facts.map((f) => {
      if (f.type === "ad_spend") {
        return {
          ...f,
          spend: this.convert(f.spend, f.currency, f.date, "spend"),
          revenue: this.convert(f.revenue, f.currency, f.date, "revenue"),
          dailyBudget:
            f.dailyBudget === null ? null : this.convert(f.dailyBudget, f.currency, f.date, "budget"),
        };
      }
      if (f.type === "order") return { ...f, revenue: this.convert(f.revenue, f.currency, f.date, "total") };
      return f;
    });
    for (const f of prepared) {
      this.facts++;
      if (f.type === "ad_spend") await this.addSpend(f);
      else if (f.type === "order") {
        const customerId = customerIdFor(f.customerKey, f.orderId);
        this.orders.set(f.orderId, { customerId, ts: f.ts, revenue: f.revenue, orderId: f.orderId });
      } else if (f.type === "email") {
        const key = `${f.date}\u0000${f.campaign}`;
        const r = this.email.get(key);
        if (r) {
          for (const k of ["sends", "opens", "clicks", "unsubscribes"] as const)
            r[k] = String(Number(r[k]) + f[k]);
        } else {
          this.email.set(key, {
            date: f.date,
            email_campaign: f.campaign,
            sends: String(f.sends),
            opens: String(f.opens),
            clicks: String(f.clicks),
            unsubscribes: String(f.unsubscribes),
          });
        }
      } else {
        const channel = classifyTouch(
          { utmSource: f.source, utmMedium: f.medium },
          { rules: this.ctx.channelRules ?? [] },
        ).channel;
        const key = `${f.date}\u0000${channel}`;
        const r = this.sessions.get(key);
        if (r) {
          for (const k of ["sessions", "users", "bounces"] as const) r[k] = String(Number(r[k]) + f[k]);
        } else {
          this.sessions.set(key, {
            date: f.date,
            channel,
            sessions: String(f.sessions),
            users: String(f.users),
            bounces: String(f.bounces),
          });
        }
      }
    }
  }

  private async addSpend(f: Extract<Fact, { type: "ad_spend" }>): Promise<void> {
    const { id, known } = await this.ctx.campaignIds.resolve({
      platform: f.platform,
      externalId: f.externalCampaignId,
      name: f.campaignName,
    });
    const c = this.campaigns.get(id);
    if (!c) {
      const start = known && known.startDate < f.date ? known.startDate : f.date;
      this.campaigns.set(id, {
        platform: f.platform,
        externalId: f.externalCampaignId,
        record: {
          campaign_id: String(id),
          name: f.campaignName,
          channel: f.channel,
          platform: f.platform,
          objective: f.objective,
          start_date: start,
          end_date: null,
          daily_budget: money(f.dailyBudget ?? 0),
        },
      });
    } else {
      if (f.date < c.record.start_date!) c.record.start_date = f.date;
      if (f.dailyBudget !== null) c.record.daily_budget = money(f.dailyBudget);
    }
    const key = `${f.date}\u0000${String(id).padStart(10, "0")}`;
    const r = this.spend.get(key);
    if (r) {
      r.spend = money(Number(r.spend) + f.spend);
      r.impressions = String(Number(r.impressions) + f.impressions);
      r.clicks = String(Number(r.clicks) + f.clicks);
      r.platform_conversions = money(Number(r.platform_conversions) + f.conversions);
      r.platform_revenue = money(Number(r.platform_revenue) + f.revenue);
    } else {
      this.spend.set(key, {
        date: f.date,
        campaign_id: String(id),
        channel: f.channel,
        platform: f.platform,
        spend: money(f.spend),
        impressions: String(f.impressions),
        clicks: String(f.clicks),
        platform_conversions: money(f.conversions),
        platform_revenue: money(f.revenue),
      });
    }
  }

  /** The records by export kind (sorted by natural key, as the export writes them) and the summary. */
  async finish(): Promise<{ records: Record<ExportKind, ExportRecord[]>; summary: AdaptSummary }> {
    const byKey = <T extends ExportRecord>(m: Map<string, T>) =>
      [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
    const campaigns = [...this.campaigns.entries()].sort(([a], [b]) => a - b);
    // New customer: the buyer's first order in this file, and none earlier in the database.
    const orders = [...this.orders.values()].sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0));
    const seen = new Set<number>();
    const conversions: ExportRecord[] = [];
    for (const o of orders) {
      const first = !seen.has(o.customerId);
      seen.add(o.customerId);
      const isNew = first && !(await this.ctx.hasEarlierOrder?.(o.customerId, o.ts));
      conversions.push({
        order_id: o.orderId,
        customer_id: String(o.customerId),
        ts: o.ts,
        revenue: money(o.revenue),
        currency: this.ctx.currency,
        is_new_customer: isNew ? "true" : "false",
      });
    }
    conversions.sort((a, b) => (a.order_id! < b.order_id! ? -1 : a.order_id! > b.order_id! ? 1 : 0));
    const records: Record<ExportKind, ExportRecord[]> = {
      campaigns: campaigns.map(([, c]) => c.record),
      ad_spend_daily: byKey(this.spend),
      conversions,
      email_daily: byKey(this.email),
      web_sessions_daily: byKey(this.sessions),
    };
    return {
      records,
      summary: {
        facts: this.facts,
        records: Object.fromEntries(Object.entries(records).map(([k, v]) => [k, v.length])) as Record<
          ExportKind,
          number
        >,
        campaigns: campaigns.map(([id, c]) => ({
          platform: c.platform,
          externalId: c.externalId,
          name: c.record.name!,
          campaignId: id,
        })),
        ratesUsed: [...this.rates.values()].sort((a, b) =>
          a.currency === b.currency ? (a.date < b.date ? -1 : 1) : a.currency < b.currency ? -1 : 1,
        ),
      },
    };
  }
}
