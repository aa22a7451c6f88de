/**
 * An independent check of POST /api/v1/journeys: October's top converting paths, path lengths,
 * time to convert and assists recomputed in plain TypeScript from the `npm run export` CSV files
 * (its own journey rules written from the definition: touches in the 30 days up to the order,
 * after the customer's previous order, in time then id order), compared with the API.
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
const localDate = (ms: number) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(ms));

interface Order {
  id: string;
  customer: string;
  ts: number;
  revenue: number;
  path: string[];
  /** Time of the journey's first touch; undefined when it has none. */
  firstTs: number | undefined;
}

/** October's orders with their journeys, from the CSV rows alone. */
function octoberJourneys(touchRows: CsvRow[], orderRows: CsvRow[]): Order[] {
  const touches = new Map<string, { id: number; ts: number; channel: string }[]>();
  for (const t of touchRows) {
    const list = touches.get(t.customer_id!) ?? [];
    list.push({ id: Number(t.touchpoint_id), ts: Date.parse(t.ts!), channel: t.channel! });
    touches.set(t.customer_id!, list);
  }
  for (const list of touches.values()) list.sort((a, b) => a.ts - b.ts || a.id - b.id);
  const byCustomer = new Map<string, { id: string; ts: number; revenue: number }[]>();
  for (const o of orderRows) {
    const list = byCustomer.get(o.customer_id!) ?? [];
    list.push({ id: o.order_id!, ts: Date.parse(o.ts!), revenue: Number(o.revenue) });
    byCustomer.set(o.customer_id!, list);
  }
  const out: Order[] = [];
  for (const [customer, list] of byCustomer) {
    list.sort((a, b) => a.ts - b.ts || (a.id < b.id ? -1 : 1));
    list.forEach((o, i) => {
      const day = localDate(o.ts);
      if (day < "2026-10-01" || day > "2026-10-31") return;
      const previous = i > 0 ? list[i - 1]!.ts : -Infinity;
      const path = (touches.get(customer) ?? [])
        .filter((t) => t.ts >= o.ts - 30 * DAY && t.ts <= o.ts && t.ts > previous)
        .map((t) => ({ channel: t.channel, ts: t.ts }));
      out.push({ ...o, customer, path: path.map((t) => t.channel), firstTs: path[0]?.ts });
    });
  }
  return out;
}

const collapse = (p: string[]) => p.filter((c, i) => i === 0 || p[i - 1] !== c);

describe("POST /api/v1/journeys against an independent recomputation from the CSV export", () => {
  let db: Database;
  let api: TestApi;
  let dir: string;
  let orders: Order[];

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedTestData(db, 0.05);
    api = await startTestApi({ db });
    dir = mkdtempSync(path.join(tmpdir(), "journeys-independent-"));
    await exportOrganization(db, { org: "acme", outDir: dir });
    const touchRows = readCsv(path.join(dir, "touchpoints.csv"));
    orders = octoberJourneys(touchRows, readCsv(path.join(dir, "conversions.csv")));
  }, 180_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await api.close();
    await db.close();
  });

  const journeys = async (body: Record<string, unknown>) => {
    const res = await apiFetch(api, "/api/v1/journeys", { key: api.keys.viewer, body });
    expect(res.status).toBe(200);
    // biome-ignore lint/suspicious/noExplicitAny: the response is compared field by field
    return (await res.json()) as any;
  };
  const OCT = { from: "2026-10-01", to: "2026-10-31" };

  it("top 10 converting paths (repeats collapsed): the same paths, orders and revenue", async () => {
    const counts = new Map<string, { orders: number; cents: number }>();
    for (const o of orders) {
      const key = collapse(o.path).join(" > ") || "(no tracked touch)";
      const c = counts.get(key) ?? { orders: 0, cents: 0 };
      c.orders += 1;
      c.cents += Math.round(o.revenue * 100);
      counts.set(key, c);
    }
    const expected = [...counts.entries()]
      .sort((a, b) => b[1].orders - a[1].orders || b[1].cents - a[1].cents || (a[0] < b[0] ? -1 : 1))
      .slice(0, 10)
      .map(([p, c]) => [p, c.orders, c.cents]);
    const body = await journeys({ analysis: "top_paths", period: OCT, limit: 10 });
    expect(body.orders).toBe(orders.length);
    expect(
      body.topPaths.map((r: { path: string; orders: number; revenue: number }) => [
        r.path,
        r.orders,
        Math.round(r.revenue * 100),
      ]),
    ).toEqual(expected);
  });

  it("path lengths: every touch counted, the average and the single-touch share", async () => {
    const touched = orders.filter((o) => o.path.length > 0);
    const body = await journeys({ analysis: "path_length", period: OCT });
    expect(body.pathLength.ordersWithoutTouches).toBe(orders.length - touched.length);
    expect(body.pathLength.averageTouches).toBeCloseTo(
      touched.reduce((s, o) => s + o.path.length, 0) / touched.length,
      9,
    );
    expect(body.pathLength.singleTouchShare).toBeCloseTo(
      touched.filter((o) => o.path.length === 1).length / touched.length,
      12,
    );
  });

  it("median time to convert, overall and for organic search first touches", async () => {
    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const m = Math.floor(s.length / 2);
      return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
    };
    const days = orders.filter((o) => o.firstTs !== undefined).map((o) => (o.ts - o.firstTs!) / DAY);
    const organic = orders
      .filter((o) => o.path[0] === "organic_search")
      .map((o) => (o.ts - o.firstTs!) / DAY);
    const body = await journeys({ analysis: "time_to_convert", period: OCT });
    expect(body.timeToConvert.overall.medianDays).toBeCloseTo(median(days), 9);
    const row = body.timeToConvert.byFirstTouchChannel.find(
      (r: { channel: string }) => r.channel === "organic_search",
    );
    expect(row.orders).toBe(organic.length);
    expect(row.medianDays).toBeCloseTo(median(organic), 9);
  });

  it("assists: channels on the path but not last, once per order", async () => {
    const assisted = new Map<string, number>();
    for (const o of orders) {
      const last = o.path[o.path.length - 1];
      for (const c of new Set(o.path.slice(0, -1)))
        if (c !== last) assisted.set(c, (assisted.get(c) ?? 0) + 1);
    }
    const body = await journeys({ analysis: "assists", period: OCT });
    const got = Object.fromEntries(
      body.assists
        .filter((r: { assistedConversions: number }) => r.assistedConversions > 0)
        .map((r: { channel: string; assistedConversions: number }) => [r.channel, r.assistedConversions]),
    );
    expect(got).toEqual(Object.fromEntries(assisted));
  });
});
