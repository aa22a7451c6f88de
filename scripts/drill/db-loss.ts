/**
 * The database-loss drill (issue #11): the real service on its own throwaway PostgreSQL, concurrent
 * clients asking questions, and the server crashed with `pg_ctl stop -m immediate` and restarted,
 * several times. It checks that the process survives every cycle, that clients only ever see 200
 * or 503 (with Retry-After and `db.unavailable`), and measures how soon after the server is back
 * each kind of question succeeds again.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createPostgresDatabase } from "../../db/postgres.ts";
import { createApiKey } from "../../db/repositories/api-keys.ts";
import { findOrganizationBySlug } from "../../db/repositories/organizations.ts";
import { type ResponseRecord, type Route, startLoad } from "./load.ts";
import { createPgCluster } from "./pg-cluster.ts";
import { freePort, type PortRange } from "./ports.ts";
import { startServiceProcess } from "./service-process.ts";

export interface DbLossOptions {
  /** Where initdb and pg_ctl are (findPostgresBin()). */
  binDir: string;
  cycles?: number;
  clients?: number;
  /** How long clients run against a healthy server before each stop, and how long it stays down. */
  upMs?: number;
  downMs?: number;
  /** The recovery promise: questions succeed again within this long after the server is back. */
  recoveryLimitMs?: number;
  /** Give up waiting for recovery after this long (the cycle then fails). */
  recoveryTimeoutMs?: number;
  /** How the server is stopped: "immediate" (a crash, the default) or "fast" (clients terminated with 57P01). */
  stopMode?: "immediate" | "fast";
  /** DEMO_SCALE for the service's seeding (small: seeding PostgreSQL is the slow part). */
  demoScale?: string;
  /** Ports for the PostgreSQL server and the service (default: any free ephemeral port). */
  ports?: PortRange;
  /** Progress lines. */
  print?: (line: string) => void;
}

export interface CycleReport {
  cycle: number;
  /**
   * `pg_ctl stop` duration; from `pg_ctl start` to the server accepting a connection (probed), and
   * to `pg_ctl start -w` returning (later: its own polling and process start-up on a loaded machine).
   */
  stopMs: number;
  startMs: number;
  pgCtlMs: number;
  /** Responses that arrived while the server was down, by status. */
  duringOutage: Record<string, number>;
  /** Milliseconds from "server accepts connections again" to the first 200 sent after it, per route. */
  recoveryMs: Record<Route, number | null>;
  /** Milliseconds from "server accepts connections again" to `/health/ready` answering 200. */
  readyMs: number | null;
  /** The service process was still running (and live) at the end of the cycle. */
  survived: boolean;
}

export interface DbLossReport {
  cycles: CycleReport[];
  /** Every response of the whole drill, by status ("0" = no response). */
  statuses: Record<string, number>;
  byRoute: Record<Route, Record<string, number>>;
  /** Latency of the successful answers, per route (recovery includes one such request). */
  healthyLatencyMs: Record<Route, { p50: number; p95: number; n: number }>;
  /** Responses other than 200 and 503-with-Retry-After-and-db.unavailable (should be none). */
  unexpected: ResponseRecord[];
  survivedCycles: number;
  /** /health/ready after the last restart. */
  readyAtEnd: boolean;
  /** How the service exited on SIGTERM at the end (0 = clean shutdown). */
  exit: { code: number | null; signal: string | null };
  recoveryLimitMs: number;
  /** Every broken promise, in words; empty when the drill passed. */
  failures: string[];
}

const ROUTES: readonly Route[] = ["/agents/query", "/api/v1/metrics"];

const countBy = (records: readonly ResponseRecord[]) =>
  records.reduce<Record<string, number>>((acc, r) => {
    acc[String(r.status)] = (acc[String(r.status)] ?? 0) + 1;
    return acc;
  }, {});

/** A 503 must say when to retry and why, like every other 503 of the service. */
const isExpected = (r: ResponseRecord) =>
  r.status === 200 || (r.status === 503 && r.retryAfter === "5" && r.code === "db.unavailable");

/** Median and 95th percentile of the 200s' latency per route, over the whole drill. */
function latencyOf(records: readonly ResponseRecord[]): DbLossReport["healthyLatencyMs"] {
  const out = {} as DbLossReport["healthyLatencyMs"];
  for (const route of ROUTES) {
    const ms = records
      .filter((r) => r.route === route && r.status === 200)
      .map((r) => r.endedAt - r.startedAt)
      .sort((a, b) => a - b);
    const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? Number.NaN;
    out[route] = { p50: at(0.5), p95: at(0.95), n: ms.length };
  }
  return out;
}

/**
 * Poll /health/ready from now until it answers 200: ms from `since` (the server accepting
 * connections) to that answer, or null after `timeoutMs`.
 */
async function readyAfter(url: string, since: number, timeoutMs: number): Promise<number | null> {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    const ok = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(3_000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return performance.now() - since;
    await sleep(25);
  }
  return null;
}

