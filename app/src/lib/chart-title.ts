/**
 * Chart titles that fit their column. Vega draws a title on one line and never wraps it, so a long
 * title ("Revenue (USD) by channel, October 1–31, 2026") is cut off at a phone's 390 px. Given
 * the width the chart has and a way to measure text, the title (and subtitle) become lists of lines,
 * which Vega draws one under the other.
 */

/** Vega's default title font (title: bold 13 px; subtitle: normal 12 px), as a canvas font string. */
export const TITLE_FONT = "bold 13px sans-serif";
export const SUBTITLE_FONT = "12px sans-serif";

/** Width of `text` in px, in the given CSS font. */
export type MeasureText = (text: string, font: string) => number;

/**
 * Break `text` into lines no wider than `maxWidth`, at spaces (a single word wider than the width
 * keeps a line of its own rather than being cut mid-word).
 * @example wrapLine("Revenue by channel, October 1–31, 2026", 120, measure) // ["Revenue by channel,", "October 1–31, 2026"]
 */
export function wrapLine(text: string, maxWidth: number, font: string, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of `text` (a string or a list of lines) at most `maxWidth` wide; undefined when it fits as it is. */
function wrapText(text: unknown, maxWidth: number, font: string, measure: MeasureText): string[] | undefined {
  const given = typeof text === "string" ? [text] : text;
  if (!Array.isArray(given) || !given.every((t) => typeof t === "string")) return undefined;
  const lines = given.flatMap((t: string) => wrapLine(t, maxWidth, font, measure));
  return lines.length > given.length ? lines : undefined;
}

/**
 * The spec with its top-level title (a string, a list of lines, or `{text, subtitle, ...}`) wrapped
 * to `maxWidth`. A wrapped title is anchored at the start of the chart's whole width (Vega centers
 * a title over the plot, which a phone's y-axis labels push right, past the edge); a title that
 * fits, or any other spec, is returned as it is.
 */
export function withWrappedTitle<S extends Record<string, unknown>>(
  spec: S,
  maxWidth: number,
  measure: MeasureText,
): S {
  const title = spec.title;
  if (title === undefined || title === null || !(maxWidth > 0)) return spec;
  const params: Record<string, unknown> =
    typeof title === "object" && !Array.isArray(title) ? (title as Record<string, unknown>) : { text: title };
  const text = wrapText(params.text, maxWidth, TITLE_FONT, measure);
  const subtitle = wrapText(params.subtitle, maxWidth, SUBTITLE_FONT, measure);
  if (!text && !subtitle) return spec;
  return {
    ...spec,
    title: {
      ...params,
      ...(text ? { text } : {}),
      ...(subtitle ? { subtitle } : {}),
      anchor: "start",
      frame: "bounds",
    },
  };
}
