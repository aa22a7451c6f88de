/**
 * The compact table under an answer: the top rows of `data` in a monospaced block, cells formatted
 * as the API's answer text formats them, and "…and N more rows" when rows were left out. Pure.
 */
import { formatValue } from "../../agent/answer/format.ts";
import type { MetricUnit } from "../../agent/answer/types.ts";
import type { AgentAnswer } from "../../agent/contract.ts";
import { clip, escapeSlack } from "./text.ts";

const UNITS: readonly MetricUnit[] = ["currency", "count", "ratio", "percent"];
const FORMATS = ["currency", "integer", "decimal", "percent", "multiplier"] as const;
type Format = (typeof FORMATS)[number];

/** How one column's values are shown: its label and, for numbers, unit and format. */
export interface ColumnDisplay {
  key: string;
  label: string;
  unit?: string;
  format?: string;
}

export interface TableOptions {
  /** ISO currency of the organization, for currency cells ("$1,234"). */
  currency: string;
  /** Rows shown before "…and N more rows" (default 10). */
  maxRows?: number;
  /** Longest cell in characters (default 24). */
  maxCell?: number;
  /** Units of metrics by key, from the provenance definitions (for nested comparison cells). */
  metricUnits?: ReadonlyMap<string, { unit?: string; format?: string }>;
}

function asUnit(unit: string | undefined): MetricUnit | undefined {
  return UNITS.find((u) => u === unit);
}

function asFormat(format: string | undefined): Format | undefined {
  return FORMATS.find((f) => f === format);
}

/** One number by its column's unit; plain digits when the column has no known unit. */
function formatNumberCell(
  value: number,
  unit: string | undefined,
  format: string | undefined,
  currency: string,
) {
  const u = asUnit(unit);
  if (!u)
    return Number.isInteger(value)
      ? value.toLocaleString("en-US")
      : value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return formatValue(value, { unit: u, format: asFormat(format) }, currency);
}

/**
 * One cell as text: numbers by unit, null as "–", a comparison cell `{current, percentChange}` as
 * "$2,357.98 (+79.1%)", anything else as compact JSON.
 * @example formatCell(1234.5, { key: "spend", label: "Spend", unit: "currency" }, { currency: "USD" }) // "$1,234.50"
 */
export function formatCell(value: unknown, column: ColumnDisplay, opts: TableOptions): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "number") return formatNumberCell(value, column.unit, column.format, opts.currency);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "object" && !Array.isArray(value) && "current" in value) {
    const cell = value as { current?: unknown; percentChange?: unknown };
    const current = formatCell(cell.current, column, opts);
    if (typeof cell.percentChange !== "number") return current;
    const pct = cell.percentChange * 100;
    return `${current} (${pct >= 0 ? "+" : "−"}${Math.abs(pct).toFixed(1)}%)`;
  }
  return JSON.stringify(value);
}

/**
 * The columns actually present in the rows, labelled from `data.columns` (or the metric
 * definitions), in the rows' key order. Comparison rows carry keys the columns do not list.
 */
export function displayColumns(data: AgentAnswer["data"], opts: TableOptions): ColumnDisplay[] {
  const declared = new Map(data.columns.map((c) => [c.key, c]));
  const keys: string[] = [];
  for (const row of data.rows) for (const k of Object.keys(row)) if (!keys.includes(k)) keys.push(k);
  return keys.map((key) => {
    const c = declared.get(key);
    const m = opts.metricUnits?.get(key);
    return {
      key,
      label: c?.label ?? key,
      unit: c?.unit ?? m?.unit,
      format: c?.format ?? m?.format,
    };
  });
}

/**
 * The table as monospaced lines (header, rule, rows) plus how many rows were left out; undefined
 * when there is nothing tabular (no rows, or one row of one value already in the text).
 */
export function renderTable(
  data: AgentAnswer["data"],
  opts: TableOptions,
): { lines: string[]; omitted: number } | undefined {
  const columns = displayColumns(data, opts);
  if (data.rows.length === 0 || columns.length === 0) return undefined;
  if (data.rows.length === 1 && columns.length === 1) return undefined;
  const maxCell = opts.maxCell ?? 24;
  const shown = data.rows.slice(0, opts.maxRows ?? 10);
  const cells = [
    columns.map((c) => clip(c.label, maxCell)),
    ...shown.map((row) => columns.map((c) => clip(formatCell(row[c.key], c, opts), maxCell))),
  ];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const [header, ...body] = cells;
  return {
    lines: [line(header!), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)],
    omitted: data.rows.length - shown.length,
  };
}

/**
 * The table as one mrkdwn string within `max` characters: a code block, then "…and N more rows".
 * Rows are dropped from the bottom until it fits, and the count says so.
 */
export function tableMrkdwn(data: AgentAnswer["data"], opts: TableOptions, max = 3000): string | undefined {
  const table = renderTable(data, opts);
  if (!table) return undefined;
  const header = table.lines.slice(0, 2);
  const rows = table.lines.slice(2);
  for (let n = rows.length; n >= 0; n--) {
    const omitted = table.omitted + rows.length - n;
    const more = omitted > 0 ? `\n…and ${omitted} more row${omitted === 1 ? "" : "s"}` : "";
    const text = `\`\`\`\n${escapeSlack([...header, ...rows.slice(0, n)].join("\n"))}\n\`\`\`${more}`;
    if (text.length <= max) return text;
  }
  return undefined;
}
