/**
 * Start bench/paths-server.ts as a child on `port` and talk to it: its URL and keys, its RSS, its
 * row counts. Benchmarks measure the server in its own process so the figures are the server's.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";

/** A running bench server. */
export interface ChildServer {
  url: string;
  key: string;
  writeKey: string;
  /** Ask the child something (`rss`, `count`) and wait for its answer. */
  ask<T>(message: "rss" | "count"): Promise<T>;
  stop(): Promise<void>;
}

/** Spawn the app on `port` (inside the engineer's port range) over an in-memory database. */
export async function startChildServer(port: number): Promise<ChildServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", new URL("./paths-server.ts", import.meta.url).pathname, String(port)],
    { stdio: ["ignore", "pipe", "inherit", "ipc"] },
  );
  const lines = createInterface({ input: child.stdout! });
  const [first] = (await once(lines, "line")) as [string];
  const info = JSON.parse(first) as { url: string; key: string; writeKey: string };
  return {
    ...info,
    async ask<T>(message: "rss" | "count") {
      child.send(message);
      const [answer] = (await once(child, "message")) as [T];
      return answer;
    },
    async stop() {
      child.send("stop");
      await once(child, "exit");
    },
  };
}
