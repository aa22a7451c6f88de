/**
 * `npm run drill -- import-crash [--rows N] [--database-url URL | --pglite] [--batch-rows N]`:
 * the import process is killed with SIGKILL at five points (before its first batch commits, then
 * at 20%, 45%, 70% and 95% of the file), re-run each time, and finally run to the end. Then the
 * table must hold exactly the file: the same row count, no id twice, and the same checksum (md5 of
 * every row rendered in the export format, in id order) as the file. Exit 1 if not.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { touchpointsFile } from "../../bench/import-file.ts";
import { openDatabase } from "../../db/connect.ts";
import { parseCli } from "../../lib/cli.ts";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "../..");
const KILL_AT = [0, 0.2, 0.45, 0.7, 0.95] as const;

const flags = z.object({
  rows: z.coerce.number().int().min(1000).max(20_000_000).default(200_000),
  "database-url": z.string().url("expected a postgres:// URL").optional(),
  pglite: z.boolean().default(false),
  "batch-rows": z.coerce.number().int().min(100).max(1_000_000).default(5_000),
});

/** Run the drill; returns true when every row arrived exactly once. */
export async function runImportCrashDrill(argv: string[], print: (line: string) => void): Promise<boolean> {
  const { values } = parseCli(
    argv,
    {
      rows: { type: "string" },
      "database-url": { type: "string" },
      pglite: { type: "boolean" },
      "batch-rows": { type: "string" },
    },
    flags,
  );
  const dataDir = path.join(ROOT, "tmp/drill-import/pglite");
  const target = values["database-url"]
    ? ["--database-url", values["database-url"]]
    : ["--data-dir", dataDir];
  if (!values["database-url"]) await rm(dataDir, { recursive: true, force: true });
  const { file } = await touchpointsFile(path.join(ROOT, "tmp/bench-import"), values.rows);
  const org = `drill-${Date.now().toString(36)}`;
  const args = [
    "--file",
    file,
    ...target,
    "--org",
    org,
    "--batch-rows",
    String(values["batch-rows"]),
    "--progress",
  ];
  print(
    `import-crash drill: ${values.rows} touchpoints into ${values["database-url"] ? "PostgreSQL" : "PGlite"}, organization ${org}`,
  );
  for (const [i, at] of KILL_AT.entries()) {
    const killAfter = Math.floor(values.rows * at);
    const got = await runChild(args, killAfter === 0 ? 0 : killAfter);
    print(
      `  run ${i + 1}: SIGKILL after ${got.read.toLocaleString("en-US")} rows read (${Math.round(at * 100)}% point)${got.exited ? " - finished before the kill" : ""}`,
    );
  }
  const last = await runChild(args, undefined);
  print(`  run 6: to the end: ${last.summary}`);

  const expected = await fileChecksum(file);
  const db = await openDatabase({
    databaseUrl: values["database-url"],
    dataDir: values["database-url"] ? undefined : dataDir,
    command: "drill import-crash",
  });
  try {
    const [row] = await db.query<{ n: number; ids: number; sum: string; inserted: number; jobs: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT t.id)::int AS ids,
         md5(string_agg(concat_ws(',', t.id, t.customer_id, to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           t.channel, coalesce(platform, ''), coalesce(campaign_id::text, ''), source, medium), E'\\n' ORDER BY t.id)) AS sum,
         (SELECT sum(rows_inserted)::int FROM import_jobs j WHERE j.organization_id = o.id) AS inserted,
         (SELECT count(*)::int FROM import_jobs j WHERE j.organization_id = o.id) AS jobs
       FROM organizations o JOIN touchpoints t ON t.organization_id = o.id WHERE o.slug = $1 GROUP BY o.id`,
      [org],
    );
    const ok = row?.n === values.rows && row.ids === values.rows && row.sum === expected.md5;
    print(`  file:  ${expected.rows} rows, md5 ${expected.md5}`);
    print(
      `  table: ${row?.n} rows, ${row?.ids} distinct ids, md5 ${row?.sum}; ${row?.jobs} jobs inserted ${row?.inserted} rows in all`,
    );
    print(
      `  lost ${expected.rows - (row?.ids ?? 0)}, doubled ${(row?.n ?? 0) - (row?.ids ?? 0)}, checksum ${row?.sum === expected.md5 ? "equal" : "DIFFERENT"}: ${ok ? "PASS" : "FAIL"}`,
    );
    return ok;
  } finally {
    await db.close();
  }
}

/** Run the import child; SIGKILL it once it has committed `killAfter` rows (0: at its first sign of life). */
function runChild(
  args: string[],
  killAfter: number | undefined,
): Promise<{ read: number; exited: boolean; summary: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "bench/import-child.ts"), ...args],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let read = 0;
    let killed = false;
    let summary = "";
    const kill = () => {
      if (killed) return;
      killed = true;
      child.kill("SIGKILL");
    };
    // Point 0: as soon as the process runs (it is opening the database or creating its job).
    if (killAfter === 0) setTimeout(kill, 1500);
    createInterface({ input: child.stderr }).on("line", (line) => {
      const m = /^progress (\d+)$/.exec(line);
      if (!m) return;
      read = Number(m[1]);
      if (killAfter !== undefined && killAfter > 0 && read >= killAfter) kill();
    });
    child.stdout.on("data", (d: Buffer) => {
      summary += d.toString();
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (killAfter === undefined && code !== 0)
        reject(new Error(`the last import run failed (exit ${code}, ${signal})`));
      else resolve({ read, exited: signal !== "SIGKILL", summary: summary.trim() });
    });
  });
}

/** md5 of the file's data lines joined by newlines, and their count. */
async function fileChecksum(file: string): Promise<{ rows: number; md5: string }> {
  const hash = createHash("md5");
  let rows = 0;
  let header = true;
  for await (const line of createInterface({
    input: createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    if (header) {
      header = false;
      continue;
    }
    if (line === "") continue;
    hash.update(rows === 0 ? line : `\n${line}`);
    rows++;
  }
  return { rows, md5: hash.digest("hex") };
}
