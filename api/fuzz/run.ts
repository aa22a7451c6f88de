/**
 * Send a fuzz workload to a running server and judge every response: no 5xx, no stack trace, no
 * database error text, and no SQL in an error body. The event loop's stalls during the run are
 * measured twice (the server runs in this process in tests and the bench, so a request that blocks
 * it shows up here): the wall-clock delay of perf_hooks.monitorEventLoopDelay, and the CPU-busy
 * stall of loop-stalls.ts, which leaves out time the OS kept the process off a CPU. On a loaded
 * shared machine only the second tells a blocked loop from a waiting process.
 */
import http from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { SQL_FRAGMENTS } from "./hostile.ts";
import { startLoopStallSampler } from "./loop-stalls.ts";
import type { FuzzRequest } from "./requests.ts";

/** A response that broke a rule, with what is needed to replay its request. */
export interface FuzzFailure {
  index: number;
  rule: string;
  request: { kind: string; method: string; path: string; headers: Record<string, string>; body?: string };
  status: number;
  body: string;
}

/** What a run saw. */
export interface FuzzReport {
  requests: number;
  byStatus: Record<string, number>;
  /**
   * Per operation: responses per status class (`2xx`, `4xx`...), `ms`, the time spent on it, and
   * (one request in flight) `busyMs`, the longest CPU-busy stall while one of its requests ran.
   */
  byOperation: Record<string, Record<string, number>>;
  failures: FuzzFailure[];
  /**
   * Event-loop delay in milliseconds: `maxMs`, `p99Ms`, `meanMs` are monitorEventLoopDelay's wall
   * clock figures; `maxBusyMs` is the longest CPU-busy stall (loop-stalls.ts), and
   * `maxWallCpuShare` the share of the longest wall delay's window the thread spent on a CPU
   * (near 0: the process was waiting for a CPU, not blocked).
   */
  eventLoop: { maxMs: number; p99Ms: number; meanMs: number; maxBusyMs: number; maxWallCpuShare: number };
  /** Slowest single response and which request it was. */
  slowest: { ms: number; operation: string; kind: string };
  /**
   * The longest event-loop stall seen while each request was in flight, worst first (with one
   * request in flight at a time, a stall belongs to that request): which requests block the loop.
   */
  stalls: Array<{ ms: number; status: number; operation: string; kind: string; index: number }>;
  /** The same, by the longest CPU-busy stall while each request was in flight (`ms` is busy time). */
  busyStalls: Array<{
    ms: number;
    wallMs: number;
    status: number;
    operation: string;
    kind: string;
    index: number;
  }>;
  /** Longest stall (wall clock) during a request that was refused with a 4xx (bad input). */
  maxStallOnRefusedMs: number;
  /** Longest CPU-busy stall during a request that was refused with a 4xx. */
  maxBusyStallOnRefusedMs: number;
  elapsedMs: number;
}

// A frame is "at fn (file:line:col)"; prose such as "breaks even at 0.56x (the last dollar)" is not.
const STACK_TRACE =
  /\bat [\w$.<>]+ \([^)\n]*:\d+(?::\d+)?\)|\.(?:ts|js|mjs|cjs):\d+:\d+|node:internal|node_modules\//;
const DATABASE_ERROR =
  /invalid input syntax|SQLSTATE|syntax error at or near|violates [\w ]*constraint|relation "[^"]*" does not exist|unterminated quoted|pg_catalog|invalid byte sequence|out of range for type/i;
const SQL_STATEMENT =
  /\bSELECT\b[\s\S]{0,400}\bFROM\b|\bINSERT INTO\b|\bUPDATE\s+"?\w+"?\s+SET\b|\bDELETE FROM\b|\bWITH\s+"?\w+"?\s+AS\s*\(/i;

/** The body with the fuzzer's own SQL fragments removed (an error may quote the caller's input). */
function withoutEchoes(body: string): string {
  let out = body;
  for (const f of SQL_FRAGMENTS) {
    out = out.split(f).join("").split(JSON.stringify(f).slice(1, -1)).join("");
  }
  return out;
}

/** The rule a response breaks, or undefined. */
export function judge(status: number, body: string): string | undefined {
  if (status >= 500) return `status ${status}`;
  if (STACK_TRACE.test(body)) return "stack trace in body";
  const own = withoutEchoes(body);
  if (DATABASE_ERROR.test(own)) return "database error text in body";
  if (/"code":"internal"/.test(own)) return "internal error reported in body";
  if (status >= 400 && SQL_STATEMENT.test(own)) return "SQL in error body";
  return undefined;
}

function send(agent: http.Agent, base: URL, req: FuzzRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { ...req.headers };
    if (req.body) headers["content-length"] = String(req.body.length);
    const r = http.request(
      { host: base.hostname, port: base.port, method: req.method, path: req.path, headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", (e) => resolve({ status: 599, body: `response error: ${e.message}` }));
      },
    );
    // A socket the server closes before answering counts as a failure (status 599).
    r.on("error", (e) => resolve({ status: 599, body: `request error: ${e.message}` }));
    r.end(req.body);
  });
}

