/**
 * An independent check of POST /api/v1/metrics: a dozen answers recomputed in plain TypeScript
 * from the `npm run export` CSV files (no code shared with the compiler: its own CSV parsing, time
 * zone bucketing and ratio arithmetic), compared with the API. Sums are compared in exact cents.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { exportOrganization } from "../../db/export/export-org.ts";
import { apiFetch, seedTestData, startTestApi, type TestApi } from "../testing.ts";
import { readCsv } from "../testing-csv.ts";

type Row = Record<string, string>;

const cents = (s: string) => Math.round(Number(s) * 100);
const TZ = "America/New_York";
const localDate = (iso: string) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(iso));
const inRange = (d: string, from: string, to: string) => d >= from && d <= to;
/** Monday of the ISO week containing date d (YYYY-MM-DD). */
function mondayOf(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  const dow = (t.getUTCDay() + 6) % 7;
  return new Date(t.getTime() - dow * 86_400_000).toISOString().slice(0, 10);
}
function groupSum<T>(rows: T[], key: (r: T) => string, value: (r: T) => number): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + value(r));
  return m;
}

describe("POST /api/v1/metrics against an independent recomputation from the CSV export", () => {
  let db: Database;
  let api: TestApi;
  let dir: string;
  let spend: Row[];
  let orders: Row[];
  let email: Row[];
  let sessions: Row[];
  const OCT = { from: "2026-10-01", to: "2026-10-31" };

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedTestData(db, 0.05);
    api = await startTestApi({ db });
    dir = mkdtempSync(path.join(tmpdir(), "independent-"));
    await exportOrganization(db, { org: "acme", outDir: dir });
    spend = readCsv(path.join(dir, "ad_spend_daily.csv"));
    orders = readCsv(path.join(dir, "conversions.csv"));
    email = readCsv(path.join(dir, "email_daily.csv"));
    sessions = readCsv(path.join(dir, "web_sessions_daily.csv"));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await api.close();
    await db.close();
  });

  const query = async (body: Record<string, unknown>) => {
    const res = await apiFetch(api, "/api/v1/metrics", { key: api.keys.viewer, body });
    expect(res.status).toBe(200);
    return (await res.json()) as {
      rows: Array<Record<string, unknown>>;
      totals: Record<string, number | null>;
    };
  };
  const octSpend = () => spend.filter((r) => inRange(r.date!, OCT.from, OCT.to));
  const octOrders = () => orders.filter((r) => inRange(localDate(r.ts!), OCT.from, OCT.to));

  it("1-3: spend, clicks and impressions in October (exact)", async () => {
    const r = await query({ metrics: ["spend", "clicks", "impressions"], timeRange: OCT });
    const rows = octSpend();
    expect(Math.round(r.totals.spend! * 100)).toBe(rows.reduce((s, x) => s + cents(x.spend!), 0));
    expect(r.totals.clicks).toBe(rows.reduce((s, x) => s + Number(x.clicks), 0));
    expect(r.totals.impressions).toBe(rows.reduce((s, x) => s + Number(x.impressions), 0));
  });

  it("4: spend by channel (exact cents per channel)", async () => {
    const r = await query({ metrics: ["spend"], dimensions: ["channel"], timeRange: OCT });
    const expected = groupSum(
      octSpend(),
      (x) => x.channel!,
      (x) => cents(x.spend!),
    );
    expect(
      Object.fromEntries(
        r.rows.filter((x) => x.spend).map((x) => [x.channel, Math.round((x.spend as number) * 100)]),
      ),
    ).toEqual(Object.fromEntries(expected));
  });

  it("5-6: CTR and CPC by platform are ratios of sums, not averages of daily ratios", async () => {
    const r = await query({ metrics: ["ctr", "cpc"], dimensions: ["platform"], timeRange: OCT });
    const clicks = groupSum(
      octSpend(),
      (x) => x.platform!,
      (x) => Number(x.clicks),
    );
    const impressions = groupSum(
      octSpend(),
      (x) => x.platform!,
      (x) => Number(x.impressions),
    );
    const costs = groupSum(
      octSpend(),
      (x) => x.platform!,
      (x) => cents(x.spend!),
    );
    for (const row of r.rows) {
      const p = row.platform as string;
      expect(row.ctr as number).toBeCloseTo(clicks.get(p)! / impressions.get(p)!, 12);
      expect(row.cpc as number).toBeCloseTo(costs.get(p)! / 100 / clicks.get(p)!, 9);
    }
    const rowAverage = octSpend()
      .filter((x) => Number(x.impressions) > 0)
      .reduce((s, x, _i, all) => s + Number(x.clicks) / Number(x.impressions) / all.length, 0);
    expect(r.rows.length).toBeGreaterThan(1);
    const ratioOfSums =
      [...clicks.values()].reduce((a, b) => a + b) / [...impressions.values()].reduce((a, b) => a + b);
    expect(Math.abs(rowAverage - ratioOfSums)).toBeGreaterThan(1e-6);
  });

  it("7-9: revenue, orders and AOV in October, bucketed in the organization's time zone (exact)", async () => {
    const r = await query({ metrics: ["revenue", "orders", "average_order_value"], timeRange: OCT });
    const rows = octOrders();
    const revenueCents = rows.reduce((s, x) => s + cents(x.revenue!), 0);
    expect(Math.round(r.totals.revenue! * 100)).toBe(revenueCents);
    expect(r.totals.orders).toBe(rows.length);
    expect(r.totals.average_order_value!).toBeCloseTo(revenueCents / 100 / rows.length, 9);
  });

  it("10: new customers' orders in October", async () => {
    const r = await query({ metrics: ["new_customers"], timeRange: OCT });
    expect(r.totals.new_customers).toBe(octOrders().filter((x) => x.is_new_customer === "true").length);
  });

  it("11: MER (blended ROAS) = tracked revenue / ad spend", async () => {
    const r = await query({ metrics: ["mer"], timeRange: OCT });
    const rev = octOrders().reduce((s, x) => s + cents(x.revenue!), 0);
    const cost = octSpend().reduce((s, x) => s + cents(x.spend!), 0);
    expect(r.totals.mer!).toBeCloseTo(rev / cost, 12);
  });

  it("12: weekly revenue with Monday weeks across the October-November boundary (exact)", async () => {
    const range = { from: "2026-09-28", to: "2026-10-31" };
    const r = await query({ metrics: ["revenue"], dimensions: ["date"], grain: "week", timeRange: range });
    const expected = groupSum(
      orders.filter((x) => inRange(localDate(x.ts!), range.from, range.to)),
      (x) => mondayOf(localDate(x.ts!)),
      (x) => cents(x.revenue!),
    );
    expect(Object.fromEntries(r.rows.map((x) => [x.date, Math.round((x.revenue as number) * 100)]))).toEqual(
      Object.fromEntries(expected),
    );
  });

  it("13: email open rate by email campaign", async () => {
    const r = await query({ metrics: ["email_open_rate"], dimensions: ["email_campaign"], timeRange: OCT });
    const rows = email.filter((x) => inRange(x.date!, OCT.from, OCT.to));
    const opens = groupSum(
      rows,
      (x) => x.email_campaign!,
      (x) => Number(x.opens),
    );
    const sends = groupSum(
      rows,
      (x) => x.email_campaign!,
      (x) => Number(x.sends),
    );
    expect(r.rows.length).toBe(opens.size);
    for (const row of r.rows) {
      const c = row.email_campaign as string;
      expect(row.email_open_rate as number).toBeCloseTo(opens.get(c)! / sends.get(c)!, 12);
    }
  });

  it("14: sessions, bounce rate and conversion rate from the exported daily sessions", async () => {
    const r = await query({ metrics: ["sessions", "bounce_rate", "conversion_rate"], timeRange: OCT });
    const rows = sessions.filter((x) => inRange(x.date!, OCT.from, OCT.to));
    const total = rows.reduce((a, x) => a + Number(x.sessions), 0);
    expect(r.totals.sessions).toBe(total);
    expect(r.totals.bounce_rate).toBeCloseTo(rows.reduce((a, x) => a + Number(x.bounces), 0) / total, 12);
    expect(r.totals.conversion_rate).toBeCloseTo(octOrders().length / total, 12);
  });
});
