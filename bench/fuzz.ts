/**
 * `npm run bench -- fuzz [--requests 5000] [--seed 20261105] [--scale 0.02]`: the fuzz workload of
 * api/fuzz (every /openapi.json operation, generated and broken requests) against the real app on
 * an in-memory database, one request in flight at a time, measuring the event loop's longest stall
 * with perf_hooks.monitorEventLoopDelay. The baseline, measured in the same run, is as many trivial
 * GET /health requests. Prints both maxima, their ratio, the worst requests, and whether the
 * workload stayed under the 100 ms (overall, and during requests refused as bad input).
 * A warm-up pass of valid requests runs first, so one-time work (lexicons, caches, JIT) is reported
 * apart from steady state.
 */
import { z } from "zod";
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
    const out = [
      `fuzz bench: ${opts.requests} requests, seed ${opts.seed}, data scale ${opts.scale}, one request in flight`,
      `  warm-up (${warm.requests} valid requests): longest event-loop delay ${ms(warm.eventLoop.maxMs)}`,
      `  baseline ${baseline.requests} x GET /health: longest delay ${ms(baseline.eventLoop.maxMs)}, p99 ${ms(baseline.eventLoop.p99Ms)}, ${(baseline.elapsedMs / 1000).toFixed(1)} s`,
      `  fuzz workload: longest delay ${ms(fuzz.eventLoop.maxMs)}, p99 ${ms(fuzz.eventLoop.p99Ms)}, ${(fuzz.elapsedMs / 1000).toFixed(1)} s; statuses ${JSON.stringify(fuzz.byStatus)}; failures ${fuzz.failures.length}`,
      `  ratio fuzz / baseline (longest delay): ${ratio.toFixed(2)}`,
      `  longest delay during a refused (4xx) request: ${ms(fuzz.maxStallOnRefusedMs)} (${fuzz.maxStallOnRefusedMs < TARGET_MS ? "under" : "NOT under"} ${TARGET_MS} ms)`,
      `  longest delay overall: ${ms(fuzz.eventLoop.maxMs)} (${fuzz.eventLoop.maxMs < TARGET_MS ? "under" : "NOT under"} ${TARGET_MS} ms)`,
      "  worst requests:",
      ...stallLines(fuzz),
    ];
    process.stdout.write(`${out.join("\n")}\n`);
  } finally {
    await api.close();
    await db.close();
  }
}
