import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../lib/logger.ts";
import { openTestDatabase } from "../connect.ts";
import type { Database } from "../database.ts";
import { exportOrganization } from "../export/export-org.ts";
import { seedDemo } from "./seed-demo.ts";

const SCALE = 0.02;
const TABLES = [
  "campaigns",
  "ad_spend_daily",
  "customers",
  "touchpoints",
  "conversions",
  "web_sessions_daily",
  "email_daily",
];

async function counts(db: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of [...TABLES, "organizations", "data_loads"]) {
    const [r] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`);
    out[t] = r!.n;
  }
  return out;
}

async function exportHashes(db: Database, seed: number): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), `sim-export-${seed}-`));
  return (await exportOrganization(db, { org: "acme", outDir: dir, pageSize: 1000 })).map((f) => f.sha256);
}

describe("seedDemo", () => {
  let db: Database;
  let truthDir: string;
  const hooked: { slug: string; lookbackDays: number; touchpoints: number }[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    truthDir = await mkdtemp(path.join(tmpdir(), "sim-truth-"));
    await seedDemo(db, {
      seed: 42,
      scale: SCALE,
      logger: silentLogger,
      groundTruthDir: truthDir,
      afterLoad: async (tx, org) => {
        const [r] = await tx.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM touchpoints WHERE organization_id = $1",
          [org.id],
        );
        hooked.push({ slug: org.slug, lookbackDays: org.lookbackDays, touchpoints: r!.n });
      },
    });
  });
  afterAll(() => db.close());

  it("calls afterLoad inside the transaction, with the loaded data visible", () => {
    expect(hooked.map((h) => h.slug)).toEqual(["acme", "beta-bikes"]);
    expect(hooked.every((h) => h.touchpoints > 0 && h.lookbackDays === 30)).toBe(true);
  });

  it("adds no rows when run again, and replaces (not duplicates) with force", async () => {
    const before = await counts(db);
    const again = await seedDemo(db, { seed: 42, scale: SCALE, logger: silentLogger });
    expect(again.orgs.every((o) => o.skipped)).toBe(true);
    expect(await counts(db)).toEqual(before);
    const forced = await seedDemo(db, {
      seed: 42,
      scale: SCALE,
      logger: silentLogger,
      force: true,
      only: ["acme"],
    });
    expect(forced.orgs.map((o) => [o.slug, o.skipped])).toEqual([["acme", false]]);
    expect(await counts(db)).toEqual(before);
  });

  it("keeps tenants apart: beta rows only under beta's organization id, with its own currency", async () => {
    const orgs = await db.query<{ id: number; slug: string; currency: string; time_zone: string }>(
      "SELECT id, slug, currency, time_zone FROM organizations ORDER BY slug",
    );
    expect(orgs.map((o) => [o.slug, o.currency, o.time_zone])).toEqual([
      ["acme", "USD", "America/New_York"],
      ["beta-bikes", "EUR", "Europe/Berlin"],
    ]);
    const beta = orgs[1]!.id;
    const [c] = await db.query<{ eur: number; usd: number }>(
      `SELECT count(*) FILTER (WHERE currency = 'EUR')::int AS eur, count(*) FILTER (WHERE currency = 'USD')::int AS usd
         FROM conversions WHERE organization_id = $1`,
      [beta],
    );
    expect(c!.usd).toBe(0);
    expect(c!.eur).toBeGreaterThan(0);
    const betaCampaigns = await db.query<{ id: number }>(
      "SELECT id FROM campaigns WHERE organization_id = $1",
      [beta],
    );
    expect(betaCampaigns.every((r) => r.id > 5000)).toBe(true);
    const [leak] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM touchpoints t
        WHERE t.campaign_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM campaigns c WHERE c.organization_id = t.organization_id AND c.id = t.campaign_id)`,
    );
    expect(leak!.n).toBe(0);
  });

  it("loads realistic shapes: 8 channels, 3-8 campaigns per platform, over-claiming platforms, anomalies", async () => {
    const [acme] = await db.query<{ id: number }>("SELECT id FROM organizations WHERE slug = 'acme'");
    const id = acme!.id;
    const channels = await db.query<{ channel: string }>(
      "SELECT DISTINCT channel FROM touchpoints WHERE organization_id = $1 ORDER BY 1",
      [id],
    );
    expect(channels).toHaveLength(8);
    const perPlatform = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM campaigns WHERE organization_id = $1 GROUP BY platform",
      [id],
    );
    expect(perPlatform.every((r) => r.n >= 3 && r.n <= 8)).toBe(true);
    const [claims] = await db.query<{ claimed: number; tracked: number }>(
      `SELECT (SELECT sum(platform_conversions) FROM ad_spend_daily WHERE organization_id = $1) AS claimed,
              (SELECT count(*) FROM conversions WHERE organization_id = $1) AS tracked`,
      [id],
    );
    expect(claims!.claimed).toBeGreaterThan(claims!.tracked);
    const sessions = await db.query<{ date: string; s: number }>(
      `SELECT date, sum(sessions)::int AS s FROM web_sessions_daily
        WHERE organization_id = $1 AND date IN ('2026-03-16', '2026-03-17', '2026-03-18') GROUP BY date ORDER BY date`,
      [id],
    );
    expect(sessions[1]!.s).toBeLessThan(0.2 * sessions[0]!.s);
    const [spike] = await db.query<{ spend: number; budget: number }>(
      `SELECT s.spend, c.daily_budget AS budget FROM ad_spend_daily s
         JOIN campaigns c ON c.organization_id = s.organization_id AND c.id = s.campaign_id
        WHERE s.organization_id = $1 AND s.date = '2026-05-14' AND c.name = 'Prospecting - Broad - Advantage+'`,
      [id],
    );
    expect(spike!.spend).toBeGreaterThan(5 * spike!.budget);
    const [load] = await db.query<{ seed: number; data_through: string }>(
      "SELECT seed, data_through FROM data_loads WHERE organization_id = $1 AND kind = 'seed'",
      [id],
    );
    expect(load).toEqual({ seed: 42, data_through: "2026-10-31" });
  });

  it("writes ground-truth.json per organization", async () => {
    const truth = JSON.parse(await readFile(path.join(truthDir, "acme.json"), "utf8"));
    expect(truth.organization.slug).toBe("acme");
    expect(Object.keys(truth.curves)).toEqual(["paid_search", "paid_social", "display", "affiliate"]);
    expect(truth.anomalies).toHaveLength(3);
  });

  it("exports byte-identical CSVs for the same seed and different ones for another seed", async () => {
    const first = await exportHashes(db, 42);
    const other = await openTestDatabase();
    try {
      await seedDemo(other, { seed: 42, scale: SCALE, logger: silentLogger, only: ["acme"] });
      expect(await exportHashes(other, 42)).toEqual(first);
      await seedDemo(other, { seed: 43, scale: SCALE, logger: silentLogger, only: ["acme"], force: true });
      const changed = await exportHashes(other, 43);
      // Campaigns are the same dimension rows; every fact file differs.
      expect(changed[0]).toBe(first[0]);
      expect(changed.slice(1).every((h, i) => h !== first[i + 1])).toBe(true);
    } finally {
      await other.close();
    }
  });
});
