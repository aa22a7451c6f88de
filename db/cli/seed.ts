/**
 * `npm run seed -- [--seed N] [--scale N] [--force] [--org slug ...]`: seed the demo organizations
 * into the configured database (DATABASE_URL, else PGlite under DATA_DIR) and write ground truth
 * under DATA_DIR/ground-truth.
 */
import path from "node:path";
import { z } from "zod";
import { exitOnSignals } from "../../lib/cli.ts";
import { isInteractive, loadEnv } from "../../lib/env.ts";
import { isAppError } from "../../lib/errors.ts";
import { createLogger } from "../../lib/logger.ts";
import { openDatabase } from "../connect.ts";
import { refreshDerivedData } from "../seed/derived-data.ts";
import { DEMO_ORGS, seedDemo } from "../seed/seed-demo.ts";
import { exitOnBadArgs, parseCliArgs } from "./args.ts";

const USAGE = "npm run seed -- [--seed N] [--scale N] [--force] [--org acme|beta-bikes]";
const slugs = DEMO_ORGS.map((o) => o.slug) as [string, ...string[]];

const argsSchema = z.object({
  seed: z.coerce.number().int().min(0).max(2_147_483_647).optional(),
  scale: z.coerce.number().positive().max(1000).optional(),
  force: z.boolean().default(false),
  org: z.array(z.enum(slugs)).optional(),
});

async function main(): Promise<void> {
  exitOnSignals();
  const args = exitOnBadArgs(
    parseCliArgs(
      process.argv.slice(2),
      {
        seed: { type: "string" },
        scale: { type: "string" },
        force: { type: "boolean" },
        org: { type: "string", multiple: true },
      },
      argsSchema,
    ),
    USAGE,
  );
  const env = loadEnv();
  const logger = createLogger({ level: env.LOG_LEVEL, pretty: isInteractive(), name: "seed" });
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    logger,
    command: "npm run seed",
  });
  try {
    const report = await seedDemo(db, {
      seed: args.seed ?? env.SEED,
      scale: args.scale ?? env.DEMO_SCALE,
      force: args.force,
      only: args.org,
      logger,
      progress: isInteractive(),
      groundTruthDir: path.join(env.DATA_DIR, "ground-truth"),
      afterLoad: refreshDerivedData,
    });
    for (const o of report.orgs) {
      const what = o.skipped
        ? "already seeded (skipped)"
        : `${JSON.stringify(o.rows)} in ${o.seconds.toFixed(1)}s`;
      process.stdout.write(`${o.slug}: ${what}${o.groundTruthPath ? ` -> ${o.groundTruthPath}` : ""}\n`);
    }
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  if (isAppError(e) && e.code === "db.locked") {
    process.stderr.write(`error: ${e.message}\n`); // one line naming the process that holds DATA_DIR
    process.exit(1);
  }
  process.stderr.write(
    `seed failed: ${isAppError(e) ? `${e.code}: ${e.message}` : String((e as Error)?.stack ?? e)}\n`,
  );
  process.exit(1);
});
