import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createScratchDatabase, describeWithPostgres } from "../db/testing.ts";
import { parseEnv } from "../lib/env.ts";
import { silentLogger } from "../lib/logger.ts";
import { type Started, start } from "./startup.ts";

/** What docker-compose relies on: the whole service started against PostgreSQL via DATABASE_URL. */
describeWithPostgres("the service on PostgreSQL (DATABASE_URL)", (baseUrl) => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let started: Started;
  let dir: string;
  beforeAll(async () => {
    scratch = await createScratchDatabase(baseUrl());
    dir = mkdtempSync(path.join(tmpdir(), "svc-"));
    const env = parseEnv({
      DATABASE_URL: scratch.url,
      PORT: "0",
      HOST: "127.0.0.1",
      DEMO_SCALE: "0.02",
      DATA_DIR: dir,
    });
    started = await start(env, silentLogger);
  });
  afterAll(async () => {
    await started?.stop();
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("migrates, seeds, prints a first key, reports health and answers questions", async () => {
    expect(started.firstKey).toMatch(/^mka_/);
    const health = (await (
      await fetch(`${started.url}/health`, { headers: { authorization: `Bearer ${started.firstKey}` } })
    ).json()) as {
      database: { kind: string; vector: boolean };
      organizations: Array<{ slug: string; spendThrough: string }>;
    };
    expect(health.database).toMatchObject({ kind: "postgres", vector: false });
    // Only the key's own organization: slugs of other tenants are not shown.
    expect(health.organizations.map((o) => [o.slug, o.spendThrough])).toEqual([["acme", "2026-10-31"]]);
    // The first key is in DATA_DIR/first-admin-key.txt, readable only by its owner.
    const keyFile = path.join(dir, "first-admin-key.txt");
    expect(started.firstKeyFile).toBe(keyFile);
    expect(readFileSync(keyFile, "utf8")).toBe(`${started.firstKey}\n`);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const res = await fetch(`${started.url}/agents/query`, {
      method: "POST",
      headers: { authorization: `Bearer ${started.firstKey}`, "content-type": "application/json" },
      body: JSON.stringify({ question: "revenue by channel in October 2026" }),
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { verification: { grounded: boolean }; data: { rows: unknown[] } };
    expect(answer.verification.grounded).toBe(true);
    expect(answer.data.rows.length).toBeGreaterThan(3);
  });
});

/** Issue #11: production seeded the fake demo organizations into a real database. */
describeWithPostgres("production mode on PostgreSQL", (baseUrl) => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let started: Started;
  let dir: string;
  beforeAll(async () => {
    scratch = await createScratchDatabase(baseUrl());
    dir = mkdtempSync(path.join(tmpdir(), "svc-"));
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: scratch.url,
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dir,
    });
    started = await start(env, silentLogger);
  });
  afterAll(async () => {
    await started?.stop();
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("seeds no demo organization, creates no key, and serves health", async () => {
    const [orgs] = await started.db.query<{ n: number }>("SELECT count(*)::int AS n FROM organizations");
    const [keys] = await started.db.query<{ n: number }>("SELECT count(*)::int AS n FROM api_keys");
    expect({ orgs: orgs!.n, keys: keys!.n }).toEqual({ orgs: 0, keys: 0 });
    expect(started.firstKey).toBeUndefined();
    expect(existsSync(path.join(dir, "first-admin-key.txt"))).toBe(false);
    expect((await fetch(`${started.url}/health`)).status).toBe(200);
  });
});
