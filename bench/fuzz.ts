/**
 * `npm run bench -- fuzz [--requests 5000] [--seed 20261105] [--scale 0.02]`: the fuzz workload of
 * api/fuzz (every /openapi.json operation, generated and broken requests) against the real app on
 * an in-memory database, one request in flight at a time, measuring the event loop's longest stall
 * two ways: the wall-clock delay of perf_hooks.monitorEventLoopDelay, which on a loaded machine
 * also counts time the OS kept the process off a CPU, and the CPU-busy stall of
 * api/fuzz/loop-stalls.ts, which counts only the part of a stall the main thread spent running
 * (what the stall would last on an idle machine). The baseline, measured in the same run, is as
 * many trivial GET /health requests. Prints both figures for both runs, their ratios, the worst
 * requests, and whether the workload's CPU-busy stalls stayed under the 100 ms (overall,
 * and during requests refused as bad input).
 * A warm-up pass of valid requests runs first, so one-time work (lexicons, caches, JIT) is reported
 * apart from steady state.
 */
import { z } from "zod";
import { CPU_CLOCK } from "../api/fuzz/loop-stalls.ts";
import { buildWorkload, type FuzzRequest } from "../api/fuzz/requests.ts";
import { type FuzzReport, runFuzz } from "../api/fuzz/run.ts";
import { prepareFuzz } from "../api/fuzz/setup.ts";
import { seedTestData, startTestApi } from "../api/testing.ts";
import { exitOnBadArgs, parseCliArgs } from "../db/cli/args.ts";
import { openTestDatabase } from "../db/connect.ts";

const argsSchema = z.object({
  requests: z.coerce.number().int().min(100).max(100_000).default(5000),
  seed: z.coerce.number().int().nonnegative().default(20261105),
  scale: z.coerce.number().min(0).max(1).default(0.02),
});
const USAGE = "npm run bench -- fuzz [--requests 5000] [--seed 20261105] [--scale 0.02]";
/** The bound on any one request's hold on the event loop. */
const TARGET_MS = 100;

const ms = (v: number) => `${v.toFixed(1)} ms`;

function stallLines(report: FuzzReport): string[] {
  return report.stalls
    .slice(0, 5)
    .map((s) => `    ${ms(s.ms).padStart(9)}  #${s.index} ${s.operation} (${s.kind}) -> ${s.status}`);
}

function busyStallLines(report: FuzzReport): string[] {
  return report.busyStalls
    .slice(0, 5)
    .map(
      (s) =>
        `    ${ms(s.ms).padStart(9)} (wall ${ms(s.wallMs)})  #${s.index} ${s.operation} (${s.kind}) -> ${s.status}`,
    );
}

const under = (v: number) => `${v < TARGET_MS ? "under" : "NOT under"} ${TARGET_MS} ms`;

export async function run(args: string[]): Promise<void> {
  const opts = exitOnBadArgs(
    parseCliArgs(
      args,
      { requests: { type: "string" }, seed: { type: "string" }, scale: { type: "string" } },
      argsSchema,
    ),
    USAGE,
  );
  const db = await openTestDatabase();
  if (opts.scale > 0) await seedTestData(db, opts.scale);
  const api = await startTestApi({ db, rateLimitPerMinute: 10_000_000, authFailuresPerMinute: 10_000_000 });
  try {
    const { doc, context } = await prepareFuzz(api);
    const warm = await runFuzz(
      api.url,
      buildWorkload(doc, context, {
        count: 4 * Object.keys(doc.paths).length,
        seed: opts.seed,
        onlyValid: true,
      }),
    );
    const health: FuzzRequest[] = Array.from({ length: opts.requests }, () => ({
      operation: "GET /health",
      kind: "baseline",
      method: "GET",
      path: "/health",
      headers: {},
    }));
    const baseline = await runFuzz(api.url, health);
    const fuzz = await runFuzz(
      api.url,
      buildWorkload(doc, context, { count: opts.requests, seed: opts.seed }),
    );
    const ratio = fuzz.eventLoop.maxMs / Math.max(baseline.eventLoop.maxMs, 0.001);
    const busyRatio = fuzz.eventLoop.maxBusyMs / Math.max(baseline.eventLoop.maxBusyMs, 0.001);
    const share = (r: FuzzReport) => `${(r.eventLoop.maxWallCpuShare * 100).toFixed(0)}% on a CPU`;
    const out = [
      `fuzz bench: ${opts.requests} requests, seed ${opts.seed}, data scale ${opts.scale}, one request in flight`,
      `  "wall delay" = monitorEventLoopDelay (includes time the OS kept the process off a CPU);`,
      `  "CPU-busy stall" = the part of a stall the ${CPU_CLOCK} clock shows the loop running code (api/fuzz/loop-stalls.ts)`,
      `  warm-up (${warm.requests} valid requests): longest wall delay ${ms(warm.eventLoop.maxMs)}, longest CPU-busy stall ${ms(warm.eventLoop.maxBusyMs)}`,
      `  baseline ${baseline.requests} x GET /health: longest wall delay ${ms(baseline.eventLoop.maxMs)} (${share(baseline)}), p99 ${ms(baseline.eventLoop.p99Ms)}; longest CPU-busy stall ${ms(baseline.eventLoop.maxBusyMs)}; ${(baseline.elapsedMs / 1000).toFixed(1)} s`,
      `  fuzz workload: longest wall delay ${ms(fuzz.eventLoop.maxMs)} (${share(fuzz)}), p99 ${ms(fuzz.eventLoop.p99Ms)}; longest CPU-busy stall ${ms(fuzz.eventLoop.maxBusyMs)}; ${(fuzz.elapsedMs / 1000).toFixed(1)} s; statuses ${JSON.stringify(fuzz.byStatus)}; failures ${fuzz.failures.length}`,
      `  ratio fuzz / baseline: wall delay ${ratio.toFixed(2)}, CPU-busy stall ${busyRatio.toFixed(2)}`,
      `  during a refused (4xx) request: longest wall delay ${ms(fuzz.maxStallOnRefusedMs)}, longest CPU-busy stall ${ms(fuzz.maxBusyStallOnRefusedMs)} (${under(fuzz.maxBusyStallOnRefusedMs)})`,
      `  overall: longest wall delay ${ms(fuzz.eventLoop.maxMs)} (${under(fuzz.eventLoop.maxMs)}), longest CPU-busy stall ${ms(fuzz.eventLoop.maxBusyMs)} (${under(fuzz.eventLoop.maxBusyMs)})`,
      "  worst requests by wall delay:",
      ...stallLines(fuzz),
      "  worst requests by CPU-busy stall:",
      ...busyStallLines(fuzz),
      "  longest CPU-busy stall per route (the 8 worst):",
      ...Object.entries(fuzz.byOperation)
        .sort(([, a], [, b]) => (b.busyMs ?? 0) - (a.busyMs ?? 0))
        .slice(0, 8)
        .map(([operation, o]) => `    ${ms(o.busyMs ?? 0).padStart(9)}  ${operation}`),
    ];
    process.stdout.write(`${out.join("\n")}\n`);
  } finally {
    await api.close();
    await db.close();
  }
}
