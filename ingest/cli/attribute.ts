/**
 * `npm run attribute -- --file PATH --models markov,shapley,linear [--order N] [--no-nulls] [--json]`
 * Attribute a ChannelAttribution path table (`path;total_conversions;total_conversion_value;total_null`)
 * from the command line: the file is streamed through the same reader as
 * `POST /api/v1/attribution/paths` (text/csv), and the models run in this process. No database.
 * Prints credit per channel and model (or the HTTP route's JSON with --json); the time spent
 * reading and computing and the peak RSS go to stderr.
 */
import { access } from "node:fs/promises";
import { z } from "zod";
import type { AttributionResponse } from "../../core/attribution/request.ts";
import { MODEL_NAMES, modelNameSchema } from "../../core/attribution/types.ts";
import { parseCli, runCli } from "../../lib/cli.ts";
import { AppError } from "../../lib/errors.ts";
import { attributePathFile } from "../paths/attribute-path-file.ts";
import { fileChunks } from "../paths/file-chunks.ts";

const flags = z.object({
  file: z.string({ error: "expected the path file, e.g. --file paths.csv" }).min(1),
  models: z
    .string({ error: `expected models, e.g. --models markov,shapley (among: ${MODEL_NAMES.join(", ")})` })
    .transform((s) => s.split(",").map((m) => m.trim()))
    .pipe(
      z
        .array(modelNameSchema, { error: `expected models among: ${MODEL_NAMES.join(", ")}` })
        .min(1)
        .max(12),
    ),
  order: z.coerce.number().int().min(1).max(4).optional(),
  "no-nulls": z.boolean().optional(),
  json: z.boolean().optional(),
});

/** Credit per channel, one column per model (conversions, 2 decimals). */
function table(result: AttributionResponse): string {
  const models = Object.keys(result.models) as (keyof AttributionResponse["models"])[];
  const channels = [...new Set(models.flatMap((m) => Object.keys(result.models[m]!.channels)))].sort();
  const width = Math.max(7, ...channels.map((c) => c.length));
  const head = ["channel".padEnd(width), ...models.map((m) => m.padStart(14))].join(" ");
  const lines = channels.map((c) =>
    [
      c.padEnd(width),
      ...models.map((m) => (result.models[m]!.channels[c]?.conversions ?? 0).toFixed(2).padStart(14)),
    ].join(" "),
  );
  return [head, ...lines].join("\n");
}

runCli(async () => {
  const { values } = parseCli(
    process.argv.slice(2),
    {
      file: { type: "string" },
      models: { type: "string" },
      order: { type: "string" },
      "no-nulls": { type: "boolean" },
      json: { type: "boolean" },
    },
    flags,
  );
  await access(values.file).catch((e: unknown) => {
    throw new AppError("input.invalid", `--file: cannot read '${values.file}'`, { cause: e });
  });
  const result = await attributePathFile(fileChunks(values.file), values.models, {
    ...(values.order !== undefined ? { order: values.order } : {}),
    ...(values["no-nulls"] ? { includeNulls: false } : {}),
  });
  const { file, timingMs } = result;
  process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${table(result)}\n`);
  const rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const cpu = process.cpuUsage();
  process.stderr.write(
    `read ${file.rows.toLocaleString("en-US")} paths over ${file.channels} channels in ${timingMs.read} ms; ` +
      `${values.models.length} model(s) in ${timingMs.compute} ms${result.streamed ? " (Markov counted while reading)" : ""}; peak RSS ${rssMb} MB; ` +
      `process CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms\n`,
  );
});