/**
 * Send `requests` with `concurrency` in flight (default 1, which lets each event-loop stall be
 * put down to the request that caused it) and judge each response.
 * @example (await runFuzz(api.url, buildWorkload(doc, ctx, { count: 5000, seed: 11 }))).failures // []
 */
export async function runFuzz(
  baseUrl: string,
  requests: readonly FuzzRequest[],
  opts: { concurrency?: number } = {},
): Promise<FuzzReport> {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency ?? 1 });
  const report: FuzzReport = {
    requests: 0,
    byStatus: {},
    byOperation: {},
    failures: [],
    eventLoop: { maxMs: 0, p99Ms: 0, meanMs: 0, maxBusyMs: 0, maxWallCpuShare: 0 },
    slowest: { ms: 0, operation: "", kind: "" },
    stalls: [],
    busyStalls: [],
    maxStallOnRefusedMs: 0,
    maxBusyStallOnRefusedMs: 0,
    elapsedMs: 0,
  };
  const concurrency = opts.concurrency ?? 1;
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  const perRequest = monitorEventLoopDelay({ resolution: 5 });
  const started = performance.now();
  histogram.enable();
  perRequest.enable();
  const sampler = startLoopStallSampler();
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const index = next++;
      const req = requests[index]!;
      perRequest.reset();
      sampler.takeWindow();
      const t0 = performance.now();
      const { status, body } = await send(agent, base, req);
      const ms = performance.now() - t0;
      // A histogram with no sample reports max 0 (the request was shorter than the resolution).
      const stall = perRequest.max / 1e6;
      const busy = sampler.takeWindow().longestBusy;
      if (concurrency === 1) {
        report.stalls.push({ ms: stall, status, operation: req.operation, kind: req.kind, index });
        report.busyStalls.push({
          ms: busy.busyMs,
          wallMs: busy.wallDelayMs,
          status,
          operation: req.operation,
          kind: req.kind,
          index,
        });
        if (status >= 400 && status < 500) {
          report.maxStallOnRefusedMs = Math.max(report.maxStallOnRefusedMs, stall);
          report.maxBusyStallOnRefusedMs = Math.max(report.maxBusyStallOnRefusedMs, busy.busyMs);
        }
      }
      if (ms > report.slowest.ms) report.slowest = { ms, operation: req.operation, kind: req.kind };
      report.requests++;
      const cls = `${Math.floor(status / 100)}xx`;
      report.byStatus[String(status)] = (report.byStatus[String(status)] ?? 0) + 1;
      const op = report.byOperation[req.operation] ?? {};
      op[cls] = (op[cls] ?? 0) + 1;
      op.ms = (op.ms ?? 0) + Math.round(ms);
      if (concurrency === 1) op.busyMs = Math.max(op.busyMs ?? 0, busy.busyMs);
      report.byOperation[req.operation] = op;
      const rule = judge(status, body);
      if (rule) {
        report.failures.push({
          index,
          rule,
          status,
          body: body.slice(0, 500),
          request: {
            kind: req.kind,
            method: req.method,
            path: req.path.slice(0, 300),
            headers: req.headers,
            body: req.body?.toString("utf8").slice(0, 300),
          },
        });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  histogram.disable();
  perRequest.disable();
  const loop = sampler.stop();
  report.stalls = report.stalls.sort((a, b) => b.ms - a.ms).slice(0, 10);
  report.busyStalls = report.busyStalls.sort((a, b) => b.ms - a.ms).slice(0, 10);
  agent.destroy();
  report.elapsedMs = performance.now() - started;
  report.eventLoop = {
    maxMs: histogram.max / 1e6,
    p99Ms: histogram.percentile(99) / 1e6,
    meanMs: histogram.mean / 1e6,
    maxBusyMs: loop.longestBusy.busyMs,
    maxWallCpuShare:
      loop.longestWall.wallDelayMs > 0
        ? Math.min(1, loop.longestWall.busyMs / loop.longestWall.wallDelayMs)
        : 0,
  };
  return report;
}
