import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../lib/logger.ts";
import { acquireDataDirLock, LOCK_FILE, type LockInfo, readLock, TOKEN_FILE } from "./data-dir-lock.ts";
import { processStartTicks } from "./process-liveness.ts";

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lock-test-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

async function writeLock(info: Partial<LockInfo>): Promise<void> {
  const full: LockInfo = {
    pid: 1,
    startTicks: null,
    hostname: os.hostname(),
    command: "npm start",
    startedAt: "2026-12-01T00:00:00.000Z",
    nonce: "old",
    ...info,
  };
  await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify(full));
}

function warnings() {
  const lines: string[] = [];
  const logger = Object.assign(Object.create(silentLogger), {
    warn: (_obj: unknown, msg: string) => lines.push(msg),
  }) as typeof silentLogger;
  return { lines, logger };
}

describe("acquireDataDirLock", () => {
  it("writes the holder into service.lock and refuses a second holder naming it", async () => {
    const lock = await acquireDataDirLock(dir, { command: "npm run seed" });
    const onDisk = JSON.parse(readFileSync(path.join(dir, LOCK_FILE), "utf8")) as LockInfo;
    expect(onDisk).toMatchObject({ pid: process.pid, command: "npm run seed", hostname: os.hostname() });
    expect(onDisk.startTicks).toBe(processStartTicks(process.pid));

    const second = acquireDataDirLock(dir, { command: "npm run export" });
    await expect(second).rejects.toMatchObject({ code: "db.locked", details: { pid: process.pid } });
    await expect(second).rejects.toThrow(
      `the embedded database in ${dir} is in use by 'npm run seed' (pid ${process.pid}, since ${onDisk.startedAt}): wait for it to finish or stop it`,
    );
    lock.release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    (await acquireDataDirLock(dir, { command: "npm run export" })).release();
  });

  it("creates the directory when it does not exist yet", async () => {
    const nested = path.join(dir, "a", "b");
    const lock = await acquireDataDirLock(nested, { command: "npm start" });
    expect(existsSync(path.join(nested, LOCK_FILE))).toBe(true);
    lock.release();
  });

  it("takes over a lock whose process is not running, with a log line", async () => {
    const pid = deadPid();
    await writeLock({ pid, command: "npm run keys" });
    const { lines, logger } = warnings();
    const lock = await acquireDataDirLock(dir, { command: "npm start", logger });
    expect(lock.info.pid).toBe(process.pid);
    expect(lines).toEqual([
      `took over a stale lock on ${dir}: process ${pid} is not running (left by 'npm run keys')`,
    ]);
    lock.release();
  });

  it.skipIf(processStartTicks(process.pid) === null)(
    "takes over a lock whose pid now belongs to another program (pid reuse)",
    async () => {
      await writeLock({ pid: process.ppid, startTicks: "1" });
      const { lines, logger } = warnings();
      const lock = await acquireDataDirLock(dir, { command: "npm start", logger });
      expect(lines).toEqual([
        `took over a stale lock on ${dir}: pid ${process.ppid} now belongs to another program (left by 'npm start')`,
      ]);
      lock.release();
    },
  );

  it("removes the operator token a dead service left behind", async () => {
    await writeLock({ pid: deadPid(), url: "http://127.0.0.1:1" });
    await fs.writeFile(path.join(dir, TOKEN_FILE), "old-token\n");
    const lock = await acquireDataDirLock(dir, { command: "npm start" });
    expect(existsSync(path.join(dir, TOKEN_FILE))).toBe(false);
    lock.release();
  });

  it("lets exactly one of ten simultaneous takers win a stale lock", async () => {
    await writeLock({ pid: deadPid() });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => acquireDataDirLock(dir, { command: `taker ${i}` })),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => r.reason.code)).toEqual(
      Array(9).fill("db.locked"),
    );
    const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireDataDirLock>>>).value;
    expect((await readLock(dir)) as unknown).toMatchObject({
      state: "held",
      info: { nonce: winner.info.nonce },
    });
    winner.release();
  });

  it("counts a lock from another host as held (it cannot be checked from here)", async () => {
    await writeLock({ pid: deadPid(), hostname: "elsewhere" });
    await expect(acquireDataDirLock(dir, { command: "npm start" })).rejects.toThrow(
      "[held by a process on host 'elsewhere']",
    );
  });

  it("refuses a lock file it cannot parse instead of guessing", async () => {
    await fs.writeFile(path.join(dir, LOCK_FILE), "garbage");
    await expect(acquireDataDirLock(dir, { command: "npm start" })).rejects.toThrow(
      `${path.join(dir, LOCK_FILE)} is not a lock this service wrote; if no process uses ${dir}, delete it`,
    );
  });

  it("publishes the URL in the lock and the token in a file only its owner can read", async () => {
    const lock = await acquireDataDirLock(dir, { command: "npm start" });
    await lock.publishService("http://127.0.0.1:4242", "mko_secret");
    expect(readFileSync(path.join(dir, TOKEN_FILE), "utf8")).toBe("mko_secret\n");
    expect((await fs.stat(path.join(dir, TOKEN_FILE))).mode & 0o777).toBe(0o600);
    expect(await readLock(dir)).toMatchObject({ state: "held", info: { url: "http://127.0.0.1:4242" } });
    lock.release();
    expect(existsSync(path.join(dir, TOKEN_FILE))).toBe(false);
    expect(await readLock(dir)).toEqual({ state: "free" });
  });

  it("release leaves a lock alone that is no longer its own", async () => {
    const lock = await acquireDataDirLock(dir, { command: "npm start" });
    await writeLock({ pid: process.pid, nonce: "someone-else" });
    lock.release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(true);
  });
});
