import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../lib/logger.ts";
import { openTestDatabase } from "../connect.ts";
import type { Database } from "../database.ts";
import { seedDemo } from "../seed/seed-demo.ts";
import { exportOrganization } from "./export-org.ts";

describe("exportOrganization", () => {
  let db: Database;
  let dir: string;
  let files: Awaited<ReturnType<typeof exportOrganization>>;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDemo(db, { seed: 5, scale: 0.01, logger: silentLogger, only: ["acme"] });
    dir = await mkdtemp(path.join(tmpdir(), "export-test-"));
    // A tiny page size exercises the keyset pagination across many pages.
    files = await exportOrganization(db, { org: "acme", outDir: dir, pageSize: 97 });
  });
  afterAll(() => db.close());

  const lines = async (file: string) =>
    (await readFile(path.join(dir, file), "utf8")).split("\n").filter(Boolean);

  it("writes the seven files with their header rows and every row once", async () => {
    const headers = {
      "campaigns.csv": "campaign_id,name,channel,platform,objective,start_date,end_date,daily_budget",
      "ad_spend_daily.csv":
        "date,campaign_id,channel,platform,spend,impressions,clicks,platform_conversions,platform_revenue",
      "touchpoints.csv": "touchpoint_id,customer_id,ts,channel,platform,campaign_id,source,medium",
      "customers.csv": "customer_id,first_seen_at,region",
      "conversions.csv": "order_id,customer_id,ts,revenue,currency,is_new_customer",
      "email_daily.csv": "date,email_campaign,sends,opens,clicks,unsubscribes",
      "web_sessions_daily.csv": "date,channel,sessions,users,bounces,add_to_carts,checkouts",
    };
    expect(files.map((f) => f.file)).toEqual(Object.keys(headers));
    for (const [file, header] of Object.entries(headers)) {
      const all = await lines(file);
      expect(all[0]).toBe(header);
      expect(all.length - 1).toBe(files.find((f) => f.file === file)!.rows);
    }
    const [n] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM touchpoints");
    const ids = (await lines("touchpoints.csv")).slice(1).map((l) => Number(l.split(",")[0]));
    expect(ids).toHaveLength(n!.n);
    expect(new Set(ids).size).toBe(n!.n);
  });

  it("formats dates, UTC timestamps, money and booleans", async () => {
    const spend = (await lines("ad_spend_daily.csv"))[1]!.split(",");
    expect(spend[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(spend[4]).toMatch(/^\d+\.\d{2}$/);
    const conv = (await lines("conversions.csv"))[1]!.split(",");
    expect(conv[0]).toMatch(/^A-\d{6}$/);
    expect(conv[2]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    expect(conv[3]).toMatch(/^\d+\.\d{2}$/);
    expect(["true", "false"]).toContain(conv[5]);
    const campaign = (await lines("campaigns.csv")).find((l) => l.includes("BF25 - Sitewide - Prospecting"));
    expect(campaign).toBe(
      "1012,BF25 - Sitewide - Prospecting,paid_social,meta_ads,conversions,2025-11-20,2025-12-02,4.50",
    );
  });

  it("rejects an unknown organization with not_found", async () => {
    await expect(exportOrganization(db, { org: "nope", outDir: dir })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
