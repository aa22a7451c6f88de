import type { AgentService } from "../agent/service.ts";
import type { Database } from "../db/database.ts";
import type { Logger } from "../lib/logger.ts";
import type { Metrics } from "../lib/metrics.ts";
import type { Embedder } from "../semantic/search/embedder.ts";

/** What every route factory receives. Injected so tests build an app on an in-memory database. */
export interface AppDeps {
  db: Database;
  logger: Logger;
  /** The clock; the NOW environment variable pins it for demos and evals. */
  now: () => Date;
  version: string;
  /** Embeds catalog text and search queries (local hashed embedding unless OpenAI is configured). */
  embedder: Embedder;
  /** Answers questions (POST /agents/query); built with the checkpointer and configured model. */
  agent: AgentService;
  /**
   * The Prometheus registry and instruments; pass the one the agent service records into.
   * Default: a fresh registry with HTTP metrics only (benchmarks, tools that do not scrape).
   */
  metrics?: Metrics;
  /**
   * The local operator token (api/operator-token.ts), set only when this process holds an embedded
   * DATA_DIR; accepted by /api/v1/keys, /api/v1/orgs and /api/v1/import alone.
   */
  operatorToken?: string;
}
