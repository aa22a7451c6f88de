import type { Server } from "node:http";
import path from "node:path";
import { DatabaseCheckpointSaver } from "../agent/checkpointer/index.ts";
import { openAiOptionsFromEnv } from "../agent/models/index.ts";
import { type AgentService, createAgentService } from "../agent/service.ts";
import { reportProducer } from "../briefs/schedule/report-producer.ts";
import { createScheduling, type Scheduling } from "../briefs/service.ts";
import { embedderFor } from "../db/catalog/embedder.ts";
import { openDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { countApiKeys, createApiKey } from "../db/repositories/api-keys.ts";
import { findOrganizationBySlug, listOrganizations } from "../db/repositories/organizations.ts";
import { type SeedReport, seedDemo } from "../db/seed/seed-demo.ts";
import { demoDataEnabled, demoSignInEnabled, type Env, schedulerEnabled } from "../lib/env.ts";
import type { Logger } from "../lib/logger.ts";
import { createMetrics } from "../lib/metrics.ts";
import { VERSION } from "../lib/version.ts";
import type { Embedder } from "../semantic/search/embedder.ts";
import { slackFromEnv } from "../slack/start.ts";
import { createApp } from "./app.ts";
import { writeFirstKeyFile } from "./first-key.ts";
import { onDataLoaded, prepareOrganizations } from "./lifecycle.ts";
import { createOperatorToken } from "./operator-token.ts";
import { metricsAccessFrom } from "./routes/prometheus.ts";
import { createWebHandler, webBuildState } from "./web/next-app.ts";
import { createSessionSigner, loadSessionSecret } from "./web/session.ts";

export interface Started {
  db: Database;
  server: Server;
  url: string;
  /** The admin key created on a fresh database (undefined when keys already existed). */
  firstKey?: string;
  /** Where that key was written (DATA_DIR/first-admin-key.txt, mode 0600). */
  firstKeyFile?: string;
  stop(): Promise<void>;
}

/** How a CLI on this machine reaches the service: loopback unless it listens on one address only. */
export function serviceUrl(host: string, port: number): string {
  const anyAddress = ["0.0.0.0", "::", "", "localhost"].includes(host);
  if (anyAddress) return `http://127.0.0.1:${port}`;
  return host.includes(":") ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}

/** The clock: NOW pins "today" (end of that day is not assumed; noon UTC keeps dates stable). */
export function clockFrom(env: Pick<Env, "NOW">): () => Date {
  if (!env.NOW) return () => new Date();
  const pinned = new Date(`${env.NOW}T12:00:00Z`);
  return () => new Date(pinned);
}

/** The scheduling service from the environment (Slack delivery through the Slack configuration). */
async function schedulingFromEnv(
  env: Env,
  deps: { db: Database; logger: Logger; now: () => Date; embedder: Embedder },
): Promise<Scheduling> {
  const appUrl = env.APP_URL ?? `http://localhost:${env.PORT}`;
  const singleOrg = env.SLACK_BOT_TOKEN ? await findOrganizationBySlug(deps.db, env.SLACK_ORG) : undefined;
  const slackOn = Boolean(env.SLACK_BOT_TOKEN || env.SLACK_CLIENT_ID);
  return createScheduling(deps, {
    appUrl,
    producers: { report: reportProducer(deps.db, deps.embedder, appUrl) },
    allowPrivateWebhooks: env.WEBHOOK_ALLOW_PRIVATE,
    slack: slackOn
      ? {
          apiUrl: env.SLACK_API_URL ?? "https://slack.com/api",
          singleWorkspace:
            env.SLACK_BOT_TOKEN && singleOrg
              ? { botToken: env.SLACK_BOT_TOKEN, organizationId: singleOrg.id }
              : undefined,
        }
      : undefined,
    email: env.SMTP_URL ? { smtpUrl: env.SMTP_URL, from: env.SMTP_FROM } : undefined,
  });
}

/** The web app's handler when WEB_APP is on and app/.next exists (`npm start` builds it first). */
async function webAppHandler(env: Env, logger: Logger) {
  if (!env.WEB_APP) return undefined;
  const state = await webBuildState();
  if (state === "missing") {
    logger.warn("web app not built: only the API is served (npm start builds it; or npm run web:build)");
    return undefined;
  }
  if (state === "stale") logger.warn("the web app build is older than its sources (npm run web:build)");
  return createWebHandler();
}

/**
 * Migrate, seed the demo organizations when missing (not in production on a DATABASE_URL unless
 * DEMO_DATA=1), sync the catalog, write a first admin key for the demo organization to
 * DATA_DIR/first-admin-key.txt, and listen. A second start on the same DATA_DIR reuses everything.
 */
export async function start(env: Env, logger: Logger, opts: { progress?: boolean } = {}): Promise<Started> {
  const t0 = performance.now();
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    logger,
    command: "npm start",
  });
  logger.info({ database: db.kind, dataDir: env.DATABASE_URL ? undefined : env.DATA_DIR }, "database ready");

  const report: SeedReport = demoDataEnabled(env)
    ? await seedDemo(db, {
        seed: env.SEED,
        scale: env.DEMO_SCALE,
        logger,
        progress: opts.progress ?? false,
        groundTruthDir: path.join(env.DATA_DIR, "ground-truth"),
        afterLoad: onDataLoaded,
      })
    : { seed: env.SEED, scale: env.DEMO_SCALE, orgs: [] };
  if (report.orgs.length === 0)
    logger.info("demo data off: no demo organizations seeded (DEMO_DATA=1 seeds them)");
  const embedder = embedderFor(env);
  await prepareOrganizations(db, logger, await listOrganizations(db), embedder);

  let firstKey: string | undefined;
  let firstKeyFile: string | undefined;
  const acme = await findOrganizationBySlug(db, "acme");
  if (acme && (await countApiKeys(db, acme.id)) === 0) {
    firstKey = (await createApiKey(db, { organizationId: acme.id, role: "admin", name: "first admin key" }))
      .key;
    firstKeyFile = await writeFirstKeyFile(env.DATA_DIR, firstKey);
    logger.info(
      { org: acme.slug, file: firstKeyFile },
      "first admin key written to a file only its owner can read",
    );
  }

  const openai = openAiOptionsFromEnv(env);
  const metrics = createMetrics({ processMetrics: true });
  const agent = createAgentService({
    db,
    logger,
    checkpointer: new DatabaseCheckpointSaver(db),
    embedder,
    openai,
    metrics,
  });
  logger.info({ model: agent.modelInfo, modelTimeoutMs: openai?.timeoutMs }, "agent ready");
  const metricsAccess = metricsAccessFrom(env);
  if (metricsAccess.kind === "off")
    logger.info("GET /metrics is off: set METRICS_TOKEN to scrape it in production");
  const now = clockFrom(env);
  const slack = await slackFromEnv(env, { db, logger, agent, now });
  // Only a process holding an embedded DATA_DIR has an operator token: with DATABASE_URL other
  // processes open the database themselves, so there is nothing to reach through the service.
  const operatorToken = db.dataDirLock ? createOperatorToken() : undefined;
  const scheduling = await schedulingFromEnv(env, { db, logger, now, embedder });
  const sessions = {
    signer: createSessionSigner(
      await loadSessionSecret({ configured: env.SESSION_SECRET, dataDir: env.DATA_DIR }),
    ),
  };
  const webHandler = await webAppHandler(env, logger);
  const app = createApp(
    { db, logger, now, version: VERSION, embedder, agent, metrics, operatorToken, scheduling },
    {
      metricsAccess,
      slackRouter: slack?.router,
      sessions,
      webHandler,
      ...(acme && demoSignInEnabled(env)
        ? { demoSignIn: { organizationId: acme.id, organizationName: acme.name } }
        : {}),
    },
  );
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(env.PORT, env.HOST, () => resolve(s));
    s.once("error", reject);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  const url = `http://localhost:${port}`;
  if (db.dataDirLock && operatorToken) {
    await db.dataDirLock.publishService(serviceUrl(env.HOST, port), operatorToken);
  }
  await slack?.start();
  if (schedulerEnabled(env)) {
    // The first tick runs now: a period missed while the service was down is caught up once.
    scheduling.scheduler.start(env.SCHEDULER_INTERVAL_MS);
    logger.info({ intervalMs: env.SCHEDULER_INTERVAL_MS, email: env.SMTP_URL !== undefined }, "scheduler on");
  } else logger.info("scheduler off (SCHEDULER=0): schedules and alerts are not delivered by this process");
  // The planner's first run and each organization's planner context cost about a second on a cold
  // process: paid here, in the background, instead of by the first question's streamed text.
  const warmedUp = warmUpAgent(agent, db, now(), logger);
  logger.info(
    {
      url,
      seeded: report.orgs.filter((o) => !o.skipped).map((o) => o.slug),
      reused: report.orgs.filter((o) => o.skipped).map((o) => o.slug),
      readyMs: Math.round(performance.now() - t0),
    },
    `listening on ${url}`,
  );
  return {
    db,
    server,
    url,
    firstKey,
    firstKeyFile,
    async stop() {
      await warmedUp; // never rejects; its queries finish before the database closes
      await scheduling.scheduler.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await slack?.stop();
      await db.close();
    },
  };
}

/**
 * Warm the agent for the first organizations (agent.warmUp); a failure is logged, never fatal.
 * Ten at most: past that the planner's code is warm and each organization's context loads on its
 * own first question, as before.
 */
async function warmUpAgent(agent: AgentService, db: Database, now: Date, logger: Logger): Promise<void> {
  const t0 = performance.now();
  try {
    const orgs = (await listOrganizations(db)).slice(0, 10);
    for (const org of orgs) await agent.warmUp({ ...org, organizationId: org.id }, now);
    logger.info({ ms: Math.round(performance.now() - t0), orgs: orgs.length }, "agent warmed up");
  } catch (err) {
    logger.warn({ err }, "agent warm-up failed (the first question will be slower)");
  }
}