/** The first 200 per route among requests sent at or after `since`, as ms after `since`. */
function recoveryAfter(records: readonly ResponseRecord[], since: number): Record<Route, number | null> {
  const out = {} as Record<Route, number | null>;
  for (const route of ROUTES) {
    const ok = records.filter((r) => r.route === route && r.status === 200 && r.startedAt >= since);
    out[route] = ok.length ? Math.min(...ok.map((r) => r.endedAt)) - since : null;
  }
  return out;
}

/** Run the drill; resources (cluster, service, temp dirs) are always cleaned up. */
export async function runDbLossDrill(opts: DbLossOptions): Promise<DbLossReport> {
  const cycles = opts.cycles ?? 5;
  const clients = opts.clients ?? 20;
  const upMs = opts.upMs ?? 2_000;
  const downMs = opts.downMs ?? 2_000;
  const recoveryLimitMs = opts.recoveryLimitMs ?? 5_000;
  const recoveryTimeoutMs = opts.recoveryTimeoutMs ?? 30_000;
  const print = opts.print ?? (() => {});

  const work = await mkdtemp(path.join(tmpdir(), "drill-db-loss-"));
  const cluster = await createPgCluster(opts.binDir, opts.ports);
  print(`PostgreSQL started: ${cluster.url} (${cluster.dir})`);
  let service: Awaited<ReturnType<typeof startServiceProcess>> | undefined;
  let load: ReturnType<typeof startLoad> | undefined;
  try {
    const t0 = performance.now();
    service = await startServiceProcess({
      port: await freePort(opts.ports),
      logFile: path.join(work, "service.log"),
      env: {
        DATABASE_URL: cluster.url,
        DATA_DIR: path.join(work, "data"),
        DEMO_SCALE: opts.demoScale ?? "0.02",
        DEMO_DATA: "1",
        SEED: "42",
        NOW: "2026-11-01",
        NODE_ENV: "development",
        LOG_LEVEL: "warn",
      },
    });
    print(
      `service started: pid ${service.pid} on ${service.url}, seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s (log: ${service.logFile})`,
    );

    // One key per client (the rate limit is per key), made directly in PostgreSQL: a second
    // process on the same server is fine, and this does not depend on how the first key is shown.
    const admin = await createPostgresDatabase(cluster.url, { max: 1 });
    const acme = await findOrganizationBySlug(admin, "acme");
    if (!acme) throw new Error("the service did not seed the demo organization 'acme'");
    const keys: string[] = [];
    for (let i = 0; i < clients; i++) {
      keys.push(
        (await createApiKey(admin, { organizationId: acme.id, role: "analyst", name: `drill ${i}` })).key,
      );
    }
    await admin.close();

    load = startLoad(service.url, keys);
    // Crash the server only once both kinds of question are answered (the first ones are slow).
    const warm = performance.now();
    const loadRecords = load.records;
    while (ROUTES.some((r) => recoveryAfter(loadRecords, warm)[r] === null)) {
      if (performance.now() - warm > 120_000 || service.exited()) {
        throw new Error(`no answers before the first stop:\n${await service.logTail()}`);
      }
      await sleep(100);
    }
    const reports: CycleReport[] = [];
    for (let cycle = 1; cycle <= cycles; cycle++) {
      await sleep(upMs);
      const tStop = performance.now();
      await cluster.stop(opts.stopMode ?? "immediate");
      const stopMs = performance.now() - tStop;
      await sleep(downMs);
      const tStart = performance.now();
      // The moment a probe first connected (pg_isready-like), not when pg_ctl returned.
      const tUp = await cluster.start();
      const pgCtlMs = performance.now() - tStart;
      const ready = readyAfter(service.url, tUp, recoveryTimeoutMs);
      const duringOutage = countBy(load.records.filter((r) => r.endedAt > tStop && r.endedAt < tUp));

      let recoveryMs = recoveryAfter(load.records, tUp);
      while (ROUTES.some((r) => recoveryMs[r] === null) && performance.now() - tUp < recoveryTimeoutMs) {
        if (service.exited()) break;
        await sleep(50);
        recoveryMs = recoveryAfter(load.records, tUp);
      }
      // Survival is the pid still running and answering /health/live. On a loaded shared machine
      // (load average 30 on 2 cores) one liveness request can take seconds, so a single 2 s try
      // reported a running process as gone; it is retried until the recovery timeout instead.
      const live = await liveWithin(service, recoveryTimeoutMs);
      const survived = !service.exited() && live;
      const report: CycleReport = {
        cycle,
        stopMs,
        startMs: tUp - tStart,
        pgCtlMs,
        duringOutage,
        recoveryMs,
        readyMs: await ready,
        survived,
      };
      reports.push(report);
      print(formatCycle(report));
      if (!survived) break;
    }
    await sleep(500);
    await load.stop();
    const readyAtEnd = await fetch(`${service.url}/health/ready`, {
      signal: AbortSignal.timeout(5_000),
    }).then(
      (r) => r.status === 200,
      () => false,
    );
    const exit = await service.stop();
    if (exit.code !== 0) print(`service log (tail):\n${await service.logTail()}`);

    const records = load.records;
    const byRoute = {} as Record<Route, Record<string, number>>;
    for (const route of ROUTES) byRoute[route] = countBy(records.filter((r) => r.route === route));
    const report: DbLossReport = {
      cycles: reports,
      statuses: countBy(records),
      byRoute,
      healthyLatencyMs: latencyOf(records),
      unexpected: records.filter((r) => !isExpected(r)),
      survivedCycles: reports.filter((c) => c.survived).length,
      readyAtEnd,
      exit,
      recoveryLimitMs,
      failures: [],
    };
    report.failures = failuresOf(report, cycles);
    return report;
  } finally {
    await load?.stop();
    await service?.stop();
    await cluster.destroy();
    await rm(work, { recursive: true, force: true });
  }
}

