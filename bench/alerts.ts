/**
 * `npm run bench -- alerts [--scale 0.05] [--seed 42] [--org acme|beta-bikes] [--rules demo|default|both] [--list]`:
 * the alert truth check (evals/truth/alert-truth.ts). Seeds the demo organizations into an
 * in-memory database, runs the alert rules over the demo year day by day as the scheduler would,
 * and prints per organization: each injected anomaly found (alerts, duplicates) and the false alarms
 * by what they fall in. --list prints every false alarm; --planned yes lets the detector read the
 * organization's planned changes (planned_changes, as the product does), no hides them; both
 * (default) runs each. The seeding time is printed as the run's
 * baseline; the evaluation time beside it.
 */
import { z } from "zod";
import { exitOnBadArgs, parseCliArgs } from "../db/cli/args.ts";
import { openTestDatabase } from "../db/connect.ts";
import { seedDemo } from "../db/seed/seed-demo.ts";
import {
  DEFAULT_RULES,
  DEMO_RULES,
  evaluateAlertTruth,
  formatAlertTruth,
} from "../evals/truth/alert-truth.ts";
import { demoSpec } from "../evals/truth/context.ts";
import { silentLogger } from "../lib/logger.ts";

const argsSchema = z.object({
  scale: z.coerce.number().positive().max(25).default(0.05),
  seed: z.coerce.number().int().nonnegative().default(42),
  org: z.enum(["acme", "beta-bikes"]).optional(),
  rules: z.enum(["demo", "default", "both"]).default("both"),
  list: z.boolean().default(false),
  planned: z.enum(["no", "yes", "both"]).default("both"),
});
const USAGE =
  "npm run bench -- alerts [--scale 0.05] [--seed 42] [--org acme|beta-bikes] [--rules demo|default|both] [--planned no|yes|both] [--list]";

export async function run(args: string[]): Promise<void> {
  const opts = exitOnBadArgs(
    parseCliArgs(
      args,
      {
        scale: { type: "string" },
        seed: { type: "string" },
        org: { type: "string" },
        rules: { type: "string" },
        list: { type: "boolean" },
        planned: { type: "string" },
      },
      argsSchema,
    ),
    USAGE,
  );
  const slugs = opts.org ? [opts.org] : ["acme", "beta-bikes"];
  const started = performance.now();
  const db = await openTestDatabase();
  try {
    await seedDemo(db, { seed: opts.seed, scale: opts.scale, logger: silentLogger, only: slugs });
    const seeded = (performance.now() - started) / 1000;
    process.stdout.write(
      `alerts: seeded ${slugs.join(" and ")} at scale ${opts.scale}, seed ${opts.seed}, in ${seeded.toFixed(1)} s\n`,
    );
    const sets = [
      ...(opts.rules !== "default" ? [{ label: "demo rules", rules: DEMO_RULES }] : []),
      ...(opts.rules !== "demo" ? [{ label: "default sensitivity", rules: DEFAULT_RULES }] : []),
    ];
    for (const slug of slugs) {
      const [org] = await db.query<{ id: number }>("SELECT id FROM organizations WHERE slug = $1", [slug]);
      if (!org) throw new Error(`organization '${slug}' is not seeded`);
      for (const set of sets) {
        for (const planned of opts.planned === "both" ? [false, true] : [opts.planned === "yes"]) {
          const t0 = performance.now();
          const t = await evaluateAlertTruth(db, org.id, demoSpec(slug), set.rules, { planned });
          const took = (performance.now() - t0) / 1000;
          const label = `seed ${opts.seed}, ${set.label}, planned changes ${planned ? "known" : "hidden from the detector"}`;
          process.stdout.write(
            `\n${formatAlertTruth(t, { list: opts.list, label })}\n` +
              `  (evaluated in ${took.toFixed(1)} s = ${(took / seeded).toFixed(2)}x the seeding time)\n`,
          );
        }
      }
    }
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run(process.argv.slice(2));
