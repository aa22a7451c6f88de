/**
 * CSV text helpers shared by the loader and the export: RFC 4180 quoting and fixed number
 * formats, so the same data always renders to the same bytes.
 */

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One CSV field: null/undefined -> empty, quoted when it holds a comma, quote, newline or edge space.
 * @example csvField('Holiday "25", gifts') // => '"Holiday ""25"", gifts"'
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const s = typeof value === "string" ? value : String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV line (with the trailing newline). */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvField).join(",")}\n`;
}

/**
 * Money and other 2-decimal values with a fixed format.
 * @example money(12.3) // => "12.30"
 */
export function money(value: number): string {
  return value.toFixed(2);
}
