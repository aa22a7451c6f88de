/**
 * Vega-Lite spec -> PNG for Slack: the SVG from `renderChartSvg`, rasterized by resvg with only the
 * bundled font (no system fonts, so the picture is the same on every machine), on white, at
 * `scale` device pixels per CSS pixel (2 by default, for crisp text on high-density screens).
 * Rasterizing runs on libuv's thread pool (`renderAsync`), so it does not block the event loop.
 */
import { type ResvgRenderOptions, renderAsync } from "@resvg/resvg-js";
import { CHART_FONT_FAMILY, CHART_FONT_FILES } from "./fonts.ts";
import { parseRenderOptions, renderChartSvg } from "./render-svg.ts";

export { renderChartSvg } from "./render-svg.ts";

/** Default device pixels per CSS pixel. */
export const DEFAULT_CHART_SCALE = 2;

/** resvg options: white background, `scale` zoom, the bundled font and nothing else. */
export function resvgOptions(scale: number): ResvgRenderOptions {
  return {
    background: "white",
    fitTo: { mode: "zoom", value: scale },
    font: {
      fontFiles: [...CHART_FONT_FILES],
      loadSystemFonts: false,
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
    },
    logLevel: "off",
  };
}

/**
 * Render an answer's Vega-Lite chart spec to PNG bytes.
 * @param options.width image width in CSS pixels (default 720); the PNG is `width * scale` wide.
 * @param options.scale device pixels per CSS pixel (default 2).
 * @throws AppError `input.invalid` when the spec is not a Vega-Lite object with inline data, or an
 *   option is out of range.
 * @example const png = await renderChartPng(answer.chart); // 1440 px wide
 */
export async function renderChartPng(
  spec: unknown,
  options?: { width?: number; scale?: number },
): Promise<Buffer> {
  const { width, scale = DEFAULT_CHART_SCALE } = parseRenderOptions(options);
  const svg = await renderChartSvg(spec, width === undefined ? {} : { width });
  const image = await renderAsync(svg, resvgOptions(scale));
  return image.asPng();
}