/** Whether /health/live answers 200 before `timeoutMs` (false at once if the process exited). */
async function liveWithin(service: { url: string; exited(): unknown }, timeoutMs: number): Promise<boolean> {
  const until = performance.now() + timeoutMs;
  while (!service.exited() && performance.now() < until) {
    const ok = await fetch(`${service.url}/health/live`, { signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return true;
    await sleep(200);
  }
  return false;
}

/** Every promise of the drill that the report breaks. */
function failuresOf(r: DbLossReport, cycles: number): string[] {
  const out: string[] = [];
  if (r.survivedCycles !== cycles) out.push(`the process survived ${r.survivedCycles}/${cycles} cycles`);
  if (r.unexpected.length > 0) {
    const sample = r.unexpected
      .slice(0, 5)
      .map((u) => `${u.route} ${u.status} ${u.code ?? u.failure ?? ""} retry-after=${u.retryAfter ?? "-"}`);
    out.push(`${r.unexpected.length} responses were not 200 or a proper 503: ${sample.join("; ")}`);
  }
  for (const c of r.cycles) {
    if ((c.duringOutage["503"] ?? 0) === 0) out.push(`cycle ${c.cycle}: no client saw the outage (no 503)`);
    for (const route of ROUTES) {
      const ms = c.recoveryMs[route];
      if (ms === null) out.push(`cycle ${c.cycle}: ${route} never succeeded again`);
      else if (ms > r.recoveryLimitMs)
        out.push(`cycle ${c.cycle}: ${route} succeeded again only after ${(ms / 1000).toFixed(2)} s`);
    }
  }
  if (!r.readyAtEnd) out.push("/health/ready was not 200 after the last restart");
  if (r.exit.code !== 0) out.push(`the service did not shut down cleanly: ${JSON.stringify(r.exit)}`);
  return out;
}

const seconds = (ms: number | null) => (ms === null ? "never" : `${(ms / 1000).toFixed(2)} s`);
const counts = (c: Record<string, number>) =>
  Object.entries(c)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([status, n]) => `${status}: ${n}`)
    .join(", ") || "none";

/** One line per cycle. */
export function formatCycle(c: CycleReport): string {
  return (
    `cycle ${c.cycle}: pg_ctl stop ${seconds(c.stopMs)}, restart: accepting connections after ${seconds(c.startMs)} (pg_ctl returned after ${seconds(c.pgCtlMs)}); ` +
    `responses from stop to restart {${counts(c.duringOutage)}}; after accepting: ready ${seconds(c.readyMs)}, ` +
    `first 200 question ${seconds(c.recoveryMs["/agents/query"])}, ` +
    `metrics ${seconds(c.recoveryMs["/api/v1/metrics"])}; process ${c.survived ? "alive" : "GONE or not answering /health/live"}`
  );
}

/** The summary printed after the cycles. */
export function formatSummary(r: DbLossReport): string {
  const worst = Math.max(
    ...r.cycles.flatMap((c) => ROUTES.map((route) => c.recoveryMs[route] ?? Number.POSITIVE_INFINITY)),
  );
  return [
    `process survived: ${r.survivedCycles}/${r.cycles.length} cycles (pid kept, /health/live 200)`,
    `responses: ${counts(r.statuses)} (total ${Object.values(r.statuses).reduce((a, b) => a + b, 0)})`,
    ...ROUTES.map((route) => `  ${route}: ${counts(r.byRoute[route])}`),
    `latency of a 200 (for scale: a recovery time includes one such request): ${ROUTES.map(
      (route) =>
        `${route} p50 ${seconds(r.healthyLatencyMs[route].p50)}, p95 ${seconds(r.healthyLatencyMs[route].p95)} (n=${r.healthyLatencyMs[route].n})`,
    ).join("; ")}`,
    `other than 200 or 503 (with Retry-After: 5 and db.unavailable): ${r.unexpected.length}`,
    `slowest recovery: ${seconds(worst)} (limit ${seconds(r.recoveryLimitMs)})`,
    `/health/ready after the last restart: ${r.readyAtEnd ? "200" : "not ready"}; exit on SIGTERM: ${JSON.stringify(r.exit)}`,
    r.failures.length === 0 ? "DRILL PASSED" : `DRILL FAILED:\n  ${r.failures.join("\n  ")}`,
  ].join("\n");
}
