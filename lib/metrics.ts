/**
 * The service's Prometheus metrics: one registry per `createMetrics()` (never prom-client's global
 * default registry, so tests that build several apps do not share counters), and every instrument
 * the service records into. `GET /metrics` (api/routes/metrics.ts) serves `registry.metrics()`.
 *
 * Label values are bounded: routes are route patterns (`/api/v1/catalog/metrics/:key`), never raw
 * URLs; tools are the registry's tool names; everything else is a small enum.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** Connection counts of a database pool (pg Pool `totalCount`, `idleCount`, `waitingCount`). */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** Circuit breaker states as the gauge encodes them. */
export const CIRCUIT_STATE_VALUE = { closed: 0, half_open: 1, open: 2 } as const;

/** Options for {@link createMetrics}. */
export interface MetricsOptions {
  /** Also collect Node's process metrics (CPU, memory, event loop lag); off in tests. */
  processMetrics?: boolean;
}

/**
 * A fresh registry with the service's instruments.
 * @example
 * const metrics = createMetrics();
 * metrics.agentTurns.inc({ outcome: "answered" });
 * await metrics.registry.metrics(); // "# HELP agent_turns_total ..."
 */
export function createMetrics(opts: MetricsOptions = {}) {
  const registry = new Registry();
  if (opts.processMetrics) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  let poolStats: (() => PoolStats | undefined) | undefined;

  return {
    registry,
    /** HTTP request duration by method, route pattern and status. */
    httpRequestDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "HTTP request duration by route pattern",
      labelNames: ["method", "route", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    /** Questions the agent finished (`answered`) or failed on (`failed`). */
    agentTurns: new Counter({
      name: "agent_turns_total",
      help: "Agent turns (questions) by outcome",
      labelNames: ["outcome"] as const,
      registers,
    }),
    /** Tool calls the agent ran, by tool name and whether the tool succeeded. */
    agentToolCalls: new Counter({
      name: "agent_tool_calls_total",
      help: "Agent tool calls by tool and result",
      labelNames: ["tool", "ok"] as const,
      registers,
    }),
    /** Chat model calls: `model` is `primary` (the configured LLM) or `planner`. */
    modelCalls: new Counter({
      name: "agent_model_calls_total",
      help: "Chat model calls by model and outcome",
      labelNames: ["model", "outcome"] as const,
      registers,
    }),
    /** Times the planner answered instead of the configured model, by reason kind. */
    modelFallbacks: new Counter({
      name: "agent_model_fallbacks_total",
      help: "Planner fallbacks by reason (timeout, http_error, network, invalid_output, circuit_open, error)",
      labelNames: ["reason"] as const,
      registers,
    }),
    /** The model circuit breaker: 0 closed, 1 half-open, 2 open. */
    circuitState: new Gauge({
      name: "agent_model_circuit_state",
      help: "Model circuit breaker state: 0 closed, 1 half-open, 2 open",
      registers,
    }),
    /** Circuit breaker transitions by the state entered. */
    circuitTransitions: new Counter({
      name: "agent_model_circuit_transitions_total",
      help: "Model circuit breaker transitions by new state",
      labelNames: ["to"] as const,
      registers,
    }),
    /** Database pool connections by state (PostgreSQL only; read at scrape time). */
    dbPool: new Gauge({
      name: "db_pool_connections",
      help: "PostgreSQL pool connections: total, idle, and requests waiting for one",
      labelNames: ["state"] as const,
      registers,
      collect() {
        const s = poolStats?.();
        if (!s) return;
        this.set({ state: "total" }, s.total);
        this.set({ state: "idle" }, s.idle);
        this.set({ state: "waiting" }, s.waiting);
      },
    }),
    /** Report the database pool at every scrape (the embedded database has no pool: undefined). */
    watchPool(stats: () => PoolStats | undefined): void {
      poolStats = stats;
    },
  };
}

/** The service's metrics (see {@link createMetrics}). */
export type Metrics = ReturnType<typeof createMetrics>;
