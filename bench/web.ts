/**
 * `npm run bench -- web [--scale=0.2] [--questions=20]`: the web app in headless Chromium on the
 * real service (built app, fresh DATA_DIR under tmp/). Prints:
 *   - the time `npm start` needs on a fresh DATA_DIR (app already built) before the page loads,
 *   - Enter -> first streamed text and Enter -> rendered chart, p50/p95 over N questions, against
 *     the baseline of the same question's JSON round trip on /agents/query measured in the same run,
 *   - the JavaScript the chat page ships (gzipped): at first load, and after the first chart
 *     (vega-embed is loaded on demand).
 * `next build` time is printed by `npm run web:build` (and by npm start when it builds).
 */
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { webBuildState } from "../api/web/next-app.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "../app/e2e/chromium.ts";
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

export async function run(args: string[]): Promise<void> {
  const arg = (name: string, dflt: string) =>
    args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? dflt;
  const scale = arg("scale", "0.2");
  const n = Number(arg("questions", "20"));
  if ((await webBuildState()) === "missing") throw new Error("build the web app first: npm run web:build");
  const dataDir = path.resolve("tmp/bench-web-data");
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const port = 4190;

  const t0 = performance.now();
  const service = await startServiceProcess({
    env: { DATA_DIR: dataDir, DEMO_SCALE: scale, LOG_LEVEL: "warn", WEB_APP: "1" },
    port,
    logFile: path.join(dataDir, "service.log"),
    readyTimeoutMs: 900_000,
  });
  const url = service.url;
  let pageStatus = 0;
  while (pageStatus !== 200) pageStatus = (await fetch(`${url}/sign-in`).catch(() => ({ status: 0 }))).status;
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
      await answer.locator(".msg-text").waitFor({ timeout: 120_000 });
      text.push(performance.now() - start);
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
        `  npm start on a fresh DATA_DIR (app built) -> /sign-in 200: ${(startMs / 1000).toFixed(1)} s`,
        `  Enter -> first streamed text:  ${summary(text)}`,
        `  Enter -> rendered chart:       ${summary(chart)}`,
        `  baseline /agents/query JSON:   ${summary(api)}`,
        `  ratio first text / baseline (p50): ${(med(text) / med(api)).toFixed(2)}`,
        `  chat page JavaScript, gzipped: ${(firstLoadJs / 1024).toFixed(0)} KiB at first load, ${(afterChartJs / 1024).toFixed(0)} KiB after the first chart`,
        "",
      ].join("\n"),
    );
  } finally {
    await browser.close();
    await service.stop();
  }
}
