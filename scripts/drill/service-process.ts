/**
 * The real service (`api/main.ts`, what `npm start` runs) as a child process, so a crash in it is
 * a crash of a separate process we can observe, exactly as an operator would see it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { childEnv } from "../../lib/env.ts";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface ServiceProcess {
  url: string;
  pid: number;
  /** Where the child's stdout and stderr go. */
  logFile: string;
  /** Undefined while running; the exit code or signal once it has exited. */
  exited(): { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** The last `lines` lines of the child's log (for failure reports). */
  logTail(lines?: number): Promise<string>;
  /** SIGTERM, then wait for exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Start `api/main.ts` with `env` (on top of this process's environment) and wait until
 * `GET /health/live` answers, or fail after `readyTimeoutMs` (seeding demo data takes a while).
 */
export async function startServiceProcess(opts: {
  env: Record<string, string>;
  port: number;
  logFile: string;
  readyTimeoutMs?: number;
}): Promise<ServiceProcess> {
  const log = createWriteStream(opts.logFile);
  // One process (tsx as a loader, not tsx's CLI wrapper), so the pid we watch is the service itself.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "api/main.ts"], {
    cwd: REPO_ROOT,
    // WEB_APP=0: the drill exercises the API; building the web app would only slow its start.
    env: childEnv({ WEB_APP: "0", ...opts.env, PORT: String(opts.port), HOST: "127.0.0.1" }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitedPromise = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    }),
  );
  const url = `http://127.0.0.1:${opts.port}`;
  const service: ServiceProcess = {
    url,
    pid: child.pid ?? -1,
    logFile: opts.logFile,
    exited: () => exit,
    async logTail(lines = 30) {
      const text = await readFile(opts.logFile, "utf8").catch(() => "");
      return text.split("\n").slice(-lines).join("\n");
    },
    async stop(graceMs = 15_000) {
      if (exit) return exit;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      const out = await exitedPromise;
      clearTimeout(timer);
      log.end();
      return out;
    },
  };

  const deadline = Date.now() + (opts.readyTimeoutMs ?? 300_000);
  while (Date.now() < deadline) {
    if (exit) {
      throw new Error(
        `the service exited during startup (${JSON.stringify(exit)}):\n${await service.logTail()}`,
      );
    }
    const ok = await fetch(`${url}/health/live`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return service;
    await sleep(250);
  }
  await service.stop();
  throw new Error(
    `the service was not live after ${opts.readyTimeoutMs ?? 300_000} ms:\n${await service.logTail()}`,
  );
}
