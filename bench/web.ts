/**
 * `npm run bench -- web [--scale=0.2] [--questions=20] [--fresh-clone]`: the web app in headless
 * Chromium on the real service (built app, fresh DATA_DIR under tmp/). Prints:
 *   - the time `npm start` needs on a fresh DATA_DIR (app already built) before the page loads,
 *   - Enter -> first streamed text (the lead line or the answer, whichever shows first) and
 *     Enter -> rendered chart, p50/p95 over N questions, against the baseline of the same
 *     question's JSON round trip on /agents/query measured in the same run,
 *   - the JavaScript the chat page ships (gzipped): at first load, and after the first chart
 *     (vega-embed is loaded on demand).
 * With --fresh-clone it first measures `npm start` in a fresh clone of HEAD (tmp/bench-web-clone:
 * no app/.next, fresh DATA_DIR; node_modules hard-linked, i.e. after `npm ci`) until the page loads:
 * the web build plus seeding, what the README's first two commands cost.
 * `--url=http://127.0.0.1:PORT` reuses a service already running on tmp/bench-web-data (no start
 * figure then). Ports 4290-4299.
 */
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { webBuildState } from "../api/web/next-app.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "../app/e2e/chromium.ts";
import { childEnv } from "../lib/env.ts";
import { startServiceProcess } from "../scripts/drill/service-process.ts";

const QUESTIONS = [
  "revenue by channel last month",
  "What was ROAS by channel last month vs the month before?",
  "spend by channel last week",
  "daily revenue over the last 30 days",
  "orders by channel last month",
  "CAC by channel last quarter",
  "revenue by campaign last month",
  "conversion rate by channel last month",
  "spend and revenue by platform last month",
  "ROAS by channel last 7 days",
];

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
function summary(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${pct(s, 50).toFixed(0)} ms, p95 ${pct(s, 95).toFixed(0)} ms (n=${s.length})`;
}

/** Wait until `url` answers 200 (the page loads), polling every 250 ms. */
async function waitFor200(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(url).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

/**
 * `npm start` in a fresh clone of HEAD (no app/.next, no DATA_DIR) until /sign-in answers 200: the
 * web build and the demo seeding a new user waits for. node_modules is hard-linked from this
 * checkout (the state right after `npm ci`, whose own time is the network's).
 */
async function freshCloneStart(scale: string, port: number): Promise<number> {
  const clone = path.resolve("tmp/bench-web-clone");
  rmSync(clone, { recursive: true, force: true });
  await new Promise<void>((resolve, reject) =>
    spawn("git", ["clone", "--quiet", ".", clone], { stdio: "inherit" }).once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`git clone exited ${code}`)),
    ),
  );
  // Hard links: the clone gets real directories (Turbopack refuses a symlinked node_modules) at no copy cost.
  const linked = spawnSync("cp", ["-al", "node_modules", path.join(clone, "node_modules")]);
  if (linked.status !== 0) throw new Error(`cp -al node_modules: ${linked.stderr.toString()}`);
  if (existsSync(path.join(clone, "app/.next"))) throw new Error("a fresh clone has no app/.next");
  const log = createWriteStream(path.join(clone, "start.log"));
  const t0 = performance.now();
  const child = spawn("npm", ["start"], {
    cwd: clone,
    env: childEnv({ PORT: String(port), HOST: "127.0.0.1", DEMO_SCALE: scale, DATA_DIR: ".data" }),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  try {
    await waitFor200(`http://127.0.0.1:${port}/sign-in`, 1_800_000);
    return performance.now() - t0;
  } finally {
    // npm runs tsx runs node: end the whole group we started.
    if (child.pid) process.kill(-child.pid, "SIGTERM");
    await new Promise((r) => child.once("exit", r));
    log.end();
  }
}

