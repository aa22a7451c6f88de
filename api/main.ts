/**
 * `npm start`: parse the environment, start the service on the embedded database (or DATABASE_URL),
 * and stop cleanly on SIGINT/SIGTERM so PGlite flushes its files.
 */
import { isInteractive, loadEnv } from "../lib/env.ts";
import { isAppError } from "../lib/errors.ts";
import { createLogger } from "../lib/logger.ts";
import { start } from "./startup.ts";

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
  try {
    const started = await start(env, logger, { progress: interactive });
    if (started.firstKey) {
      process.stdout.write(
        `\nAdmin API key for the demo organization 'acme' (shown once, store it now):\n  ${started.firstKey}\n` +
          `Try: curl -H "Authorization: Bearer ${started.firstKey}" ${started.url}/api/v1/catalog\n\n`,
      );
    }
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, "shutting down");
      started.stop().then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, "shutdown failed");
          process.exit(1);
        },
      );
    };
    process.on("SIGINT", () => shutdown("SIGINT"));
    process.on("SIGTERM", () => shutdown("SIGTERM"));
  } catch (e) {
    if (isAppError(e)) {
      process.stderr.write(`error: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}

await main();
