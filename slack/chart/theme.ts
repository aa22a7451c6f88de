/**
 * The look of a server-rendered chart: the bundled font everywhere, sizes that stay readable when
 * Slack shows the image at half its width, Slack's text colours, white background. Only
 * presentation: nothing here changes which numbers are drawn or how they are formatted.
 */
import type { Config } from "vega-lite";
import { CHART_FONT_FAMILY } from "./fonts.ts";

const TEXT = "#1d1c1d";
const MUTED = "#616061";
const RULE = "#dddddd";

/** Outer padding in CSS pixels (inside the image, around title, axes and legend). */
export const CHART_PADDING = 16;
/** Height of a line chart's plot area when the spec sets none. */
export const LINE_PLOT_HEIGHT = 300;
/** Height per category of a bar chart. */
export const BAND_STEP = 30;
/** Height per bar inside a group (Vega-Lite multiplies the step by the bars per group). */
export const GROUPED_BAND_STEP = 20;

/** Vega-Lite config applied under the spec's own config; the font is forced on top of it. */
export function chartTheme(): Config {
  return {
    font: CHART_FONT_FAMILY,
    background: "white",
    padding: CHART_PADDING,
    view: { stroke: null },
    title: {
      font: CHART_FONT_FAMILY,
      fontSize: 16,
      fontWeight: 600,
      color: TEXT,
      anchor: "start",
      offset: 14,
    },
    axis: {
      labelFont: CHART_FONT_FAMILY,
      titleFont: CHART_FONT_FAMILY,
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: 600,
      labelColor: MUTED,
      titleColor: TEXT,
      titlePadding: 10,
      labelPadding: 4,
      gridColor: "#ebebeb",
      domainColor: RULE,
      tickColor: RULE,
      labelOverlap: true,
    },
    // Calendar days ("Oct 5") rather than Vega's mixed weekday/month ticks; dates are utc (render-svg).
    axisTemporal: { format: "%b %-d" },
    // About one tick per 100 px across, so long currency labels never crowd each other.
    axisQuantitative: { tickCount: 6 },
    axisXDiscrete: { labelAngle: -40, labelLimit: 140 },
    axisYDiscrete: { labelLimit: 220 },
    legend: {
      labelFont: CHART_FONT_FAMILY,
      titleFont: CHART_FONT_FAMILY,
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: 600,
      labelColor: TEXT,
      titleColor: TEXT,
      labelLimit: 180,
      symbolSize: 120,
    },
    header: {
      labelFont: CHART_FONT_FAMILY,
      titleFont: CHART_FONT_FAMILY,
      labelFontSize: 12,
      titleFontSize: 13,
    },
    text: { font: CHART_FONT_FAMILY, fontSize: 12 },
    line: { strokeWidth: 2.5 },
    point: { size: 36, filled: true },
    bar: { cornerRadiusEnd: 2 },
  };
}
