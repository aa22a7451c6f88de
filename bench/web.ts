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
 * figure then; `--log=FILE` is its log, written with LOG_LEVEL=debug, for the server's timing).
 * Ports 4290-4299.
 */
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { webBuildState } from "../api/web/next-app.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "../app/e2e/chromium.ts";
import { childEnv } from "../lib/env.ts";
import { startServiceProcess } from "../scripts/drill/service-process.ts";
import { flagValue } from "./flag.ts";

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

/**
 * Installed in every page before its own scripts: the page's own clock (performance.now) at the
 * Enter keydown, at the first answer text in the DOM, at the drawn chart, and the chat request's
 * resource timing. Free of the bench's remote-control latency (each Playwright call is a round trip
 * to the browser, slow on a loaded machine), so it tells the page's work from the bench's.
 */
const PAGE_PROBE = `(() => {
  const t = (window.__benchTimes = {});
  document.addEventListener("keydown", (e) => { if (e.key === "Enter" && t.enter === undefined) t.enter = performance.now(); }, true);
  new MutationObserver(() => {
    if (t.enter === undefined) return;
    const a = document.querySelectorAll("article.msg.assistant");
    const last = a[a.length - 1];
    if (!last) return;
    if (t.text === undefined && last.querySelector(".msg-lead, .msg-text")) t.text = performance.now();
    if (t.chart === undefined && last.querySelector('.chart[data-rendered="true"] svg.marks')) t.chart = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-rendered"] });
})();`;

interface PageTimes {
  enter?: number;
  text?: number;
  chart?: number;
  /** The chat request's resource timing (ms on the page's clock). */
  fetchStart?: number;
  responseStart?: number;
}

/** `chat timing` lines from the service's debug log (api/routes/chat-timing.ts), in order. */
function serverMarks(logFile: string): Array<Record<string, number>> {
  if (!existsSync(logFile)) return [];
  return readFileSync(logFile, "utf8")
    .split("\n")
    .filter((l) => l.includes('"chat timing"'))
    .map((l) => (JSON.parse(l) as { marks: Record<string, number> }).marks);
}

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
  const arg = (name: string, dflt: string) => flagValue(args, name) ?? dflt;
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
      // debug: the chat route's timing lines (request arrival -> lead written) are read back below.
      env: { DATA_DIR: dataDir, DEMO_SCALE: scale, LOG_LEVEL: "debug", WEB_APP: "1", NOW: "2026-11-01" },
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
    await context.addInitScript(PAGE_PROBE);
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
    const inPage = {
      text: [] as number[],
      chart: [] as number[],
      send: [] as number[],
      render: [] as number[],
    };
    // With --url, --log=FILE names that service's log (run with LOG_LEVEL=debug) for the server marks.
    const serverLog = arg("log", path.join(dataDir, "service.log"));
    const marksBefore = serverMarks(serverLog).length;
    const load: number[] = [loadavg()[0]!];
    let afterChartJs = 0;
    for (let i = 0; i < n; i++) {
      const q = QUESTIONS[i % QUESTIONS.length]!;
      if (i > 0) {
        await page.goto(`${url}/`);
        await page.locator("#question").waitFor();
      }
      // As a person would: the page's own requests (session, thread list, reports) are done before
      // the question is typed, so the chat request does not queue behind them on the server.
      await page.waitForLoadState("networkidle");
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
      const times = (await page.evaluate(`(() => {
        const r = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/api/v1/chat"));
        return { ...window.__benchTimes, fetchStart: r?.fetchStart, responseStart: r?.responseStart };
      })()`)) as PageTimes;
      if (times.enter !== undefined && times.text !== undefined) {
        inPage.text.push(times.text - times.enter);
        if (times.fetchStart !== undefined) inPage.send.push(times.fetchStart - times.enter);
        if (times.responseStart !== undefined) inPage.render.push(times.text - times.responseStart);
      }
      if (times.enter !== undefined && times.chart !== undefined)
        inPage.chart.push(times.chart - times.enter);
      load.push(loadavg()[0]!);
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
    // The server's side of the first text: request arrival -> the lead line's chunk handed to the
    // socket, or the first byte when a question has no lead (a decline, a clarification).
    const server = serverMarks(serverLog)
      .slice(marksBefore)
      .filter((m) => m.route !== undefined);
    const serverLead = server.map((m) => m["lead-written"] ?? m.end ?? Number.NaN).filter(Number.isFinite);
    const serverFirstByte = server.map((m) => m["first-byte"] ?? Number.NaN).filter(Number.isFinite);
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
        `  in the page's own clock (keydown -> DOM, no remote-control latency):`,
        `    Enter -> first text:         ${summary(inPage.text)}`,
        `    Enter -> rendered chart:     ${summary(inPage.chart)}`,
        `    Enter -> chat request sent:  ${summary(inPage.send)}`,
        `    response start -> text in DOM: ${summary(inPage.render)}`,
        `  server (request arrival -> ...; debug log): lead line written ${summary(serverLead)}; first byte ${summary(serverFirstByte)}`,
        `  load average (1 min) during the questions: min ${Math.min(...load).toFixed(1)}, max ${Math.max(...load).toFixed(1)} (${availableParallelism()} CPUs)`,
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
