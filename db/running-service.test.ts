import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import { createServer, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, LOCK_FILE, TOKEN_FILE } from "./data-dir-lock.ts";
import { callService, findRunningService } from "./running-service.ts";

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "running-service-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("findRunningService", () => {
  it("finds the listening service with its operator token", async () => {
    const lock = await acquireDataDirLock(dir, { command: "npm start" });
    expect(await findRunningService(dir)).toBeUndefined(); // holding, not listening yet
    await lock.publishService("http://127.0.0.1:4299", "mko_token");
    expect(await findRunningService(dir)).toEqual({
      pid: process.pid,
      url: "http://127.0.0.1:4299",
      command: "npm start",
      token: "mko_token",
    });
    lock.release();
    expect(await findRunningService(dir)).toBeUndefined();
  });

  it("ignores a dead service's lock and one from another host", async () => {
    const dead = Number(
      spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]).stdout,
    );
    const lock = (pid: number, hostname: string) =>
      JSON.stringify({
        pid,
        startTicks: null,
        hostname,
        command: "npm start",
        startedAt: "2026-12-01T00:00:00.000Z",
        nonce: "n",
        url: "http://127.0.0.1:4299",
      });
    await fs.writeFile(path.join(dir, TOKEN_FILE), "mko_old\n");
    await fs.writeFile(path.join(dir, LOCK_FILE), lock(dead, os.hostname()));
    expect(await findRunningService(dir)).toBeUndefined();
    await fs.writeFile(path.join(dir, LOCK_FILE), lock(process.pid, "elsewhere"));
    expect(await findRunningService(dir)).toBeUndefined();
  });

  it("says so in one line when the token cannot be read", async () => {
    const lock = await acquireDataDirLock(dir, { command: "npm start" });
    await lock.publishService("http://127.0.0.1:4299", "mko_token");
    await fs.rm(path.join(dir, TOKEN_FILE));
    await expect(findRunningService(dir)).rejects.toThrow(
      `the service 'npm start' (pid ${process.pid}, http://127.0.0.1:4299) holds ${dir}, but its operator token ${path.join(dir, TOKEN_FILE)} cannot be read (ENOENT); run this as the user who started it`,
    );
    lock.release();
  });
});

describe("callService", () => {
  let server: Server;
  let url: string;
  beforeEach(async () => {
    server = createServer((req, res) => {
      if (req.url === "/missing") {
        res.writeHead(404, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { code: "not_found", message: "no active key 9 in acme" } }));
      } else if (req.url === "/gone") {
        res.writeHead(204).end();
      } else {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ auth: req.headers.authorization }));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("sends the bearer token and returns the JSON body (undefined for 204)", async () => {
    const svc = { url, pid: 1 };
    expect(await callService(svc, { method: "GET", path: "/", bearer: "mko_x" })).toEqual({
      auth: "Bearer mko_x",
    });
    expect(await callService(svc, { method: "DELETE", path: "/gone", bearer: "mko_x" })).toBeUndefined();
  });

  it("turns an error response into the service's own message", async () => {
    await expect(
      callService({ url, pid: 1 }, { method: "GET", path: "/missing", bearer: "b" }),
    ).rejects.toMatchObject({
      code: "not_found",
      message: `no active key 9 in acme (service at ${url})`,
    });
  });
});
