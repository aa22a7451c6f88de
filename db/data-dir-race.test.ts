/**
 * Regression for issue #11 ("two processes on one embedded database"; once the directory would not
 * open): real processes race for one DATA_DIR, 20 rounds, and one of them is killed with SIGKILL
 * at a different point each round. Every round: at most one process holds the directory, the
 * other is refused in one line naming it, and the next opener finds every row a writer reported
 * committed. At the end the directory opens fine.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./connect.ts";
import { LOCK_FILE } from "./data-dir-lock.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ROUNDS = 20;

interface Racer {
  child: ChildProcess;
  lines: string[];
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first stdout line matching `re` (never rejects; hangs if none comes). */
  waitFor(re: RegExp): Promise<string>;
}

function race(dir: string, script: string, args: string[]): Racer {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { DATA_DIR: dir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const waiters: Array<{ re: RegExp; resolve: (l: string) => void }> = [];
  let err = "";
  let buffered = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let i = buffered.indexOf("\n"); i >= 0; i = buffered.indexOf("\n")) {
      const line = buffered.slice(0, i);
      buffered = buffered.slice(i + 1);
      lines.push(line);
      for (const w of waiters.filter((w) => w.re.test(line))) w.resolve(line);
    }
  });
  child.stderr!.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    lines,
    stderr: () => err,
    exited,
    waitFor: (re) =>
      new Promise((resolve) => {
        const hit = lines.find((l) => re.test(l));
        if (hit) resolve(hit);
        else waiters.push({ re, resolve });
      }),
  };
}

/** A CLI that took over the lock a killed racer left says so first, on stderr. */
const TAKEOVER =
  "(warning: took over a stale lock on .+: process \\d+ is not running \\(left by '[^']+'\\)\\n)?";

const refusal = (command: string, pid: number) =>
  new RegExp(
    `^${TAKEOVER}error: the embedded database in .+ is in use by '${command}' \\(pid ${pid}, since [^)]+\\): wait for it to finish or stop it\\n$`,
  );

describe("one writer per DATA_DIR, with processes racing and killed", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "data-dir-race-"));
    const db = await openDatabase({ dataDir: dir, command: "test setup" });
    await db.exec(`CREATE TABLE race_rows (id serial PRIMARY KEY, pad text);
      INSERT INTO organizations (slug, name, time_zone, currency, industry)
      VALUES ('acme', 'Acme Outdoor', 'America/New_York', 'USD', 'ecommerce')`);
    await db.close();
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it(`keeps the directory whole over ${ROUNDS} rounds of a writer racing npm run keys, one killed each round`, async () => {
    let durable = 0; // the most rows any writer reported committed
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const writer = race(dir, "db/data-dir-race-child.ts", [dir]);
      const keys = race(dir, "api/cli/keys.ts", ["list", "--org", "acme"]);
      const mode = round % 4;
      // Where this round's SIGKILL lands: while starting, right after opening, mid-inserts, or the CLI.
      const kill = (r: Racer) =>
        r.child.exitCode === null && r.child.signalCode === null && r.child.kill("SIGKILL");
      if (mode === 0) setTimeout(() => kill(writer), 300 + round * 40);
      if (mode === 1) void writer.waitFor(/^opened/).then(() => kill(writer));
      if (mode === 2) void writer.waitFor(/^committed/).then(() => kill(writer));
      if (mode === 3) setTimeout(() => kill(keys), 900 + round * 40);

      const [w, k] = await Promise.all([writer.exited, keys.exited]);
      const opened = writer.lines.find((l) => l.startsWith("opened"));
      if (opened) {
        const rows = Number(/rows=(\d+)/.exec(opened)![1]);
        expect(rows, `round ${round}: rows committed before were lost`).toBeGreaterThanOrEqual(durable);
      }
      for (const l of writer.lines)
        if (l.startsWith("committed")) durable = Math.max(durable, Number(l.split(" ")[1]));

      const writerRefused = w.code === 1 && !opened;
      const keysRefused = k.code === 1;
      if (writerRefused)
        expect(writer.stderr(), `round ${round}`).toMatch(refusal("npm run keys", keys.child.pid!));
      if (keysRefused)
        expect(keys.stderr(), `round ${round}`).toMatch(refusal("race writer", writer.child.pid!));
      expect(writerRefused && keysRefused, `round ${round}: each refused naming the other`).toBe(false);
      if (w.code === 0) expect(writer.lines.at(-1)).toBe("closed");
      if (k.code === 0) expect(keys.stderr()).toMatch(new RegExp(`^${TAKEOVER}$`));
      outcomes.push(
        `${w.signal ?? (writerRefused ? "refused" : w.code)}/${k.signal ?? (keysRefused ? "refused" : k.code)}`,
      );
    }
    // Some rounds must really have killed a holder, or the test proved nothing about stale locks.
    expect(outcomes.filter((o) => o.startsWith("SIGKILL")).length).toBeGreaterThanOrEqual(ROUNDS / 4);

    const db = await openDatabase({ dataDir: dir, command: "test check" });
    const [{ n }] = (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM race_rows")) as [
      { n: number },
    ];
    expect(n).toBeGreaterThanOrEqual(durable);
    expect(durable).toBeGreaterThan(0);
    await db.close();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    console.log(
      `data-dir race: ${ROUNDS} rounds (writer/keys): ${outcomes.join(" ")}; ${n} rows, ${durable} reported committed`,
    );
  }, 900_000);
});
