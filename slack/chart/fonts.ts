/**
 * The bundled font (Inter, SIL Open Font License 1.1, `fonts/OFL.txt`): the only font the PNG
 * renderer loads, so a chart looks the same on a laptop, in CI and in a container without fonts.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type FontMetrics, fontMetrics } from "./font-metrics.ts";

/** Family name inside the font files; Vega's config and resvg's default family both use it. */
export const CHART_FONT_FAMILY = "Inter";

/** Absolute paths of the bundled font files (regular and semibold). */
export const CHART_FONT_FILES: readonly string[] = [
  fileURLToPath(new URL("./fonts/Inter-Regular.ttf", import.meta.url)),
  fileURLToPath(new URL("./fonts/Inter-SemiBold.ttf", import.meta.url)),
];

let loaded: { regular: FontMetrics; bold: FontMetrics } | undefined;

/** Advance-width metrics of the regular and semibold faces, read once. */
export function chartFontMetrics(): { regular: FontMetrics; bold: FontMetrics } {
  loaded ??= {
    regular: fontMetrics(readFileSync(CHART_FONT_FILES[0] as string)),
    bold: fontMetrics(readFileSync(CHART_FONT_FILES[1] as string)),
  };
  return loaded;
}
