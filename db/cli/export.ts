/**
 * `npm run export -- --org acme --out DIR`: write one organization's data as CSV files and print
 * each file's row count and sha256 (so two exports can be compared byte for byte).
 */
import { z } from "zod";
import { exitOnSignals } from "../../lib/cli.ts";
import { loadEnv } from "../../lib/env.ts";
import { isAppError } from "../../lib/errors.ts";
import { createLogger } from "../../lib/logger.ts";
import { openDatabase } from "../connect.ts";
import { exportOrganization } from "../export/export-org.ts";
import { exitOnBadArgs, parseCliArgs } from "./args.ts";

const USAGE = "npm run export -- --org <slug> --out <dir> [--page-size N]";

const argsSchema = z.object({
  org: z
    .string({ error: "is required (an organization slug, e.g. acme)" })
    .regex(/^[a-z0-9-]+$/, "expected a slug"),
  out: z.string({ error: "is required (an output directory)" }).min(1),
  "page-size": z.coerce.number().int().min(1).max(1_000_000).optional(),
});

async function main(): Promise<void> {
  exitOnSignals();
  const args = exitOnBadArgs(
    parseCliArgs(
      process.argv.slice(2),
      { org: { type: "string" }, out: { type: "string" }, "page-size": { type: "string" } },
      argsSchema,
    ),
    USAGE,
  );
  const env = loadEnv();
  const logger = createLogger({ level: env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL, name: "export" });
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    logger,
    command: "npm run export",
  });
  try {
    const files = await exportOrganization(db, {
      org: args.org,
      outDir: args.out,
      pageSize: args["page-size"],
    });
    for (const f of files) {
      process.stdout.write(`${f.sha256}  ${f.file}  (${f.rows} rows, ${f.bytes} bytes)\n`);
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
  if (isAppError(e) && e.code === "not_found") {
    process.stderr.write(`error: --org: ${e.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `export failed: ${isAppError(e) ? `${e.code}: ${e.message}` : String((e as Error)?.stack ?? e)}\n`,
  );
  process.exit(1);
});
