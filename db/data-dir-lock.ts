/**
 * One writer per embedded database. PGlite is single-process: two processes on one DATA_DIR each
 * keep their own copy in memory and overwrite each other's files. Whoever opens the directory
 * first holds `DATA_DIR/service.lock`; everyone else is refused with a line naming the holder, or
 * (keys, ask) talks to the holder's HTTP service instead.
 *
 * Protocol:
 * - acquire: write the lock's JSON to a private temp file, then `link()` it to `service.lock`.
 *   link is atomic and fails if the name exists, so exactly one process wins and the lock never
 *   exists half-written.
 * - stale lock (its holder is not running, or its pid now belongs to another program): taken over
 *   with a log line. Takeovers are serialized by a short-lived guard file (`service.lock.takeover`),
 *   and the taker re-reads the lock under the guard, so a live lock is never removed. A guard left
 *   by a process killed inside those few milliseconds is itself removed once its holder is dead.
 * - release: on close, and on process exit (also after SIGINT/SIGTERM, which the CLIs and the
 *   server turn into an orderly exit). SIGKILL leaves the file behind: that is the stale case.
 * - the service (`npm start`) adds its URL to the lock after it listens, and writes a random
 *   operator token to `service.token` (mode 0600, only the owner can read it) so `npm run keys`
 *   run by the same user can manage keys through it.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, unlinkSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { AppError } from "../lib/errors.ts";
import type { Logger } from "../lib/logger.ts";
import { currentProcessIdentity, processLiveness } from "./process-liveness.ts";

export const LOCK_FILE = "service.lock";
export const TOKEN_FILE = "service.token";
const GUARD_FILE = "service.lock.takeover";

export const lockInfoSchema = z.object({
  pid: z.number().int().positive(),
  startTicks: z.string().nullable(),
  hostname: z.string(),
  /** What holds it, e.g. "npm start" or "npm run seed". */
  command: z.string(),
  startedAt: z.string(),
  /** Random per acquisition: tells our own lock from a later holder's. */
  nonce: z.string(),
  /** Set by the service once it listens. */
  url: z.string().optional(),
});
export type LockInfo = z.infer<typeof lockInfoSchema>;

export interface DataDirLock {
  readonly dir: string;
  readonly info: LockInfo;
  /**
   * Tell other processes how to reach this service: write the operator token to `service.token`
   * (mode 0600) first, then add `url` to the lock, so a reader that sees the URL finds the token.
   */
  publishService(url: string, operatorToken: string): Promise<void>;
  /** Remove the lock (and the token file) if they are still ours. Idempotent and synchronous. */
  release(): void;
}

/** What `readLock` found in a directory. */
export type LockState =
  | { state: "free" }
  | { state: "held"; info: LockInfo; note?: string }
  | { state: "stale"; info: LockInfo; reason: string };

/**
 * Take the lock on `dir` (created if missing) or throw `db.locked` naming the process that holds
 * it. A stale lock is taken over and logged.
 */
export async function acquireDataDirLock(
  dir: string,
  opts: { command: string; logger?: Logger },
): Promise<DataDirLock> {
  const absDir = path.resolve(dir);
  mkdirSync(absDir, { recursive: true });
  const lockPath = path.join(absDir, LOCK_FILE);
  const info: LockInfo = {
    ...currentProcessIdentity(),
    command: opts.command,
    startedAt: new Date().toISOString(),
    nonce: randomBytes(12).toString("hex"),
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await linkNew(lockPath, JSON.stringify(info), 0o644)) return heldLock(absDir, info);
    const found = await readLock(absDir);
    if (found.state === "free") continue; // released between our link and our read
    if (found.state === "held") throw lockedError(absDir, found.info, found.note);
    const tookOver = await withGuard(absDir, async () => {
      const again = await readLock(absDir);
      if (again.state !== "stale" || again.info.nonce !== found.info.nonce) return false;
      await fs.rm(lockPath, { force: true });
      await fs.rm(path.join(absDir, TOKEN_FILE), { force: true });
      return true;
    });
    if (tookOver) {
      const line = `took over a stale lock on ${absDir}: ${found.reason} (left by '${found.info.command}')`;
      // CLIs without a logger still say it, on stderr (their stdout may be piped, e.g. a new key).
      if (opts.logger) {
        opts.logger.warn(
          { dataDir: absDir, stalePid: found.info.pid, staleCommand: found.info.command },
          line,
        );
      } else process.stderr.write(`warning: ${line}\n`);
    }
  }
  throw new AppError("db.locked", `could not take the lock on ${absDir}: it keeps changing hands`);
}

