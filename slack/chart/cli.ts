/**
 * `npm run -s chart:png -- --out FILE.png [--in FILE.json] [--result [--currency USD]] [--width N] [--scale N] [--svg FILE.svg]`
 * Renders the chart of an agent answer (the JSON of `npm run ask -- --json` or POST /agents/query,
 * or a bare Vega-Lite spec) to PNG, reading stdin when `--in` is absent:
 *   npm run -s ask -- --json "revenue by channel last month" | npm run -s chart:png -- --out bar.png
 * With `--result`, the input is a metric result (POST /api/v1/metrics) and the chart is chosen by
 * the agent's own `chooseChart`, e.g. a comparison (`compareTo`) as grouped bars.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { chartInputFromResult, chooseChart } from "../../agent/chart/index.ts";
import { parseCli, runCli } from "../../lib/cli.ts";
import { AppError } from "../../lib/errors.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { renderChartPng, renderChartSvg } from "./render-png.ts";

const flags = z.object({
  out: z.string().min(1, "expected a file path for the PNG"),
  in: z.string().min(1).optional(),
  svg: z.string().min(1).optional(),
  width: z.coerce.number().int().optional(),
  scale: z.coerce.number().optional(),
  result: z.boolean().default(false),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "expected an ISO 4217 code such as USD")
    .default("USD"),
});

/** The chart `chooseChart` draws for a metric result (shape-checked, then typed). */
function chartOfResult(input: unknown, currency: string): unknown {
  const shape = z.looseObject({ columns: z.array(z.looseObject({})), rows: z.array(z.looseObject({})) });
  const parsed = shape.safeParse(input);
  if (!parsed.success)
    throw new AppError("input.invalid", "--result: expected a metric result {columns, rows, ...}");
  const chart = chooseChart(chartInputFromResult(parsed.data as unknown as MetricResult, { currency }));
  if (!chart)
    throw new AppError("input.invalid", "--result: this result has no chart (a single number or no rows)");
  return chart;
}

/** The chart inside an answer (`{chart: {...}}`), or the input itself when it is a spec. */
function chartOf(input: unknown): unknown {
  if (typeof input === "object" && input !== null && "chart" in input) {
    const { chart } = input as { chart?: unknown };
    if (chart === undefined || chart === null) throw new AppError("input.invalid", "the answer has no chart");
    return chart;
  }
  return input;
}

runCli(async () => {
  const { values } = parseCli(
    process.argv.slice(2),
    {
      out: { type: "string" },
      in: { type: "string" },
      svg: { type: "string" },
      width: { type: "string" },
      scale: { type: "string" },
      result: { type: "boolean" },
      currency: { type: "string" },
    },
    flags,
  );
  const text = readFileSync(values.in ?? 0, "utf8");
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (cause) {
    throw new AppError("input.invalid", `${values.in ?? "stdin"}: not JSON`, { cause });
  }
  const spec = values.result ? chartOfResult(input, values.currency) : chartOf(input);
  const options = {
    ...(values.width === undefined ? {} : { width: values.width }),
    ...(values.scale === undefined ? {} : { scale: values.scale }),
  };
  if (values.svg) writeFileSync(values.svg, await renderChartSvg(spec, options));
  const png = await renderChartPng(spec, options);
  writeFileSync(values.out, png);
  process.stdout.write(`${values.out}: ${png.length} bytes\n`);
});
