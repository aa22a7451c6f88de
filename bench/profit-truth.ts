/**
 * `npm run bench -- budget-truth [--scale 1] [--seed 42] [--org acme|beta-bikes]`: the profit truth
 * check (issue #12 item 4) and the recommendation truth check (#15). Seeds both demo organizations
 * at --seed (other seeds show how much the figures owe to one draw of the noise) and prints, per
 * organization, the recommended split's TRUE gross profit against the TRUE profit optimum and the
 * share of recommended dollars below TRUE break-even (evals/truth/profit-truth.ts), then whether
 * acting on the top budget recommendation raises TRUE profit (evals/truth/recommend-truth.ts).
 * The seeding time is printed as the baseline of the run.
 *
 * `--cache DIR` keeps the seeded database on disk (PGlite) under DIR/scale-<s>-seed-<n>: the first
 * run seeds it (20 minutes at scale 1 on a loaded machine) and later runs open it in seconds, so
 * a change to the budget code can be scored before and after on the same data. Seeding does not
 * read core/budget, so a cached database stays valid across such changes (delete it after a
 * simulator or attribution change).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { seedTestData } from "../api/testing.ts";
import { exitOnBadArgs, parseCliArgs } from "../db/cli/args.ts";
import { openDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { openTruthDatabase, truthContext } from "../evals/truth/context.ts";
import { evaluateProfitTruth, formatProfitTruth } from "../evals/truth/profit-truth.ts";
import { evaluateRecommendTruth, formatRecommendTruth } from "../evals/truth/recommend-truth.ts";

const argsSchema = z.object({
  scale: z.coerce.number().positive().max(25).default(1),
  seed: z.coerce.number().int().nonnegative().default(42),
  org: z.enum(["acme", "beta-bikes"]).optional(),
  cache: z.string().min(1).optional(),
});
const USAGE = "npm run bench -- budget-truth [--scale 1] [--seed 42] [--org acme|beta-bikes] [--cache DIR]";

/** Marker written once seeding finished, so an interrupted seeding is not reused. */
const SEEDED_MARKER = "seeded.json";

/** The seeded database: in memory, or on disk under `cache` (seeded on first use, then reused). */
async function openSeeded(
  scale: number,
  seed: number,
  cache?: string,
): Promise<{ db: Database; reused: boolean }> {
  if (!cache) return { db: await openTruthDatabase(scale, seed), reused: false };
  const dir = path.resolve(cache, `scale-${scale}-seed-${seed}`);
  const marker = path.join(dir, SEEDED_MARKER);
  const reused = existsSync(marker);
  if (!reused && existsSync(dir)) throw new Error(`${dir} exists but was not fully seeded: delete it first`);
  mkdirSync(path.dirname(dir), { recursive: true });
  const db = await openDatabase({ dataDir: path.join(dir, "pgdata"), command: "bench budget-truth" });
  if (!reused) {
    await seedTestData(db, scale, seed);
    writeFileSync(marker, JSON.stringify({ scale, seed, at: new Date().toISOString() }));
  }
  return { db, reused };
}

export async function run(args: string[]): Promise<void> {
  const opts = exitOnBadArgs(
    parseCliArgs(
      args,
      {
        scale: { type: "string" },
        seed: { type: "string" },
        org: { type: "string" },
        cache: { type: "string" },
      },
      argsSchema,
    ),
    USAGE,
  );
  const started = performance.now();
  const { db, reused } = await openSeeded(opts.scale, opts.seed, opts.cache);
  process.stdout.write(
    `budget-truth: ${reused ? "opened the cached" : "seeded"} acme and beta-bikes at scale ${opts.scale}, seed ${opts.seed}, in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  try {
    for (const slug of opts.org ? [opts.org] : ["acme", "beta-bikes"]) {
      const t0 = performance.now();
      const { deps, truth, spec } = await truthContext(db, slug, opts.scale, opts.seed);
      const profit = await evaluateProfitTruth(deps, truth, spec);
      const recommend = await evaluateRecommendTruth(deps, truth, spec);
      process.stdout.write(`\n${formatProfitTruth(profit)}\n\n${formatRecommendTruth(recommend)}\n`);
      process.stdout.write(`(${slug} evaluated in ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
    }
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run(process.argv.slice(2));
