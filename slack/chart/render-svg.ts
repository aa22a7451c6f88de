/**
 * Vega-Lite spec -> SVG on the server, headless (`renderer: "none"`), with the bundled font's
 * metrics and a loader that refuses every fetch: a chart is drawn only from the numbers inside the
 * spec. The spec is the answer's own (the one the API returns and the web app draws); only its
 * size and presentation config are set here.
 */
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { z } from "zod";
import { AppError, describeZodIssues } from "../../lib/errors.ts";
import { noFetchLoader } from "./no-fetch-loader.ts";
import { type ChartSpec, parseChartSpec } from "./spec-schema.ts";
import { useBundledFontMetrics } from "./text-metrics.ts";
import { BAND_STEP, chartTheme, GROUPED_BAND_STEP, LINE_PLOT_HEIGHT } from "./theme.ts";

/** Default image width in CSS pixels (Slack shows images up to about this wide). */
export const DEFAULT_CHART_WIDTH = 720;

/** Render options: `width` is the whole image's width in CSS pixels, before `scale`. */
export const renderOptionsSchema = z.strictObject({
  width: z.number().int().min(240).max(2400).optional(),
  scale: z.number().min(0.5).max(4).optional(),
});
export type RenderOptions = z.infer<typeof renderOptionsSchema>;

/** Parse render options; a bad value is an `input.invalid` AppError naming the option. */
export function parseRenderOptions(options: unknown): RenderOptions {
  const parsed = renderOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    throw new AppError("input.invalid", `chart options: ${describeZodIssues(parsed.error.issues)}`);
  }
  return parsed.data;
}

/**
 * Vega-Lite's compile warnings (e.g. an autosize it adjusts) are about presentation we set on
 * purpose; printing them would interleave with the service's JSON logs. Errors still throw.
 */
const quietLogger = {
  level(_?: number) {
    return 0;
  },
  error() {
    return quietLogger;
  },
  warn() {
    return quietLogger;
  },
  info() {
    return quietLogger;
  },
  debug() {
    return quietLogger;
  },
};

type Encoding = Record<string, { type?: unknown; scale?: Record<string, unknown> | null } | undefined>;

/**
 * Date-only strings ("2026-10-01") parse as UTC midnight; a local time scale would draw them on the
 * previous day anywhere west of UTC. A utc scale shows the calendar days the numbers belong to.
 */
function utcTemporalScales(encoding: Encoding): Encoding {
  const out: Encoding = {};
  for (const [channel, def] of Object.entries(encoding)) {
    out[channel] =
      def && typeof def === "object" && def.type === "temporal" && !def.scale?.type
        ? { ...def, scale: { ...(def.scale ?? {}), type: "utc" } }
        : def;
  }
  return out;
}

/** The spec with a fixed width, a height that fits its marks, utc dates and our theme. */
function prepare(spec: ChartSpec, width: number): TopLevelSpec {
  const encoding = (spec.encoding ?? {}) as Encoding;
  const hasDiscreteY = encoding.y?.type === "nominal" || encoding.y?.type === "ordinal";
  const height =
    typeof spec.height === "number" || typeof spec.height === "object"
      ? spec.height
      : hasDiscreteY
        ? { step: encoding.yOffset ? GROUPED_BAND_STEP : BAND_STEP }
        : LINE_PLOT_HEIGHT;
  const ownConfig = typeof spec.config === "object" && spec.config !== null ? spec.config : {};
  const theme = chartTheme();
  return {
    ...spec,
    width,
    height,
    ...(spec.encoding ? { encoding: utcTemporalScales(encoding) } : {}),
    // fit-x: the image is exactly `width` wide; height follows the categories (or the plot height).
    autosize: { type: "fit-x", contains: "padding" },
    config: { ...theme, ...ownConfig, font: theme.font },
  } as TopLevelSpec;
}

/**
 * Render a Vega-Lite spec to an SVG string (the intermediate of `renderChartPng`).
 * @throws AppError `input.invalid` when the spec is not a Vega-Lite object with inline data.
 * @example await renderChartSvg(answer.chart) // "<svg ... width=\"720\" ...>"
 */
export async function renderChartSvg(spec: unknown, options?: RenderOptions): Promise<string> {
  const parsed = parseChartSpec(spec);
  const { width = DEFAULT_CHART_WIDTH } = parseRenderOptions(options);
  useBundledFontMetrics();
  let vegaSpec: vega.Spec;
  try {
    vegaSpec = compile(prepare(parsed, width), { logger: quietLogger }).spec as vega.Spec;
  } catch (cause) {
    throw new AppError(
      "input.invalid",
      `chart spec: not a valid Vega-Lite spec: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
  const view = new vega.View(vega.parse(vegaSpec), {
    renderer: "none",
    loader: noFetchLoader(),
    logLevel: vega.Error,
  });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
