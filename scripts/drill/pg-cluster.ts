/**
 * A throwaway PostgreSQL cluster that can be stopped and started again: what scripts/pg-throwaway.sh
 * does (initdb with trust auth, loopback only, a temp dir, as the postgres user when run as root),
 * plus `stop("immediate")` and `start()` for the database-loss drill. Each drill owns its cluster,
 * so stopping it never disturbs the shared TEST_DATABASE_URL server of other tests.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import pg from "pg";
import { postgresBinDir } from "../../lib/env.ts";
import { freePort, type PortRange } from "./ports.ts";

const run = promisify(execFile);

/** initdb and pg_ctl's directory: PGBIN, else the newest /usr/lib/postgresql/<version>/bin; null if none. */
export function findPostgresBin(): string | null {
  const has = (dir: string) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"));
  const fromEnv = postgresBinDir();
  if (fromEnv) return has(fromEnv) ? fromEnv : null;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const dir = path.join(root, v, "bin");
    if (has(dir)) return dir;
  }
  return null;
}

export interface PgCluster {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  dir: string;
  /**
   * Start the server and wait until it accepts connections; resolves with the `performance.now()`
   * at which a probe first connected and ran `SELECT 1` (not when `pg_ctl` returned: on a loaded
   * machine the program itself can take a second to start, poll and exit).
   */
  start(): Promise<number>;
  /** `pg_ctl stop -m <mode>`; "immediate" is a crash: no shutdown checkpoint, clients cut off. */
  stop(mode: "immediate" | "fast"): Promise<void>;
  /** Stop (fast) and delete everything. */
  destroy(): Promise<void>;
}

/** Run a server program as the postgres user when we are root (initdb refuses to run as root). */
async function asPostgres(bin: string, args: string[]): Promise<void> {
  const root = process.getuid?.() === 0;
  await run(root ? "runuser" : bin, root ? ["-u", "postgres", "--", bin, ...args] : args, {
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** How often the readiness probe tries to connect while the server starts (pg_isready in a loop). */
const PROBE_INTERVAL_MS = 20;

/** One connection attempt: true when the server accepted it and answered `SELECT 1`. */
async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  // A socket error after connect would otherwise be an uncaught 'error' event.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Probe `url` until it accepts a connection, from now until `done()` says to give up (pg_ctl
 * failed): the time of the first success, or undefined.
 */
async function firstAccepted(url: string, done: () => boolean): Promise<number | undefined> {
  for (;;) {
    const t = performance.now();
    if (await accepts(url)) return t;
    if (done()) return undefined;
    await sleep(PROBE_INTERVAL_MS);
  }
}

/** Create and start a throwaway cluster on a free loopback port (from `ports` when given). */
export async function createPgCluster(binDir: string, ports?: PortRange): Promise<PgCluster> {
  const dir = await mkdtemp(path.join(tmpdir(), "pg-drill-"));
  if (process.getuid?.() === 0) await run("chown", ["postgres", dir]);
  const data = path.join(dir, "data");
  const port = await freePort(ports);
  const pgCtl = path.join(binDir, "pg_ctl");
  await asPostgres(path.join(binDir, "initdb"), ["-A", "trust", "-U", "postgres", "-D", data]);
  // Durability settings off: the drill measures availability, not crash safety of the disk.
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const cluster: PgCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    async start() {
      // The probe runs beside pg_ctl: recovery is timed from the moment the server accepted a
      // connection. The attempt's start time is used, so the probe's own connect time is not counted.
      let failed = false;
      let returnedAt: number | undefined;
      const started = asPostgres(pgCtl, [
        "-D",
        data,
        "-l",
        path.join(dir, "log"),
        "-o",
        serverOptions,
        "-w",
        "start",
      ]).then(
        () => {
          returnedAt = performance.now();
        },
        (e: unknown) => {
          failed = true;
          throw e;
        },
      );
      // Give up when pg_ctl failed, or 30 s after it said the server was up.
      const giveUp = () => failed || (returnedAt !== undefined && performance.now() - returnedAt > 30_000);
      const [, at] = await Promise.all([started, firstAccepted(cluster.url, giveUp)]);
      if (at === undefined) throw new Error("PostgreSQL did not accept connections after pg_ctl start");
      return at;
    },
    stop: (mode) => asPostgres(pgCtl, ["-D", data, "-m", mode, "-w", "stop"]),
    async destroy() {
      await cluster.stop("fast").catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
  try {
    await cluster.start();
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  return cluster;
}
