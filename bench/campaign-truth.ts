/**
 * `npm run bench -- campaign-truth [--scale 1] [--seed 42] [--org acme|beta-bikes]`: every campaign
 * pause/cut/raise recommendation of `recommend` scored on the simulator's true curves
 * (evals/truth/campaign-truth.ts: a campaign's true response is its channel's curve). Seeds both
 * demo organizations as `npm run bench -- truth` does; the seeding time is the run's baseline.
 */
import { z } from "zod";
import { exitOnBadArgs, parseCliArgs } from "../db/cli/args.ts";
import { evaluateCampaignTruth, formatCampaignTruth } from "../evals/truth/campaign-truth.ts";
import { openTruthDatabase, truthContext } from "../evals/truth/context.ts";

const argsSchema = z.object({
  scale: z.coerce.number().positive().max(25).default(1),
  seed: z.coerce.number().int().nonnegative().default(42),
  org: z.enum(["acme", "beta-bikes"]).optional(),
});
const USAGE = "npm run bench -- campaign-truth [--scale 1] [--seed 42] [--org acme|beta-bikes]";

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
  const seeded = (performance.now() - started) / 1000;
  process.stdout.write(
    `campaign truth: seeded at scale ${opts.scale}, seed ${opts.seed}, in ${seeded.toFixed(1)} s\n`,
  );
  try {
    for (const slug of opts.org ? [opts.org] : ["acme", "beta-bikes"]) {
      const t0 = performance.now();
      const { deps, truth, spec } = await truthContext(db, slug, opts.scale, opts.seed);
      process.stdout.write(`\n${formatCampaignTruth(await evaluateCampaignTruth(deps, truth, spec))}\n`);
      const took = (performance.now() - t0) / 1000;
      process.stdout.write(
        `(${slug} evaluated in ${took.toFixed(1)} s = ${(took / seeded).toFixed(2)}x the seeding time)\n`,
      );
    }
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run(process.argv.slice(2));
