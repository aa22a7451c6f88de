/**
 * The chart renderer the Slack app uses: `slack/chart/render-png.ts` (Vega-Lite spec -> PNG, owned
 * by the chart work) loaded lazily. When that module is absent the app still answers, without an
 * image, and says so once in the log.
 */
import type { Logger } from "../lib/logger.ts";

/** Renders a Vega-Lite spec to PNG bytes; undefined when no renderer is available. */
export type RenderChart = (spec: unknown) => Promise<Buffer | undefined>;

interface RendererModule {
  renderChartPng(spec: unknown, options?: { width?: number; scale?: number }): Promise<Buffer>;
}

const MODULE_URL = new URL("./chart/render-png.ts", import.meta.url).href;

/**
 * Load the renderer module once; undefined (logged once) when it is missing.
 * @example const render = await loadChartRenderer(logger); const png = render && (await render(spec));
 */
export async function loadChartRenderer(
  logger: Logger,
  /** The module to load (tests point it elsewhere). */
  moduleUrl = MODULE_URL,
): Promise<RenderChart | undefined> {
  try {
    // A variable specifier so the type checker and bundlers do not require the module to exist.
    const mod = (await import(moduleUrl)) as Partial<RendererModule>;
    const render = mod.renderChartPng;
    if (typeof render !== "function") throw new Error("renderChartPng is not exported");
    return (spec) => render(spec);
  } catch (e) {
    logger.info(
      { reason: e instanceof Error ? e.message.split("\n")[0] : String(e) },
      "Slack chart images are off: slack/chart/render-png.ts is not available; answers are posted without an image",
    );
    return undefined;
  }
}
