/**
 * `npm run -s chart:png -- --out FILE.png [--in ANSWER.json] [--width N] [--scale N] [--svg FILE.svg]`
 * Renders the chart of an agent answer (the JSON of `npm run ask -- --json` or POST /agents/query,
 * or a bare Vega-Lite spec) to PNG, reading stdin when `--in` is absent:
 *   npm run -s ask -- --json "revenue by channel last month" | npm run -s chart:png -- --out bar.png
 */
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { parseCli, runCli } from "../../lib/cli.ts";
import { AppError } from "../../lib/errors.ts";
import { renderChartPng, renderChartSvg } from "./render-png.ts";

const flags = z.object({
  out: z.string().min(1, "expected a file path for the PNG"),
  in: z.string().min(1).optional(),
  svg: z.string().min(1).optional(),
  width: z.coerce.number().int().optional(),
  scale: z.coerce.number().optional(),
});

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
  const spec = chartOf(input);
  const options = {
    ...(values.width === undefined ? {} : { width: values.width }),
    ...(values.scale === undefined ? {} : { scale: values.scale }),
  };
  if (values.svg) writeFileSync(values.svg, await renderChartSvg(spec, options));
  const png = await renderChartPng(spec, options);
  writeFileSync(values.out, png);
  process.stdout.write(`${values.out}: ${png.length} bytes\n`);
});
