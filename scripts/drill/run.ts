/**
 * `npm run drill -- db-loss [--cycles 5] [--clients 20] [--mode immediate|fast] [--scale 0.02] [--ports 4100-4199]` and
 * `npm run drill -- import-crash [--rows N] [--database-url URL | --pglite]`: operational drills against
 * the real service. Exits 0 when every promise held, 1 otherwise (and 2 for bad usage).
 */
import { z } from "zod";
import { failCli, parseCli, runCli } from "../../lib/cli.ts";
import { AppError } from "../../lib/errors.ts";
import { formatSummary, runDbLossDrill } from "./db-loss.ts";
import { runImportCrashDrill } from "./import-crash.ts";
import { findPostgresBin } from "./pg-cluster.ts";

const DRILLS = ["db-loss"] as const;

const flags = z.object({
  cycles: z.coerce.number().int().min(1).max(50).default(5),
  clients: z.coerce.number().int().min(1).max(200).default(20),
  mode: z.enum(["immediate", "fast"]).default("immediate"),
  scale: z
    .string()
    .regex(/^\d+(\.\d+)?$/, "expected a DEMO_SCALE number, e.g. 0.02")
    .default("0.02"),
  // On a shared machine each engineer has a port range; without it the OS picks ephemeral ports.
  ports: z
    .string()
    .regex(/^\d{1,5}-\d{1,5}$/, "expected a port range, e.g. 4100-4199")
    .transform((s) => {
      const [from, to] = s.split("-").map(Number) as [number, number];
      return { from, to };
    })
    .refine((r) => r.from >= 1024 && r.from <= r.to && r.to <= 65535, "expected 1024 <= from <= to <= 65535")
    .optional(),
});

runCli(async () => {
  if (process.argv[2] === "import-crash") {
    const ok = await runImportCrashDrill(process.argv.slice(3), (line) => process.stdout.write(`${line}\n`));
    if (!ok) process.exit(1);
    return;
  }
  const { values, positionals } = parseCli(
    process.argv.slice(2),
    {
      cycles: { type: "string" },
      clients: { type: "string" },
      scale: { type: "string" },
      mode: { type: "string" },
      ports: { type: "string" },
    },
    flags,
  );
  const name = positionals[0];
  if (!name || !DRILLS.includes(name as (typeof DRILLS)[number]) || positionals.length > 1) {
    failCli(
      `usage: npm run drill -- ${DRILLS.join("|")} [--cycles N] [--clients N] [--mode immediate|fast] [--scale S] [--ports FROM-TO]`,
    );
  }
  const binDir = findPostgresBin();
  if (!binDir) {
    throw new AppError(
      "env.invalid",
      "no PostgreSQL server programs found (initdb, pg_ctl): install Debian's postgresql package or set PGBIN",
    );
  }
  const print = (line: string) => process.stdout.write(`${line}\n`);
  print(
    `db-loss drill: ${values.clients} clients, ${values.cycles} x pg_ctl stop -m ${values.mode} + start (PostgreSQL from ${binDir})`,
  );
  const report = await runDbLossDrill({
    binDir,
    cycles: values.cycles,
    clients: values.clients,
    demoScale: values.scale,
    stopMode: values.mode,
    ports: values.ports,
    print,
  });
  print(formatSummary(report));
  // runCli exits 0 when this returns; a broken promise is exit 1 (the summary above says which).
  if (report.failures.length > 0) process.exit(1);
});
