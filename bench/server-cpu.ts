/**
 * CPU time a local PostgreSQL server spends, read from /proc: on a shared machine wall time is
 * mostly waiting for a CPU, so benchmarks (agent, semantic) also report CPU both sides.
 */
import { readFileSync } from "node:fs";
import type { Database } from "../db/database.ts";

/** Reads the server's CPU time in ms; `refresh` re-reads which processes the server has. */
export type ServerClock = (() => number) & { refresh(): Promise<void> };

/**
 * The CPU time, in ms, that a local PostgreSQL server's processes have run: the sum of the first
 * field of /proc/<pid>/schedstat (nanoseconds on a CPU) over its processes. Undefined when the
 * server is not on this machine (or /proc is not readable), so the figure is left out.
 */
export async function serverCpuClock(db: Database): Promise<ServerClock | undefined> {
  if (db.kind !== "postgres") return undefined;
  const ranMs = (pid: number) => {
    try {
      return Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
    } catch {
      return 0; // a backend that has exited since
    }
  };
  const pids = async () =>
    (await db.query<{ pid: number }>("SELECT pid FROM pg_stat_activity")).map((r) => r.pid);
  const first = await pids();
  if (!first.some((pid) => ranMs(pid) > 0)) return undefined;
  // The process list is read before each measured window (a query of its own, so never inside
  // one): a connection the pool opens during a window is not counted, which the pool rarely does
  // once warm with one request in flight.
  let current = first;
  return Object.assign(() => current.reduce((sum, pid) => sum + ranMs(pid), 0), {
    refresh: async () => {
      current = await pids();
    },
  });
}
