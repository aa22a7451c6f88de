import { readFileSync } from "node:fs";
import os from "node:os";

/**
 * Who a process is, precisely enough to tell "still running" from "its pid was reused by another
 * program": the pid plus the kernel's start time of that pid (Linux /proc; null elsewhere).
 */
export interface ProcessIdentity {
  pid: number;
  /** Field 22 of /proc/<pid>/stat (clock ticks after boot); null where /proc is missing. */
  startTicks: string | null;
  hostname: string;
}

/** The start time of `pid` from /proc, or null (no /proc, or no such process). */
export function processStartTicks(pid: number): string | null {
  const stat = readProcStat(pid);
  return stat?.startTicks ?? null;
}

/** This process's identity, recorded in lock files. */
export function currentProcessIdentity(): ProcessIdentity {
  return { pid: process.pid, startTicks: processStartTicks(process.pid), hostname: os.hostname() };
}

export type Liveness =
  | { alive: true }
  | { alive: false; reason: string }
  /** A process on another host (a shared volume): we cannot check it, so it counts as alive. */
  | { alive: true; unverifiable: string };

/**
 * Whether the process that wrote `who` still runs: not when its pid is gone or a zombie, nor when
 * the pid now belongs to a process started at another time (pid reuse).
 * @example processLiveness({ pid: 999999, startTicks: null, hostname: os.hostname() })
 * // => { alive: false, reason: "process 999999 is not running" }
 */
export function processLiveness(who: ProcessIdentity): Liveness {
  if (who.hostname !== os.hostname()) {
    return { alive: true, unverifiable: `held by a process on host '${who.hostname}'` };
  }
  try {
    process.kill(who.pid, 0);
  } catch (e) {
    // EPERM: the pid exists but belongs to another user; it is alive.
    if ((e as NodeJS.ErrnoException).code !== "EPERM")
      return { alive: false, reason: `process ${who.pid} is not running` };
  }
  const stat = readProcStat(who.pid);
  if (stat?.state === "Z") return { alive: false, reason: `process ${who.pid} has exited (zombie)` };
  if (who.startTicks !== null && stat && stat.startTicks !== who.startTicks) {
    return { alive: false, reason: `pid ${who.pid} now belongs to another program` };
  }
  return { alive: true };
}

function readProcStat(pid: number): { state: string; startTicks: string } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // "pid (comm) state ppid ..." where comm may hold spaces and parentheses: split after the last ")".
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const state = fields[0];
  const startTicks = fields[19]; // field 22 overall; fields[] starts at field 3
  return state && startTicks ? { state, startTicks } : undefined;
}