/** Read and judge the lock in `dir` (absolute or relative). */
export async function readLock(dir: string): Promise<LockState> {
  const lockPath = path.join(dir, LOCK_FILE);
  let text: string;
  try {
    text = await fs.readFile(lockPath, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { state: "free" };
    throw new AppError("db.locked", `${lockPath} exists but cannot be read: ${(e as Error).message}`, {
      cause: e,
    });
  }
  const parsed = safeJson(text);
  if (!parsed.success) {
    // Written by something else (we never write a partial lock): refuse rather than guess.
    throw new AppError(
      "db.locked",
      `${lockPath} is not a lock this service wrote; if no process uses ${dir}, delete it`,
    );
  }
  const live = processLiveness(parsed.data);
  if (!live.alive) return { state: "stale", info: parsed.data, reason: live.reason };
  return { state: "held", info: parsed.data, note: "unverifiable" in live ? live.unverifiable : undefined };
}

/** The one-line refusal: which process holds the directory and how to reach it. */
export function describeHolder(info: LockInfo): string {
  const where = info.url ? `, ${info.url}` : "";
  return `'${info.command}' (pid ${info.pid}${where}, since ${info.startedAt})`;
}

function lockedError(dir: string, info: LockInfo, note?: string): AppError {
  const hint = info.url
    ? "stop it first, or use its API (npm run keys and npm run ask go through it)"
    : info.command === "npm start"
      ? "it is still starting; try again once it listens"
      : "wait for it to finish or stop it";
  return new AppError(
    "db.locked",
    `the embedded database in ${dir} is in use by ${describeHolder(info)}${note ? ` [${note}]` : ""}: ${hint}`,
    { details: { pid: info.pid, url: info.url, command: info.command } },
  );
}

function heldLock(dir: string, info: LockInfo): DataDirLock {
  const lockPath = path.join(dir, LOCK_FILE);
  const tokenPath = path.join(dir, TOKEN_FILE);
  let current = info;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    // Synchronous: this also runs inside process.on("exit"), where nothing async completes.
    let text: string | undefined;
    try {
      text = readFileSync(lockPath, "utf8");
    } catch {
      return; // already gone
    }
    const onDisk = safeJson(text);
    if (!onDisk.success || onDisk.data.nonce !== info.nonce) return; // someone else's by now
    if (current.url) unlinkQuiet(tokenPath);
    unlinkQuiet(lockPath);
  };
  // Runs on process.exit() and normal exit; signals are turned into exits by the entry points.
  process.on("exit", release);
  return {
    dir,
    get info() {
      return current;
    },
    async publishService(url, operatorToken) {
      if (released) throw new AppError("internal", "the data directory lock was already released");
      await writeReplacing(tokenPath, `${operatorToken}\n`, 0o600);
      current = { ...current, url };
      await writeReplacing(lockPath, JSON.stringify(current), 0o644);
    },
    release,
  };
}

/** Create `target` holding `text` only if it does not exist: write a temp file, then link it. */
async function linkNew(target: string, text: string, mode: number): Promise<boolean> {
  const temp = `${target}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  await fs.writeFile(temp, text, { mode, flag: "wx" });
  try {
    await fs.link(temp, target);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** Replace `target` atomically (temp file + rename) with the given mode. */
async function writeReplacing(target: string, text: string, mode: number): Promise<void> {
  const temp = `${target}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  await fs.writeFile(temp, text, { mode, flag: "wx" });
  await fs.chmod(temp, mode); // the umask may have widened nothing, but make the mode exact
  await fs.rename(temp, target);
}

/**
 * Run `fn` while holding the takeover guard. The guard lives for milliseconds; one left by a
 * killed process is removed once its holder is dead.
 */
async function withGuard<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const guardPath = path.join(dir, GUARD_FILE);
  const me = JSON.stringify({ ...currentProcessIdentity(), nonce: randomBytes(12).toString("hex") });
  for (let attempt = 0; attempt < 500; attempt++) {
    if (await linkNew(guardPath, me, 0o644)) {
      try {
        return await fn();
      } finally {
        await fs.rm(guardPath, { force: true });
      }
    }
    const text = await fs.readFile(guardPath, "utf8").catch(() => undefined);
    const holder = text === undefined ? undefined : parseJson(guardSchema, text);
    if (holder?.success && !processLiveness(holder.data).alive) {
      await fs.rm(guardPath, { force: true });
      continue;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new AppError("db.locked", `${guardPath} is held for too long; if no process uses ${dir}, delete it`);
}

function unlinkQuiet(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

const guardSchema = lockInfoSchema.pick({ pid: true, startTicks: true, hostname: true, nonce: true });

function safeJson(text: string) {
  return parseJson(lockInfoSchema, text);
}

function parseJson<T>(schema: z.ZodType<T>, text: string) {
  try {
    return schema.safeParse(JSON.parse(text));
  } catch {
    return schema.safeParse(undefined);
  }
}
