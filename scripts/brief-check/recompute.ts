/**
 * Independent recomputation of a brief's figures from the `npm run export` CSV files, in plain
 * TypeScript that shares nothing with the project's query code (only the CSV reader of
 * api/testing-csv.ts): KPI sums per range (spend; revenue, orders and new customers by local order
 * date; last-touch revenue of channels with spend, touches in the 30 days up to the order and after
 * the customer's previous order), revenue by channel for the movers, spend per channel and per
 * campaign over a range for the budget and the insights. Model estimates (fitted curves) cannot be
 * recomputed from the CSVs; their arithmetic (gross profit = margin x revenue - spend) is.
 */
import path from "node:path";
import { type CsvRow, readCsv } from "../../api/testing-csv.ts";

const DAY = 86_400_000;

/** The CSV rows of one organization's export. */
export interface ExportRows {
  spend: CsvRow[];
  orders: CsvRow[];
  touches: CsvRow[];
  campaigns: CsvRow[];
}

/** Read an export directory. */
export function readExport(dir: string): ExportRows {
  return {
    spend: readCsv(path.join(dir, "ad_spend_daily.csv")),
    orders: readCsv(path.join(dir, "conversions.csv")),
    touches: readCsv(path.join(dir, "touchpoints.csv")),
    campaigns: readCsv(path.join(dir, "campaigns.csv")),
  };
}

/** A calendar date in a time zone, from a timestamp. */
function localDateOf(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(ms));
}

interface Order {
  id: string;
  date: string;
  revenue: number;
  isNew: boolean;
  lastTouch: string | null;
}

/** Every order with its local date and last-touch channel (30-day lookback, after the previous order). */
export function ordersWithLastTouch(rows: ExportRows, timeZone: string, lookbackDays = 30): Order[] {
  const touches = new Map<string, { id: number; ts: number; channel: string }[]>();
  for (const t of rows.touches) {
    const list = touches.get(t.customer_id!) ?? [];
    list.push({ id: Number(t.touchpoint_id), ts: Date.parse(t.ts!), channel: t.channel! });
    touches.set(t.customer_id!, list);
  }
  for (const list of touches.values()) list.sort((a, b) => a.ts - b.ts || a.id - b.id);
  const byCustomer = new Map<string, CsvRow[]>();
  for (const o of rows.orders) byCustomer.set(o.customer_id!, [...(byCustomer.get(o.customer_id!) ?? []), o]);
  const out: Order[] = [];
  for (const [customer, list] of byCustomer) {
    const sorted = list
      .map((o) => ({ o, ts: Date.parse(o.ts!) }))
      .sort((a, b) => a.ts - b.ts || (a.o.order_id! < b.o.order_id! ? -1 : 1));
    sorted.forEach(({ o, ts }, i) => {
      const previous = i > 0 ? sorted[i - 1]!.ts : Number.NEGATIVE_INFINITY;
      const path = (touches.get(customer) ?? []).filter(
        (t) => t.ts >= ts - lookbackDays * DAY && t.ts <= ts && t.ts > previous,
      );
      out.push({
        id: o.order_id!,
        date: localDateOf(ts, timeZone),
        revenue: Number(o.revenue),
        isNew: o.is_new_customer === "true" || o.is_new_customer === "t",
        lastTouch: path.at(-1)?.channel ?? null,
      });
    });
  }
  return out;
}

/** Spend per key (channel or campaign id) over [from, to]. */
export function spendBy(rows: ExportRows, key: "channel" | "campaign_id", from: string, to: string) {
  const out = new Map<string, number>();
  for (const r of rows.spend) {
    if (r.date! < from || r.date! > to) continue;
    out.set(r[key]!, (out.get(r[key]!) ?? 0) + Number(r.spend));
  }
  return out;
}

/** KPI sums over [from, to]. */
export function kpiSums(rows: ExportRows, orders: readonly Order[], from: string, to: string) {
  const spendByChannel = spendBy(rows, "channel", from, to);
  const inRange = orders.filter((o) => o.date >= from && o.date <= to);
  const paid = new Set([...spendByChannel].filter(([, s]) => s > 0).map(([c]) => c));
  const spend = [...spendByChannel.values()].reduce((a, b) => a + b, 0);
  return {
    spend,
    revenue: inRange.reduce((a, o) => a + o.revenue, 0),
    orders: inRange.length,
    newCustomers: inRange.filter((o) => o.isNew).length,
    paidAttributedRevenue: inRange
      .filter((o) => o.lastTouch !== null && paid.has(o.lastTouch))
      .reduce((a, o) => a + o.revenue, 0),
  };
}

/** Last-touch revenue per channel over [from, to] (orders without a touch under "(none)"). */
export function revenueByChannel(orders: readonly Order[], from: string, to: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const o of orders) {
    if (o.date < from || o.date > to) continue;
    // The product's last-touch rule credits an order with no touch in its window to direct (the
    // definition in every answer's receipt), so the recomputation does the same.
    const k = o.lastTouch ?? "direct";
    out.set(k, (out.get(k) ?? 0) + o.revenue);
  }
  return out;
}
