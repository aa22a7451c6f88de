/**
 * An independent check of POST /api/v1/funnel: October's funnel step counts, overall and by
 * channel, recomputed in plain TypeScript from the `npm run export` CSV files (impressions and
 * clicks from ad_spend_daily.csv; sessions, bounces, carts and checkouts from
 * web_sessions_daily.csv; each order's last touch by its own journey rules from touchpoints.csv
 * and conversions.csv: the latest touch in the 30 days up to the order, after the customer's
 * previous order, ties in touchpoint id order; no touch counts as direct), compared with the API.
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
const FROM = "2026-10-01";
const TO = "2026-10-31";
const localDate = (ms: number) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(ms));
const inOctober = (date: string) => date >= FROM && date <= TO;

interface Counts {
  impressions: number;
  clicks: number;
  sessions: number;
  engaged: number;
  carts: number;
  checkouts: number;
  orders: number;
}
const zero = (): Counts => ({
  impressions: 0,
  clicks: 0,
  sessions: 0,
  engaged: 0,
  carts: 0,
  checkouts: 0,
  orders: 0,
});

/** Last-touch channel of every October order, from the CSV rows alone. */
function octoberLastTouches(touchRows: CsvRow[], orderRows: CsvRow[]): string[] {
  const touches = new Map<string, { id: number; ts: number; channel: string }[]>();
  for (const t of touchRows) {
    const list = touches.get(t.customer_id!) ?? [];
    list.push({ id: Number(t.touchpoint_id), ts: Date.parse(t.ts!), channel: t.channel! });
    touches.set(t.customer_id!, list);
  }
  for (const list of touches.values()) list.sort((a, b) => a.ts - b.ts || a.id - b.id);
  const byCustomer = new Map<string, { id: string; ts: number }[]>();
  for (const o of orderRows) {
    const list = byCustomer.get(o.customer_id!) ?? [];
    list.push({ id: o.order_id!, ts: Date.parse(o.ts!) });
    byCustomer.set(o.customer_id!, list);
  }
  const out: string[] = [];
  for (const [customer, list] of byCustomer) {
    list.sort((a, b) => a.ts - b.ts || (a.id < b.id ? -1 : 1));
    list.forEach((o, i) => {
      if (!inOctober(localDate(o.ts))) return;
      const previous = i > 0 ? list[i - 1]!.ts : -Infinity;
      const eligible = (touches.get(customer) ?? []).filter(
        (t) => t.ts >= o.ts - 30 * DAY && t.ts <= o.ts && t.ts > previous,
      );
      out.push(eligible[eligible.length - 1]?.channel ?? "direct");
    });
  }
  return out;
}

describe("POST /api/v1/funnel against an independent recomputation from the CSV export", () => {
  let db: Database;
  let api: TestApi;
  let dir: string;
  const byChannel = new Map<string, Counts>();
  const total = zero();
  const get = (c: string) => {
    const v = byChannel.get(c) ?? zero();
    byChannel.set(c, v);
    return v;
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedTestData(db, 0.05);
    api = await startTestApi({ db });
    dir = mkdtempSync(path.join(tmpdir(), "funnel-independent-"));
    await exportOrganization(db, { org: "acme", outDir: dir });
    for (const r of readCsv(path.join(dir, "ad_spend_daily.csv"))) {
      if (!inOctober(r.date!)) continue;
      get(r.channel!).impressions += Number(r.impressions);
      get(r.channel!).clicks += Number(r.clicks);
    }
    for (const r of readCsv(path.join(dir, "web_sessions_daily.csv"))) {
      if (!inOctober(r.date!)) continue;
      const c = get(r.channel!);
      c.sessions += Number(r.sessions);
      c.engaged += Number(r.sessions) - Number(r.bounces);
      c.carts += Number(r.add_to_carts);
      c.checkouts += Number(r.checkouts);
    }
    const lasts = octoberLastTouches(
      readCsv(path.join(dir, "touchpoints.csv")),
      readCsv(path.join(dir, "conversions.csv")),
    );
    for (const channel of lasts) get(channel).orders += 1;
    for (const c of byChannel.values())
      for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
  }, 180_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await api.close();
    await db.close();
  });

  const funnel = async (body: Record<string, unknown>) => {
    const res = await apiFetch(api, "/api/v1/funnel", { key: api.keys.viewer, body });
    expect(res.status).toBe(200);
    // biome-ignore lint/suspicious/noExplicitAny: the response is compared field by field
    return (await res.json()) as any;
  };

  it("overall step counts equal the CSV sums, and carts >= checkouts >= orders", async () => {
    const body = await funnel({ period: { from: FROM, to: TO } });
    const steps = Object.fromEntries(
      body.funnel.steps.map((s: { step: string; count: number }) => [s.step, s.count]),
    );
    expect(steps).toEqual({
      impressions: total.impressions,
      clicks: total.clicks,
      sessions: total.sessions,
      engaged_sessions: total.engaged,
      add_to_carts: total.carts,
      checkouts: total.checkouts,
      orders: total.orders,
    });
    expect(total.carts).toBeGreaterThanOrEqual(total.checkouts);
    expect(total.checkouts).toBeGreaterThanOrEqual(total.orders);
    expect(total.orders).toBeGreaterThan(0);
  });

  it("each channel's step counts, last-touch orders included, equal the CSV recomputation", async () => {
    const body = await funnel({ period: { from: FROM, to: TO }, byChannel: true });
    const got = Object.fromEntries(
      body.byChannel.map(
        (c: {
          channel: string;
          counts: {
            impressions: number | null;
            clicks: number | null;
            sessions: number;
            engagedSessions: number;
            addToCarts: number;
            checkouts: number;
            orders: number;
          };
        }) => [
          c.channel,
          {
            impressions: c.counts.impressions ?? 0,
            clicks: c.counts.clicks ?? 0,
            sessions: c.counts.sessions,
            engaged: c.counts.engagedSessions,
            carts: c.counts.addToCarts,
            checkouts: c.counts.checkouts,
            orders: c.counts.orders,
          },
        ],
      ),
    );
    expect(got).toEqual(Object.fromEntries(byChannel));
    for (const c of byChannel.values()) {
      expect(c.carts).toBeGreaterThanOrEqual(c.checkouts);
      expect(c.checkouts).toBeGreaterThanOrEqual(c.orders);
    }
  });
});
