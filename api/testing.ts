/**
 * Test harness for HTTP routes: the real app on an ephemeral port over an in-memory PGlite, with
 * two organizations and a key per role, so tenant and role rules are tested through real requests.
 */
import type { Server } from "node:http";
import express, { type Router } from "express";
import { DatabaseCheckpointSaver } from "../agent/checkpointer/index.ts";
import { createAgentService } from "../agent/service.ts";
import { openSeededAnalytics, type SeededAnalytics, TEST_NOW } from "../db/analytics/testing.ts";
import { openTestDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { createApiKey } from "../db/repositories/api-keys.ts";
import { listOrganizations } from "../db/repositories/organizations.ts";
import { seedDemo } from "../db/seed/seed-demo.ts";
import { silentLogger } from "../lib/logger.ts";
import { createMetrics } from "../lib/metrics.ts";
import { createLocalEmbedder } from "../semantic/search/embed-local.ts";
import { createApp } from "./app.ts";
import type { AppDeps } from "./deps.ts";
import { onDataLoaded, prepareOrganizations } from "./lifecycle.ts";
import type { SessionAuth } from "./middleware/auth.ts";
import { errorHandler } from "./middleware/errors.ts";
import type { MetricsAccess } from "./routes/prometheus.ts";
import type { Tenant } from "./tenant.ts";

export interface TestApi {
  db: Database;
  url: string;
  orgs: { acme: number; beta: number };
  keys: { admin: string; analyst: string; viewer: string; betaAdmin: string };
  close(): Promise<void>;
}

/** Insert the two tenant organizations used by HTTP tests (no facts). */
export async function insertTestOrganizations(db: Database): Promise<{ acme: number; beta: number }> {
  const rows = await db.query<{ id: number; slug: string }>(
    `INSERT INTO organizations (slug, name, time_zone, currency, industry) VALUES
       ('acme', 'Acme Outdoor', 'America/New_York', 'USD', 'ecommerce'),
       ('beta-bikes', 'Beta Bikes', 'Europe/Berlin', 'EUR', 'ecommerce')
     ON CONFLICT (slug) DO UPDATE SET name = excluded.name RETURNING id, slug`,
  );
  return {
    acme: rows.find((r) => r.slug === "acme")!.id,
    beta: rows.find((r) => r.slug === "beta-bikes")!.id,
  };
}

/**
 * Seed both demo organizations at a small scale with attribution and a synced catalog, exactly as
 * `npm start` does (a smaller scale keeps tests quick).
 */
export async function seedTestData(db: Database, scale = 0.05, seed = 42): Promise<void> {
  await seedDemo(db, { seed, scale, logger: silentLogger, afterLoad: onDataLoaded });
  await prepareOrganizations(db, silentLogger, await listOrganizations(db), createLocalEmbedder());
}

export async function startTestApi(
  opts: {
    db?: Database;
    now?: Date;
    rateLimitPerMinute?: number;
    authFailuresPerMinute?: number;
    metricsAccess?: MetricsAccess;
    operatorToken?: string;
    /** Extra app dependencies (e.g. a scheduling service over `db` with a test clock). */
    overrides?: Partial<AppDeps>;
    /** Browser sessions (/auth/session and the session cookie), as `npm start` turns them on. */
    sessions?: SessionAuth;
    /** One-click demo sign-in (/auth/demo) to acme, as `npm start` turns it on with demo data. */
    demoSignIn?: boolean;
  } = {},
): Promise<TestApi> {
  const db = opts.db ?? (await openTestDatabase());
  const orgs = await insertTestOrganizations(db);
  const key = async (organizationId: number, role: "admin" | "analyst" | "viewer") =>
    (await createApiKey(db, { organizationId, role })).key;
  const keys = {
    admin: await key(orgs.acme, "admin"),
    analyst: await key(orgs.acme, "analyst"),
    viewer: await key(orgs.acme, "viewer"),
    betaAdmin: await key(orgs.beta, "admin"),
  };
  const now = opts.now ?? new Date("2026-11-01T12:00:00Z");
  const app = createApp(
    testDeps(db, { now: () => new Date(now), operatorToken: opts.operatorToken, ...opts.overrides }),
    {
      rateLimitPerMinute: opts.rateLimitPerMinute,
      ...(opts.authFailuresPerMinute ? { authFailuresPerMinute: opts.authFailuresPerMinute } : {}),
      ...(opts.metricsAccess ? { metricsAccess: opts.metricsAccess } : {}),
      ...(opts.sessions ? { sessions: opts.sessions } : {}),
      ...(opts.demoSignIn
        ? { demoSignIn: { organizationId: orgs.acme, organizationName: "Acme Outdoor" } }
        : {}),
    },
  );
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    db,
    url: `http://127.0.0.1:${port}`,
    orgs,
    keys,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!opts.db) await db.close();
    },
  };
}

/** Full app dependencies over `db` for tests (silent logger, local embedder, planner agent, a fresh metrics registry). */
export function testDeps(db: Database, overrides: Partial<AppDeps> = {}): AppDeps {
  const embedder = createLocalEmbedder();
  const metrics = overrides.metrics ?? createMetrics();
  const agent = createAgentService({
    db,
    logger: silentLogger,
    checkpointer: new DatabaseCheckpointSaver(db),
    embedder,
    metrics,
  });
  return {
    db,
    logger: silentLogger,
    now: () => new Date("2026-11-01T12:00:00Z"),
    version: "test",
    embedder,
    agent,
    metrics,
    ...overrides,
  };
}

/** fetch with a bearer key and a JSON body. */
export function apiFetch(
  api: TestApi,
  path: string,
  init: { key?: string; method?: string; body?: unknown } = {},
) {
  const headers: Record<string, string> = {};
  if (init.key) headers.authorization = `Bearer ${init.key}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  return fetch(`${api.url}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers,
    body:
      init.body === undefined
        ? undefined
        : typeof init.body === "string"
          ? init.body
          : JSON.stringify(init.body),
  });
}

/**
 * One router on an ephemeral port behind a stand-in for auth (a fixed tenant) and the real error
 * handler: for route tests that need no API keys.
 */
export async function serveRouter(
  mount: string,
  router: Router,
  tenant: Tenant,
): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const app = express();
  app.use(express.json());
  app.use((_req, res, next) => {
    res.locals.tenant = tenant;
    next();
  });
  app.use(mount, router);
  app.use(errorHandler(silentLogger));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const address = server.address();
  return {
    server,
    url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A route test's whole setup: the Acme organization seeded for analytics, and one router served
 * behind the Acme tenant. `close()` stops the server and the database.
 */
export async function serveSeededRouter(
  mount: string,
  factory: (deps: Pick<AppDeps, "db" | "now">) => Router,
): Promise<{ seeded: SeededAnalytics; url: string; close(): Promise<void> }> {
  const seeded = await openSeededAnalytics();
  const served = await serveRouter(
    mount,
    factory({ db: seeded.db, now: () => new Date(TEST_NOW) }),
    seeded.tenant,
  );
  return {
    seeded,
    url: served.url,
    async close() {
      await served.close();
      await seeded.db.close();
    },
  };
}
