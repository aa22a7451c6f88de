/**
 * Benchmark: simulate the Acme demo at --scale N (default 25, about 10M touchpoints) and load it
 * into PGlite and into PostgreSQL (when TEST_DATABASE_URL or --database-url is given). Each target
 * runs in its own child process so peak RSS is measured per target; a generate-only run (no
 * database) is the baseline measured in the same run. Prints touchpoints/s, rows/s, peak RSS and
 * ratios against the baseline and the 200k touchpoints/s target.
 *
 * PostgreSQL runs in a throwaway database created on that server and dropped afterwards, so the
 * benchmark never touches the data in the database the URL points at.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { exitOnBadArgs, parseCliArgs } from "../db/cli/args.ts";
import { openDatabase } from "../db/connect.ts";
import { BinaryCopyWriter } from "../db/seed/binary-copy.ts";
import { seedDemo } from "../db/seed/seed-demo.ts";
import { TouchpointBinaryEncoder } from "../db/seed/touchpoint-binary.ts";
import { JourneyGenerator, type JourneySink } from "../db/simulator/journeys.ts";
import { buildOrgPlan } from "../db/simulator/plan.ts";
import { ACME } from "../db/simulator/specs/acme.ts";
import { testDatabaseUrl } from "../lib/env.ts";
import { silentLogger } from "../lib/logger.ts";

const TARGET_TOUCHPOINTS_PER_SECOND = 200_000;
const TARGET_PEAK_RSS_MB = 1536;
const TARGETS = ["generate", "pglite", "postgres"] as const;
type Target = (typeof TARGETS)[number];

interface Result {
  target: Target;
  touchpoints: number;
  rows: number;
  seconds: number;
  peakRssMb: number;
}

const argsSchema = z.object({
  scale: z.coerce.number().positive().max(1000).default(25),
  target: z.enum(TARGETS).optional(),
  "database-url": z
    .string()
    .regex(/^postgres(ql)?:\/\//, "expected a postgres:// URL")
    .optional(),
  seed: z.coerce.number().int().min(0).default(42),
});
const USAGE =
  "npm run bench -- simulate [--scale N] [--target generate|pglite|postgres] [--database-url URL]";

/** Entry point used by bench/run.ts (`npm run bench -- simulate ...`). */
export async function run(args: string[]): Promise<void> {
  const opts = exitOnBadArgs(
    parseCliArgs(
      args,
      {
        scale: { type: "string" },
        target: { type: "string" },
        "database-url": { type: "string" },
        seed: { type: "string" },
      },
      argsSchema,
    ),
    USAGE,
  );
  const databaseUrl = opts["database-url"] ?? testDatabaseUrl();
  if (opts.target) {
    const result = await measure(opts.target, opts.scale, opts.seed, databaseUrl);
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
    return;
  }
  process.stdout.write(`simulate benchmark: acme at scale ${opts.scale}, seed ${opts.seed}\n`);
  const results: Result[] = [];
  for (const target of TARGETS) {
    if (target === "postgres" && !databaseUrl) {
      process.stdout.write("postgres: skipped (set TEST_DATABASE_URL or pass --database-url)\n");
      continue;
    }
    const r = await inChild(target, opts.scale, opts.seed, databaseUrl);
    results.push(r);
    report(r, results[0]!);
  }
}

function report(r: Result, baseline: Result): void {
  const tps = r.touchpoints / r.seconds;
  const line = [
    `${r.target.padEnd(9)} ${r.touchpoints.toLocaleString("en-US")} touchpoints in ${r.seconds.toFixed(1)}s`,
    `${Math.round(tps).toLocaleString("en-US")} touchpoints/s`,
    `${Math.round(r.rows / r.seconds).toLocaleString("en-US")} rows/s`,
    `peak RSS ${r.peakRssMb} MB (${(r.peakRssMb / TARGET_PEAK_RSS_MB).toFixed(2)}x of 1.5 GB limit)`,
    `${(tps / TARGET_TOUCHPOINTS_PER_SECOND).toFixed(2)}x target 200k/s`,
    r.target === "generate"
      ? "baseline"
      : `${(tps / (baseline.touchpoints / baseline.seconds)).toFixed(2)}x generate-only`,
  ];
  process.stdout.write(`${line.join(" | ")}\n`);
}

async function inChild(target: Target, scale: number, seed: number, databaseUrl?: string): Promise<Result> {
  const self = fileURLToPath(import.meta.url);
  const argv = [
    "--import",
    "tsx",
    self,
    "--target",
    target,
    "--scale",
    String(scale),
    "--seed",
    String(seed),
  ];
  if (databaseUrl) argv.push("--database-url", databaseUrl);
  const child = spawn(process.execPath, argv, { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (b: Buffer) => {
    out += b.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const line = out.split("\n").find((l) => l.startsWith("RESULT "));
  if (code !== 0 || !line)
    throw new Error(`benchmark child for ${target} failed (exit ${code}): ${out.trim()}`);
  return JSON.parse(line.slice(7)) as Result;
}

async function measure(target: Target, scale: number, seed: number, databaseUrl?: string): Promise<Result> {
  const started = performance.now();
  let touchpoints = 0;
  let rows = 0;
  if (target === "generate") {
    const plan = buildOrgPlan(ACME, seed, scale);
    const gen = new JourneyGenerator(plan, 1);
    // Encode touchpoints exactly as the loader does (binary COPY tuples), then drop each batch.
    const encoder = new TouchpointBinaryEncoder(1);
    let writer = new BinaryCopyWriter();
    const sink: JourneySink = {
      customer: () => {
        rows++;
      },
      touchpoint: (id, customerId, ms, label) => {
        touchpoints++;
        encoder.write(writer, id, customerId, ms, label);
        if (writer.rows === 50_000) writer = new BinaryCopyWriter(writer.size);
      },
      conversion: (lines: string) => {
        rows += lines.split("\n").length - 1;
      },
    };
    while (gen.remaining > 0) gen.generate(1000, sink);
    rows += touchpoints;
  } else {
    const { url, cleanup } = target === "pglite" ? await pgliteDir() : await scratchDatabase(databaseUrl!);
    try {
      const db = await openDatabase(target === "pglite" ? { dataDir: url } : { databaseUrl: url });
      const t0 = performance.now();
      const seeded = await seedDemo(db, { seed, scale, logger: silentLogger, only: ["acme"], force: true });
      const loadSeconds = (performance.now() - t0) / 1000;
      await db.close();
      const counts = seeded.orgs[0]!.rows;
      touchpoints = counts.touchpoints ?? 0;
      rows = Object.values(counts).reduce((s, n) => s + n, 0);
      return { target, touchpoints, rows, seconds: loadSeconds, peakRssMb: peakRssMb() };
    } finally {
      await cleanup();
    }
  }
  return { target, touchpoints, rows, seconds: (performance.now() - started) / 1000, peakRssMb: peakRssMb() };
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function pgliteDir(): Promise<{ url: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-pglite-"));
  return { url: dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Create a throwaway database next to the one in `url`; cleanup drops it. */
async function scratchDatabase(url: string): Promise<{ url: string; cleanup: () => Promise<void> }> {
  const name = `bench_simulate_${process.pid}`;
  const admin = await openAdmin(url);
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    cleanup: async () => {
      const a = await openAdmin(url);
      await a.query(`DROP DATABASE IF EXISTS ${name}`);
      await a.end();
    },
  };
}

async function openAdmin(url: string) {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`simulate benchmark failed: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exit(1);
  });
}
