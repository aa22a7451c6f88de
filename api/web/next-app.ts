/**
 * The web app (Next.js, in `app/`) inside the API's own process and port: Express serves /api,
 * /agents, /auth, /health and Slack first, then hands every other path to Next's request handler.
 *
 * The production build lives in app/.next (not in git). `npm start` builds it once when it is
 * missing or was built from other sources (a fingerprint of app/ is stored beside it); `start()`
 * itself never builds, so tests that start the service do not pay for a build.
 */
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { RequestHandler } from "express";
import { childEnv } from "../../lib/env.ts";

/** The Next.js project directory. */
export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../app");
const BUILD_DIR = ".next";
const FINGERPRINT_FILE = "source-fingerprint";
/** Not part of the build: the browser tests and generated files. */
const SKIP = new Set([BUILD_DIR, "node_modules", "e2e", "next-env.d.ts", "tsconfig.tsbuildinfo"]);

async function listSources(dir: string, rel = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.endsWith(".test.ts") || entry.name.endsWith(".md")) continue;
    const p = path.join(rel, entry.name);
    if (entry.isDirectory()) out.push(...(await listSources(dir, p)));
    else out.push(p);
  }
  return out.sort();
}

/** A hash of the web app's sources and Next's version: a build made from other sources is stale. */
export async function sourceFingerprint(dir = WEB_DIR): Promise<string> {
  const hash = createHash("sha256");
  const nextPkg = path.resolve(dir, "../node_modules/next/package.json");
  hash.update(existsSync(nextPkg) ? JSON.parse(await readFile(nextPkg, "utf8")).version : "none");
  for (const file of await listSources(dir)) {
    hash.update(`\0${file}\0`);
    hash.update(await readFile(path.join(dir, file)));
  }
  return hash.digest("hex");
}

/** "ready" when app/.next was built from exactly the current sources. */
export async function webBuildState(dir = WEB_DIR): Promise<"missing" | "stale" | "ready"> {
  if (!existsSync(path.join(dir, BUILD_DIR, "BUILD_ID"))) return "missing";
  const recorded = await readFile(path.join(dir, BUILD_DIR, FINGERPRINT_FILE), "utf8").catch(() => "");
  return recorded.trim() === (await sourceFingerprint(dir)) ? "ready" : "stale";
}

/**
 * `next build` in a child process (its output goes to `onLine`), then record the fingerprint.
 * Takes a few minutes on two cores; see app/README.md for the measured time.
 */
export async function buildWebApp(
  opts: { dir?: string; onLine?: (line: string) => void } = {},
): Promise<void> {
  const dir = opts.dir ?? WEB_DIR;
  const bin = path.resolve(dir, "../node_modules/next/dist/bin/next");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, "build"], {
      cwd: dir,
      // Nothing may reach the network at build or run time: no anonymous telemetry either.
      env: childEnv({ NEXT_TELEMETRY_DISABLED: "1" }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) opts.onLine?.(line);
    };
    child.stdout.on("data", forward);
    child.stderr.on("data", forward);
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build failed with exit code ${code}`)),
    );
  });
  // After the build: `next build` may add entries to app/tsconfig.json (once; it is committed so).
  await writeFile(path.join(dir, BUILD_DIR, FINGERPRINT_FILE), `${await sourceFingerprint(dir)}\n`);
}

/**
 * The Content-Security-Policy for the web app's pages: scripts only from this origin or carrying
 * this response's nonce (Next reads the nonce from the request's CSP header and puts it on its
 * inline scripts), no framing, no plugins. Styles allow inline attributes (React and Vega use them).
 */
export function webContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The part of Next's programmatic API used here (typed locally: Next's own types declare globals). */
type NextFactory = (opts: { dev: boolean; dir: string; quiet: boolean }) => {
  prepare(): Promise<void>;
  getRequestHandler(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
};

/** Load the built app and return an Express handler for it (after `next.prepare()`). */
export async function createWebHandler(opts: { dir?: string } = {}): Promise<RequestHandler> {
  const moduleName: string = "next";
  const next = ((await import(moduleName)) as { default: NextFactory }).default;
  const nextApp = next({ dev: false, dir: opts.dir ?? WEB_DIR, quiet: true });
  await nextApp.prepare();
  const handle = nextApp.getRequestHandler();
  return (req, res, nextMiddleware) => {
    const nonce = randomBytes(16).toString("base64");
    const policy = webContentSecurityPolicy(nonce);
    req.headers["content-security-policy"] = policy;
    res.setHeader("Content-Security-Policy", policy);
    handle(req, res).catch(nextMiddleware);
  };
}
