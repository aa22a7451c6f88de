/**
 * `npm run bench -- truth [--scale 1] [--seed 42] [--org acme] [--list]`: the simulator-truth check.
 * Seeds both demo organizations (seed 42 unless --seed, attribution and catalog as `npm start`
 * does; other seeds show how much the figures owe to one draw of the noise) into an in-memory
 * database at --scale (default 1) and prints, per organization (default: both), the budget truth
 * (product's recommendation, naive rule and true optimum scored on the simulator's true curves) and
 * the anomaly truth (recall of injected anomalies, false alarms per channel-year). --list prints
 * every false alarm. The seeding time is printed as the baseline of the run.
 */
import { z } from "zod";
import { exitOnBadArgs, parseCliArgs } from "../db/cli/args.ts";
import { evaluateAnomalyTruth, formatAnomalyTruth } from "../evals/truth/anomaly-truth.ts";
import { evaluateBudgetTruth, formatBudgetTruth } from "../evals/truth/budget-truth.ts";
import { openTruthDatabase, truthContext } from "../evals/truth/context.ts";
import { evaluateRecommendTruth, formatRecommendTruth } from "../evals/truth/recommend-truth.ts";

const argsSchema = z.object({
  scale: z.coerce.number().positive().max(25).default(1),
  seed: z.coerce.number().int().nonnegative().default(42),
  org: z.enum(["acme", "beta-bikes"]).optional(),
  list: z.boolean().default(false),
});
const USAGE = "npm run bench -- truth [--scale 1] [--seed 42] [--org acme|beta-bikes] [--list]";

export async function run(args: string[]): Promise<void> {
  const opts = exitOnBadArgs(
    parseCliArgs(
      args,
      {
        scale: { type: "string" },
        seed: { type: "string" },
        org: { type: "string" },
        list: { type: "boolean" },
      },
      argsSchema,
    ),
    USAGE,
  );
  const started = performance.now();
  const db = await openTruthDatabase(opts.scale, opts.seed);
  const seeded = (performance.now() - started) / 1000;
  process.stdout.write(
    `truth: seeded acme and beta-bikes at scale ${opts.scale}, seed ${opts.seed}, in ${seeded.toFixed(1)} s\n`,
  );
  try {
    for (const slug of opts.org ? [opts.org] : ["acme", "beta-bikes"]) {
      const t0 = performance.now();
      const { deps, truth, spec } = await truthContext(db, slug, opts.scale, opts.seed);
      const budget = await evaluateBudgetTruth(deps, truth, spec);
      const anomaly = await evaluateAnomalyTruth(deps, truth, spec);
      const recommend = await evaluateRecommendTruth(deps, truth, spec);
      process.stdout.write(
        `\n${formatBudgetTruth(budget)}\n\n${formatAnomalyTruth(anomaly, { listFalseAlarms: opts.list })}\n\n${formatRecommendTruth(recommend)}\n`,
      );
      process.stdout.write(`(${slug} evaluated in ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
    }
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run(process.argv.slice(2));
