/**
 * An independent check of GET /api/v1/overview: last month's (October 2026) headline KPIs, daily
 * trend and channel table recomputed in plain TypeScript from the `npm run export` CSV files (own
 * CSV reading, New York day bucketing, last-touch credit and ratio arithmetic; no project query
 * code), compared with the API in exact cents.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { exportOrganization } from "../../db/export/export-org.ts";
import { apiFetch, seedTestData, startTestApi, type TestApi } from "../testing.ts";
import { type CsvRow, readCsv } from "../testing-csv.ts";

const TZ = "America/New_York";
const DAY = 86_400_000;
const cents = (s: string) => Math.round(Number(s) * 100);
const localDate = (ms: number) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(ms));
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };
const within = (d: string, r: { from: string; to: string }) => d >= r.from && d <= r.to;

interface Order {
  day: string;
  cents: number;
  isNew: boolean;
  /** The last touch's channel in the 30 days up to the order, after the previous order; else direct. */
  lastTouch: string;
}

/** Every order with its local day and last-touch channel, from the CSV rows alone. */
function ordersOf(orderRows: CsvRow[], touchRows: CsvRow[]): Order[] {
  const touches = new Map<string, { id: number; ts: number; channel: string }[]>();
  for (const t of touchRows) {
    const list = touches.get(t.customer_id!) ?? [];
    list.push({ id: Number(t.touchpoint_id), ts: Date.parse(t.ts!), channel: t.channel! });
    touches.set(t.customer_id!, list);
  }
  for (const list of touches.values()) list.sort((a, b) => a.ts - b.ts || a.id - b.id);
  const byCustomer = new Map<string, CsvRow[]>();
  for (const o of orderRows) byCustomer.set(o.customer_id!, [...(byCustomer.get(o.customer_id!) ?? []), o]);
  const out: Order[] = [];
  for (const [customer, list] of byCustomer) {
    const sorted = list
      .map((o) => ({ o, ts: Date.parse(o.ts!) }))
      .sort((a, b) => a.ts - b.ts || (a.o.order_id! < b.o.order_id! ? -1 : 1));
    sorted.forEach(({ o, ts }, i) => {
      const previous = i > 0 ? sorted[i - 1]!.ts : -Infinity;
      const path = (touches.get(customer) ?? []).filter(
        (t) => t.ts >= ts - 30 * DAY && t.ts <= ts && t.ts > previous,
      );
      out.push({
        day: localDate(ts),
        cents: cents(o.revenue!),
        isNew: o.is_new_customer === "true",
        lastTouch: path.at(-1)?.channel ?? "direct",
      });
    });
  }
  return out;
}

describe("GET /api/v1/overview against an independent recomputation from the CSV export", () => {
  let db: Database;
  let api: TestApi;
  let dir: string;
  let spend: CsvRow[];
  let orders: Order[];
  // biome-ignore lint/suspicious/noExplicitAny: the response is compared field by field
  let body: any;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedTestData(db, 0.05);
    api = await startTestApi({ db });
    dir = mkdtempSync(path.join(tmpdir(), "overview-independent-"));
    await exportOrganization(db, { org: "acme", outDir: dir });
    spend = readCsv(path.join(dir, "ad_spend_daily.csv"));
    orders = ordersOf(readCsv(path.join(dir, "conversions.csv")), readCsv(path.join(dir, "touchpoints.csv")));
    const res = await apiFetch(api, "/api/v1/overview?period=last_month", { key: api.keys.viewer });
    expect(res.status).toBe(200);
    body = await res.json();
  }, 180_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await api.close();
    await db.close();
  });

  const spendCents = (r: { from: string; to: string }) =>
    spend.filter((x) => within(x.date!, r)).reduce((s, x) => s + cents(x.spend!), 0);
  const inPeriod = (r: { from: string; to: string }) => orders.filter((o) => within(o.day, r));
  const revenueCents = (r: { from: string; to: string }) => inPeriod(r).reduce((s, o) => s + o.cents, 0);
  const kpi = (key: string) => body.kpis.find((k: { key: string }) => k.key === key);

  it("resolves last month in New York and compares with the month before", () => {
    expect(body.period).toEqual({ ...OCT, timeZone: TZ, preset: "last_month" });
    expect(body.comparisonPeriod).toEqual(SEP);
    expect(body.attributionModel).toBe("last_touch");
  });

  it("spend, revenue, MER, orders and new-customer CAC in both months (exact cents)", () => {
    for (const [r, field] of [
      [OCT, "current"],
      [SEP, "previous"],
    ] as const) {
      expect(Math.round(kpi("spend")[field] * 100)).toBe(spendCents(r));
      expect(Math.round(kpi("revenue")[field] * 100)).toBe(revenueCents(r));
      expect(kpi("mer")[field]).toBeCloseTo(revenueCents(r) / spendCents(r), 9);
      expect(kpi("orders")[field]).toBe(inPeriod(r).length);
      const newCustomers = inPeriod(r).filter((o) => o.isNew).length;
      expect(kpi("cac")[field]).toBeCloseTo(spendCents(r) / 100 / newCustomers, 9);
    }
    const rev = kpi("revenue");
    expect(rev.percentChange).toBeCloseTo((revenueCents(OCT) - revenueCents(SEP)) / revenueCents(SEP), 9);
    expect(rev.question).toBe("Why did revenue change last month?");
  });

  it("paid ROAS: last-touch revenue of the channels that buy media over spend", () => {
    const paid = new Set(spend.map((x) => x.channel!));
    expect(new Set(body.provenance.paidChannels)).toEqual(paid);
    for (const [r, field] of [
      [OCT, "current"],
      [SEP, "previous"],
    ] as const) {
      const paidCents = inPeriod(r)
        .filter((o) => paid.has(o.lastTouch))
        .reduce((s, o) => s + o.cents, 0);
      expect(kpi("paid_roas")[field]).toBeCloseTo(paidCents / spendCents(r), 9);
    }
  });

  it("the daily trend and the channel table (exact cents per day and per channel)", () => {
    // A day appears when it has spend or an order.
    const spendDays = spend.filter((x) => within(x.date!, OCT)).map((x) => x.date!);
    const days = [...new Set([...inPeriod(OCT).map((o) => o.day), ...spendDays])].sort();
    expect(body.trend.map((t: { date: string }) => t.date)).toEqual(days);
    for (const t of body.trend) {
      expect(Math.round(t.revenue * 100)).toBe(revenueCents({ from: t.date, to: t.date }));
      expect(Math.round((t.spend ?? 0) * 100)).toBe(spendCents({ from: t.date, to: t.date }));
    }
    for (const c of body.channels) {
      const mine = spend.filter((x) => x.channel === c.channel && within(x.date!, OCT));
      expect(Math.round(c.spend * 100)).toBe(mine.reduce((s, x) => s + cents(x.spend!), 0));
      const credited = inPeriod(OCT).filter((o) => o.lastTouch === c.channel);
      expect(Math.round(c.revenue * 100)).toBe(credited.reduce((s, o) => s + o.cents, 0));
      expect(c.orders).toBe(credited.length);
      expect(c.label).not.toBe(c.channel);
    }
  });
});
