/**
 * `npm start`: parse the environment, start the service on the embedded database (or DATABASE_URL),
 * and stop cleanly on SIGINT/SIGTERM so PGlite flushes its files and the DATA_DIR lock is released.
 */
import { isInteractive, loadEnv } from "../lib/env.ts";
import { isAppError } from "../lib/errors.ts";
import { createLogger } from "../lib/logger.ts";
import { firstKeyNotice } from "./first-key.ts";
import { type Started, start } from "./startup.ts";
import { ensureWebBuild } from "./web/ensure-build.ts";

async function main(): Promise<void> {
  let env: ReturnType<typeof loadEnv>;
  try {
    env = loadEnv();
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    process.exit(1);
  }
  const interactive = isInteractive();
  const logger = createLogger({ level: env.LOG_LEVEL, pretty: interactive && env.NODE_ENV !== "production" });
  // A signal before the service is up (migrating, seeding) exits at once: process.exit runs the
  // exit hook that releases the DATA_DIR lock, and PGlite recovers from its WAL at the next start.
  let started: Started | undefined;
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    if (!started) process.exit(signal === "SIGINT" ? 130 : 143);
    started.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  try {
    if (env.WEB_APP) await ensureWebBuild((line) => process.stdout.write(line));
    started = await start(env, logger, { progress: interactive });
    if (started.firstKey && started.firstKeyFile) {
      // The key itself only on a terminal: piped stdout usually ends up in a log store.
      process.stdout.write(
        firstKeyNotice({
          key: started.firstKey,
          file: started.firstKeyFile,
          org: "acme",
          url: started.url,
          terminal: interactive,
        }),
      );
    }
  } catch (e) {
    if (isAppError(e)) {
      process.stderr.write(`error: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}

await main();
