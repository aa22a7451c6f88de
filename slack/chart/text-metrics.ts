/**
 * Teaches Vega to measure text with the bundled font (Vega exports a mutable `textMetrics`; a
 * custom `width` is its documented hook, used the same way by vl-convert). Process-wide: the server
 * renders charts only through this module, and browsers do not load it.
 */
import * as vega from "vega";
import { AppError } from "../../lib/errors.ts";
import { chartFontMetrics } from "./fonts.ts";

/** The slice of a Vega text item that width depends on. */
interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number;
}
type WidthFn = (item: TextItem, text: unknown) => number;

function isTextMetrics(value: unknown): value is { width: WidthFn } {
  return (
    typeof value === "object" && value !== null && typeof (value as { width?: unknown }).width === "function"
  );
}

const isBold = (weight: TextItem["fontWeight"]) =>
  weight === "bold" || weight === "bolder" || (weight !== undefined && Number(weight) >= 600);

/**
 * Width of `text` for a Vega text item. Vega's truncation (`limit`, e.g. `labelLimit`) calls this
 * with the untruncated text and then with shorter prefixes; returning at most `limit` keeps every
 * comparison it makes the same while bounds (padding, legend width) use the truncated width.
 */
export function measureText(item: TextItem, text: unknown): number {
  const value = text === null || text === undefined ? "" : String(text).trim();
  const size = item.fontSize === undefined || item.fontSize === null ? 11 : Number(item.fontSize) || 0;
  const metrics = chartFontMetrics();
  const width = (isBold(item.fontWeight) ? metrics.bold : metrics.regular).width(value, size);
  return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
}

let installed = false;

/** Install `measureText` as Vega's text measure (idempotent). */
export function useBundledFontMetrics(): void {
  if (installed) return;
  const metrics: unknown = (vega as unknown as { textMetrics?: unknown }).textMetrics;
  if (!isTextMetrics(metrics)) {
    throw new AppError("internal", "vega no longer exports textMetrics.width; chart text cannot be measured");
  }
  metrics.width = measureText;
  installed = true;
}
