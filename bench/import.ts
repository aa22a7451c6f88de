/**
 * `npm run bench -- import [--rows=N] [--database-url=URL] [--pglite] [--batch-rows=N] [--writers=N]`: bulk import
 * speed of a touchpoints file in the export format (generated once under tmp/bench-import/), into
 * PostgreSQL (`--database-url` or DATABASE_URL) and/or an embedded PGlite on disk (`--pglite`),
 * each import in its own process (peak RSS is the import's alone). Prints rows/s and peak RSS next
 * to the ceiling measured in the same run: PostgreSQL's own COPY of the same file into a bare
 * UNLOGGED table with no key or index (no parsing, validation or upsert), and the same COPY into a
 * logged table with touchpoints' key and index, once as one COPY and once in 20,000-line COPYs
 * over two connections (the import's two writers). Every line carries the load average (the
 * machine is shared). Then imports the same file a second time: it must add 0 rows.
 */
import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { loadEnv } from "../lib/env.ts";
import { touchpointsFile } from "./import-file.ts";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const execFileAsync = promisify(execFile);

interface ChildResult {
  mode: string;
  rows: number;
  inserted?: number;
  updated?: number;
  tableRows?: number;
  writeSeconds?: number;
  seconds: number;
  rowsPerSecond: number;
  maxRssMb: number;
  /** One-minute load average when the run ended. */
  load?: number;
}

async function child(args: string[]): Promise<ChildResult> {
  const { stdout } = await execFileAsync(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "bench/import-child.ts"), ...args],
    {
      cwd: ROOT,
      maxBuffer: 1 << 20,
    },
  );
  const result = JSON.parse(stdout.trim().split("\n").pop()!) as ChildResult;
  // The machine is shared: every figure goes with the load it was measured under.
  return { ...result, load: loadavg()[0]! };
}

/** Run the benchmark (see module doc). */
export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      rows: { type: "string", default: "1000000" },
      "database-url": { type: "string" },
      pglite: { type: "boolean", default: false },
      "batch-rows": { type: "string" },
      writers: { type: "string" },
    },
  });
  const rows = Number(values.rows);
  const databaseUrl = values["database-url"] ?? loadEnv().DATABASE_URL;
  if (!databaseUrl && !values.pglite)
    throw new Error("give --database-url=URL (or DATABASE_URL) and/or --pglite");
  const t0 = performance.now();
  const { file, bytes } = await touchpointsFile(path.join(ROOT, "tmp/bench-import"), rows);
  process.stdout.write(
    `file: ${path.relative(ROOT, file)} (${rows.toLocaleString("en-US")} touchpoints, ${(bytes / 1e6).toFixed(0)} MB, ready in ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`,
  );
  const batch = [
    ...(values["batch-rows"] ? ["--batch-rows", values["batch-rows"]] : []),
    ...(values.writers ? ["--writers", values.writers] : []),
  ];
  const org = `bench-${Date.now().toString(36)}`;
  const line = (label: string, r: ChildResult, ...bases: [string, ChildResult][]) =>
    process.stdout.write(
      `${label.padEnd(36)} ${r.rowsPerSecond.toLocaleString("en-US").padStart(9)} rows/s  ${r.seconds.toFixed(1).padStart(7)} s  peak RSS ${String(r.maxRssMb).padStart(5)} MB  load ${r.load?.toFixed(1)}` +
        (r.inserted !== undefined
          ? `  inserted ${r.inserted}, updated ${r.updated}, table ${r.tableRows}`
          : "") +
        (r.writeSeconds !== undefined ? `  (batches ${r.writeSeconds.toFixed(1)} s)` : "") +
        bases.map(([name, b]) => `  = ${(r.rowsPerSecond / b.rowsPerSecond).toFixed(2)}x ${name}`).join("") +
        "\n",
    );
  if (databaseUrl) {
    // The import first: it migrates the database the baseline copies a table shape from.
    const pg = ["--file", file, "--database-url", databaseUrl];
    const first = await child([...pg, "--org", org, ...batch]);
    const base = await child([...pg, "--baseline", "bare"]);
    const indexed = await child([...pg, "--baseline", "indexed"]);
    const indexed2 = await child([...pg, "--baseline", "indexed", "--connections", "2"]);
    const second = await child([...pg, "--org", org, ...batch]);
    line("ceiling: COPY, bare unlogged table", base);
    line("COPY into touchpoints' shape", indexed, ["the ceiling", base]);
    line("same, 20k-row COPYs on 2 connections", indexed2, ["the ceiling", base]);
    line(
      "import into PostgreSQL",
      first,
      ["the ceiling", base],
      ["own shape", indexed],
      ["own shape x2", indexed2],
    );
    line("same file again (PostgreSQL)", second, ["the ceiling", base]);
    process.stdout.write(
      `  rows added or changed by the second import: ${second.inserted! + second.updated!}\n`,
    );
  }
  if (values.pglite) {
    const dir = path.join(ROOT, "tmp/bench-import/pglite");
    await rm(dir, { recursive: true, force: true });
    const first = await child(["--file", file, "--data-dir", dir, "--org", org, ...batch]);
    const second = await child(["--file", file, "--data-dir", dir, "--org", org, ...batch]);
    line("import into PGlite (on disk)", first);
    line("same file again (PGlite)", second);
    process.stdout.write(
      `  rows added or changed by the second import: ${second.inserted! + second.updated!}\n`,
    );
    await rm(dir, { recursive: true, force: true });
  }
}
