/**
 * Chart rendering for Slack, per chart kind the agent draws (specs from `chooseChart` over the
 * fixtures in slack/chart/chart-fixtures.ts): the whole Vega-Lite -> SVG -> PNG render, p50/p95.
 * Baseline measured in the same run, alternating with it: the SVG step alone (compile + headless
 * Vega), so the ratio shows what rasterizing at 2x with the bundled font adds.
 * `npm run bench -- chart [--runs N]` (default 20 per kind and step, after 2 warm-ups).
 */
import { chartFixtures } from "../slack/chart/chart-fixtures.ts";
import { renderChartPng, renderChartSvg } from "../slack/chart/render-png.ts";

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

function runsOf(args: string[]): number {
  const at = args.indexOf("--runs");
  const value = at >= 0 ? Number(args[at + 1]) : 20;
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write("error: --runs: expected a positive whole number\n");
    process.exit(2);
  }
  return value;
}

/** Prints p50/p95 of SVG and PNG rendering per chart kind, and PNG p50 as a ratio of SVG p50. */
export async function run(args: string[]): Promise<void> {
  const runs = runsOf(args);
  const fixtures = chartFixtures();
  console.log(`chart rendering, ${runs} runs per kind and step (alternating), width 720, scale 2`);
  console.log("  kind          svg p50   svg p95   png p50   png p95   png/svg p50   png bytes");
  const allSvg: number[] = [];
  const allPng: number[] = [];
  for (const { kind, spec } of fixtures) {
    for (let i = 0; i < 2; i++) await renderChartPng(spec); // warm-up: JIT and font loading
    const svg: number[] = [];
    const png: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      // Alternate which step goes first so drift on a shared machine hits both alike.
      const first = i % 2 === 0;
      if (first) svg.push(await timeMs(() => renderChartSvg(spec)));
      png.push(
        await timeMs(async () => {
          bytes = (await renderChartPng(spec)).length;
        }),
      );
      if (!first) svg.push(await timeMs(() => renderChartSvg(spec)));
    }
    svg.sort((a, b) => a - b);
    png.sort((a, b) => a - b);
    allSvg.push(...svg);
    allPng.push(...png);
    const f = (n: number) => `${n.toFixed(1).padStart(6)} ms`;
    console.log(
      `  ${kind.padEnd(12)} ${f(percentile(svg, 50))} ${f(percentile(svg, 95))} ${f(percentile(png, 50))} ${f(percentile(png, 95))}   ${(percentile(png, 50) / percentile(svg, 50)).toFixed(2).padStart(8)}x   ${String(bytes).padStart(9)}`,
    );
  }
  allSvg.sort((a, b) => a - b);
  allPng.sort((a, b) => a - b);
  console.log(
    `  all kinds: png p50 ${percentile(allPng, 50).toFixed(1)} ms, p95 ${percentile(allPng, 95).toFixed(1)} ms; svg p50 ${percentile(allSvg, 50).toFixed(1)} ms; png/svg p50 ${(percentile(allPng, 50) / percentile(allSvg, 50)).toFixed(2)}x`,
  );
}
