/**
 * What the renderer accepts: a Vega-Lite view whose data is inline. A chart is drawn from the
 * numbers the answer carries, so a `url` data source (or a named dataset that is not inline rows)
 * is refused before Vega sees it; the renderer's loader refuses any fetch as a second guard.
 */
import { z } from "zod";
import { AppError, describeZodIssues } from "../../lib/errors.ts";

/** Rows one chart may carry: a year of days for 50 series, well past anything the agent draws. */
export const MAX_CHART_ROWS = 20_000;

const inlineRows = z
  .array(z.record(z.string(), z.unknown()))
  .max(MAX_CHART_ROWS, { error: `expected at most ${MAX_CHART_ROWS} rows (a chart, not a table)` });

/** A `data` block: inline `values` only (`url`, `sequence` and other generators are refused). */
const inlineData = z.strictObject(
  {
    values: inlineRows,
    name: z.string().optional(),
    format: z.looseObject({ type: z.literal("json").optional() }).optional(),
  },
  { error: "expected inline data ({values: [...]}); data sources that load (url) are refused" },
);

const VIEW_KEYS = ["mark", "layer", "concat", "hconcat", "vconcat", "facet", "repeat"] as const;

/** A Vega-Lite object: an object with inline data and something to draw. */
export const chartSpecSchema = z
  .looseObject({
    $schema: z
      .string()
      .regex(/vega-lite/, { error: "expected a Vega-Lite schema URL" })
      .optional(),
    data: inlineData,
    datasets: z.record(z.string(), inlineRows).optional(),
    width: z.union([z.number().positive(), z.literal("container"), z.looseObject({})]).optional(),
    height: z.union([z.number().positive(), z.literal("container"), z.looseObject({})]).optional(),
  })
  .refine((spec) => VIEW_KEYS.some((k) => k in spec), {
    error: `expected a Vega-Lite view (one of ${VIEW_KEYS.join(", ")})`,
  });

/** A parsed chart spec (Vega-Lite, inline data). */
export type ChartSpec = z.infer<typeof chartSpecSchema>;

/** Paths of nested `data` blocks (layers, concatenations, lookups) that name a URL. */
function nestedUrls(value: unknown, path: string[] = []): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => nestedUrls(v, [...path, String(i)]));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const here = [...path, key];
    if (key === "url" && path.at(-1) === "data") return [here.join(".")];
    return nestedUrls(v, here);
  });
}

/**
 * Parse an unknown value as a renderable chart spec.
 * @throws AppError `input.invalid` naming the field (e.g. `data: expected inline data ...`).
 */
export function parseChartSpec(spec: unknown): ChartSpec {
  const parsed = chartSpecSchema.safeParse(spec);
  if (!parsed.success) {
    throw new AppError("input.invalid", `chart spec: ${describeZodIssues(parsed.error.issues)}`, {
      cause: parsed.error,
    });
  }
  const urls = nestedUrls(parsed.data);
  if (urls.length > 0) {
    throw new AppError(
      "input.invalid",
      `chart spec: ${urls.join(", ")}: data that loads from a URL is refused`,
    );
  }
  return parsed.data;
}
