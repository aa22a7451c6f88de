import type { Database } from "../db/database.ts";
import type { Logger } from "../lib/logger.ts";

/** What every route factory receives. Injected so tests build an app on an in-memory database. */
export interface AppDeps {
  db: Database;
  logger: Logger;
  /** The clock; the NOW environment variable pins it for demos and evals. */
  now: () => Date;
  version: string;
}
