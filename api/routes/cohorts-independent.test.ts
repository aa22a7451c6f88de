/**
 * An independent check of the agent's LTV answer: 90-day LTV by first-touch channel for the
 * customers acquired in H1 2026, recomputed in plain TypeScript from the `npm run export` CSV files
 * (a customer's first order is their earliest order; its first touch is the earliest touch in the
 * 30 days up to it, ties in touchpoint id order, none -> direct; LTV is the revenue of orders
 * placed less than 90 days after the first, per customer), compared with POST /agents/query.
 * October itself cannot be checked at 90 days: the data ends on October 31, so no October customer
 * has 90 days of history, and the answer says so instead of giving a number.
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

const TZ = "America/New_York";
const DAY = 86_400_000;
const localDate = (ms: number) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(ms));

describe("the agent's 90-day LTV by first-touch channel against a recomputation from the CSV export", () => {
  let db: Database;
  let api: TestApi;
  let dir: string;
  const expected = new Map<string, { customers: number; ltv: number }>();

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedTestData(db, 0.05);
    api = await startTestApi({ db });
    dir = mkdtempSync(path.join(tmpdir(), "cohorts-independent-"));
    await exportOrganization(db, { org: "acme", outDir: dir });
    const touches = new Map<string, { id: number; ts: number; channel: string }[]>();
    for (const t of readCsv(path.join(dir, "touchpoints.csv"))) {
      const list = touches.get(t.customer_id!) ?? [];
      list.push({ id: Number(t.touchpoint_id), ts: Date.parse(t.ts!), channel: t.channel! });
      touches.set(t.customer_id!, list);
    }
    for (const list of touches.values()) list.sort((a, b) => a.ts - b.ts || a.id - b.id);
    const orders = new Map<string, { id: string; ts: number; revenue: number }[]>();
    for (const o of readCsv(path.join(dir, "conversions.csv"))) {
      const list = orders.get(o.customer_id!) ?? [];
      list.push({ id: o.order_id!, ts: Date.parse(o.ts!), revenue: Number(o.revenue) });
      orders.set(o.customer_id!, list);
    }
    const sums = new Map<string, { customers: number; cents: number }>();
    for (const [customer, list] of orders) {
      list.sort((a, b) => a.ts - b.ts || (a.id < b.id ? -1 : 1));
      const first = list[0]!;
      const day = localDate(first.ts);
      if (day < "2026-01-01" || day > "2026-06-30") continue;
      const touch = (touches.get(customer) ?? []).find(
        (t) => t.ts >= first.ts - 30 * DAY && t.ts <= first.ts,
      );
      const channel = touch?.channel ?? "direct";
      const s = sums.get(channel) ?? { customers: 0, cents: 0 };
      s.customers += 1;
      for (const o of list) if (o.ts - first.ts < 90 * DAY) s.cents += Math.round(o.revenue * 100);
      sums.set(channel, s);
    }
    for (const [c, s] of sums) expected.set(c, { customers: s.customers, ltv: s.cents / 100 / s.customers });
  }, 180_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await api.close();
    await db.close();
  });

  it("answers with the same customers and 90-day LTV per first-touch channel", async () => {
    const res = await apiFetch(api, "/agents/query", {
      key: api.keys.analyst,
      body: { question: "90 day LTV by first touch channel for customers acquired in H1 2026" },
    });
    expect(res.status).toBe(200);
    // biome-ignore lint/suspicious/noExplicitAny: the answer's table is compared field by field
    const body = (await res.json()) as any;
    const labels = new Map(
      (
        await db.query<{ key: string; label: string }>(
          "SELECT key, label FROM channels WHERE organization_id = (SELECT id FROM organizations WHERE slug = 'acme')",
        )
      ).map((r) => [r.label, r.key]),
    );
    const got = new Map<string, { customers: number; ltv: number }>(
      body.data.rows.map((r: { cohort: string; customers: number; ltv_90d: number }) => [
        labels.get(r.cohort) ?? r.cohort,
        { customers: r.customers, ltv: r.ltv_90d },
      ]),
    );
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(expected.size).toBeGreaterThan(3);
    for (const [channel, e] of expected) {
      expect(got.get(channel)?.customers, channel).toBe(e.customers);
      expect(got.get(channel)?.ltv, channel).toBeCloseTo(e.ltv, 6);
    }
    expect(body.answer).toMatch(/90-day LTV/);
    expect(body.verification.grounded).toBe(true);
  });
});
