/**
 * `npm run bench -- budget-truth [--scale 1] [--seed 42] [--org acme|beta-bikes]`: the profit truth
 * check (issue #12 item 4) and the recommendation truth check (#15). Seeds both demo organizations
 * at --seed (other seeds show how much the figures owe to one draw of the noise) and prints, per
 * organization, the recommended split's TRUE gross profit against the TRUE profit optimum and the
 * share of recommended dollars below TRUE break-even (evals/truth/profit-truth.ts), then whether
 * acting on the top budget recommendation raises TRUE profit (evals/truth/recommend-truth.ts).
 * The seeding time is printed as the baseline of the run.
 */
import { z } from "zod";
import { exitOnBadArgs, parseCliArgs } from "../db/cli/args.ts";
import { openTruthDatabase, truthContext } from "../evals/truth/context.ts";
import { evaluateProfitTruth, formatProfitTruth } from "../evals/truth/profit-truth.ts";
import { evaluateRecommendTruth, formatRecommendTruth } from "../evals/truth/recommend-truth.ts";

const argsSchema = z.object({
  scale: z.coerce.number().positive().max(25).default(1),
  seed: z.coerce.number().int().nonnegative().default(42),
  org: z.enum(["acme", "beta-bikes"]).optional(),
});
const USAGE = "npm run bench -- budget-truth [--scale 1] [--seed 42] [--org acme|beta-bikes]";

export async function run(args: string[]): Promise<void> {
  const opts = exitOnBadArgs(
    parseCliArgs(
      args,
      { scale: { type: "string" }, seed: { type: "string" }, org: { type: "string" } },
      argsSchema,
    ),
    USAGE,
  );
  const started = performance.now();
  const db = await openTruthDatabase(opts.scale, opts.seed);
  process.stdout.write(
    `budget-truth: seeded acme and beta-bikes at scale ${opts.scale}, seed ${opts.seed}, in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
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
