/**
 * Browser-test harness: the real service (`api/main.ts`, as `npm start` runs it) on a fresh
 * DATA_DIR with a small demo data set and a pinned clock, and Debian's Chromium driven by
 * playwright-core. Keys for the other roles and organization come from the keys API through the
 * local operator token, exactly as `npm run keys` gets them.
 */

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { findRunningService } from "../../db/running-service.ts";
import { type ServiceProcess, startServiceProcess } from "../../scripts/drill/service-process.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.ts";

export { CHROMIUM, CHROMIUM_ARGS };

export interface WebHarness {
  url: string;
  dataDir: string;
  service: ServiceProcess;
  browser: Browser;
  keys: { admin: string; viewer: string; betaAdmin: string };
  close(): Promise<void>;
}

async function createKey(url: string, token: string, org: string, role: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/keys?org=${org}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ role, name: `browser test ${role}` }),
  });
  if (res.status !== 201)
    throw new Error(`creating a ${role} key for ${org}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { secret: string }).secret;
}

/** A free loopback port in 4200-4249 (a fixed range, so parallel work on one machine can share it out). */
export async function portInRange(from = 4200, to = 4250): Promise<number> {
  for (let port = from; port < to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once("error", () => resolve(false));
      s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}-${to - 1}`);
}

/** Start the service (the web app must be built: `npm run web:build`) and Chromium. */
export async function startWebHarness(): Promise<WebHarness> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "web-e2e-"));
  const port = await portInRange();
  const service = await startServiceProcess({
    env: {
      DATA_DIR: dataDir,
      DEMO_SCALE: "0.05",
      NOW: "2026-11-01",
      LOG_LEVEL: "warn",
      WEB_APP: "1",
      // The schedules test delivers to a webhook receiver on loopback.
      WEBHOOK_ALLOW_PRIVATE: "1",
    },
    port,
    logFile: path.join(dataDir, "service.log"),
    readyTimeoutMs: 600_000,
  });
  // The service publishes its operator token just after it starts listening.
  let running = await findRunningService(dataDir);
  for (let i = 0; !running && i < 600; i++) {
    await new Promise((r) => setTimeout(r, 100));
    running = await findRunningService(dataDir);
  }
  if (!running) throw new Error("the service published no operator token");
  const admin = readFileSync(path.join(dataDir, "first-admin-key.txt"), "utf8").trim();
  const keys = {
    admin,
    viewer: await createKey(service.url, running.token, "acme", "viewer"),
    betaAdmin: await createKey(service.url, running.token, "beta-bikes", "admin"),
  };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    url: service.url,
    dataDir,
    service,
    browser,
    keys,
    async close() {
      await browser.close();
      await service.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const AXE_SOURCE = readFileSync(
  path.resolve(import.meta.dirname, "../../node_modules/axe-core/axe.min.js"),
  "utf8",
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core over the page as it is now: the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) still holds.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
    }));
}

/** Sign in on the sign-in page with `key`. */
export async function signIn(page: Page, url: string, key: string): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel("API key").fill(key);
  await page.getByRole("button", { name: "Sign in" }).click();
}