export async function run(args: string[]): Promise<void> {
  const arg = (name: string, dflt: string) =>
    args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? dflt;
  const scale = arg("scale", "0.2");
  const n = Number(arg("questions", "20"));
  if ((await webBuildState()) === "missing") throw new Error("build the web app first: npm run web:build");
  let cloneMs: number | undefined;
  if (args.includes("--fresh-clone")) {
    process.stdout.write("npm start in a fresh clone (web build + demo data; minutes)...\n");
    cloneMs = await freshCloneStart(scale, 4291);
    process.stdout.write(`  fresh clone: npm start -> /sign-in 200 in ${(cloneMs / 1000).toFixed(1)} s\n`);
  }
  // --reuse: the service this bench left on tmp/bench-web-data, already running on --url (e.g. to
  // measure the questions again without waiting minutes for a fresh start).
  const reuse = arg("url", "");
  const dataDir = path.resolve("tmp/bench-web-data");
  const t0 = performance.now();
  let service: Awaited<ReturnType<typeof startServiceProcess>> | undefined;
  if (!reuse) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    service = await startServiceProcess({
      // NOW: the day after the demo data ends, so "last month" has data (and charts) to show.
      env: { DATA_DIR: dataDir, DEMO_SCALE: scale, LOG_LEVEL: "warn", WEB_APP: "1", NOW: "2026-11-01" },
      port: 4290,
      logFile: path.join(dataDir, "service.log"),
      readyTimeoutMs: 900_000,
    });
  }
  const url = service?.url ?? reuse;
  await waitFor200(`${url}/sign-in`, 900_000);
  const startMs = performance.now() - t0;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const key = readFileSync(path.join(dataDir, "first-admin-key.txt"), "utf8").trim();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const js = new Map<string, number>();
    page.on("response", async (r) => {
      if (r.request().resourceType() !== "script" || js.has(r.url())) return;
      js.set(r.url(), gzipSync(await r.body().catch(() => Buffer.alloc(0))).length);
    });
    await page.goto(`${url}/sign-in`);
    await page.getByLabel("API key").fill(key);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${url}/`);
    await page.locator("#question").waitFor();
    const firstLoadJs = [...js.values()].reduce((a, b) => a + b, 0);

    const text: number[] = [];
    const full: number[] = [];
    const chart: number[] = [];
    const api: number[] = [];
    let afterChartJs = 0;
    for (let i = 0; i < n; i++) {
      const q = QUESTIONS[i % QUESTIONS.length]!;
      if (i > 0) {
        await page.goto(`${url}/`);
        await page.locator("#question").waitFor();
      }
      await page.locator("#question").fill(q);
      const start = performance.now();
      await page.locator("#question").press("Enter");
      const answer = page.locator("article.msg.assistant").last();
      // The first text on screen: the lead line (from the plan), or the answer when there is none.
      await answer.locator(".msg-lead, .msg-text").first().waitFor({ timeout: 120_000 });
      text.push(performance.now() - start);
      await answer.locator(".msg-text").waitFor({ timeout: 120_000 });
      full.push(performance.now() - start);
      const hasChart = await answer
        .locator('.chart[data-rendered="true"] svg.marks')
        .waitFor({ timeout: 30_000 })
        .then(() => true)
        .catch(() => false);
      if (hasChart) chart.push(performance.now() - start);
      if (i === 0) afterChartJs = [...js.values()].reduce((a, b) => a + b, 0);
      // Baseline: the same question as JSON on /agents/query, no browser.
      const a0 = performance.now();
      await (
        await fetch(`${url}/agents/query`, {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
          body: JSON.stringify({ question: q }),
        })
      ).json();
      api.push(performance.now() - a0);
    }
    const med = (xs: number[]) =>
      pct(
        [...xs].sort((a, b) => a - b),
        50,
      );
    process.stdout.write(
      [
        `web bench (DEMO_SCALE=${scale}, ${n} questions, headless Chromium, local planner)`,
        ...(cloneMs === undefined
          ? []
          : [
              `  npm start in a fresh clone (web build + demo data) -> /sign-in 200: ${(cloneMs / 1000).toFixed(1)} s`,
            ]),
        ...(service
          ? [`  npm start on a fresh DATA_DIR (app built) -> /sign-in 200: ${(startMs / 1000).toFixed(1)} s`]
          : [`  (reused the running service at ${url})`]),
        `  Enter -> first streamed text:  ${summary(text)}`,
        `  Enter -> verified answer text: ${summary(full)}`,
        `  Enter -> rendered chart:       ${summary(chart)}`,
        `  baseline /agents/query JSON:   ${summary(api)}`,
        `  ratio first text / baseline (p50): ${(med(text) / med(api)).toFixed(2)}`,
        `  chat page JavaScript, gzipped: ${(firstLoadJs / 1024).toFixed(0)} KiB at first load, ${(afterChartJs / 1024).toFixed(0)} KiB after the first chart`,
        "",
      ].join("\n"),
    );
  } finally {
    await browser.close();
    await service?.stop();
  }
}
