/**
 * "as a table", "csv please", "can I export that": the answer's rows written out as a table in the
 * text (every surface shows text; the web app and Slack also show the rows as a table of their
 * own), and where the full rows go from there. Every cell is a value the tool returned, formatted
 * as the answer's sentences format it, so the verifier grounds each one.
 */
import { formatDate, formatValue } from "../answer/format.ts";
import type { MetricUnit } from "../answer/types.ts";
import type { Presentation } from "./types.ts";

/** Rows written in the text; the rest stay in the answer's own table. */
export const TEXT_TABLE_ROWS = 25;

const UNITS: readonly MetricUnit[] = ["currency", "count", "ratio", "percent"];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** How a column of dates reads: months when every date is a month's first, else days. */
function dateGrain(values: readonly unknown[]): "month" | "day" {
  const days = values.filter((v): v is string => typeof v === "string" && ISO_DAY.test(v));
  return days.length > 1 && days.every((d) => d.endsWith("-01")) ? "month" : "day";
}

function cellText(
  value: unknown,
  unit: MetricUnit | undefined,
  format: string | undefined,
  currency: string,
  grain: "month" | "day",
): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && unit)
    return formatValue(value, { unit, ...(format ? { format: format as never } : {}) }, currency);
  if (typeof value === "string" && ISO_DAY.test(value)) return formatDate(value, grain);
  return String(value).replaceAll("|", "/");
}

/**
 * The rows as a Markdown table (a campaign read by its name, its id left to the data), with a line
 * on where the full rows are; undefined when there are no rows to lay out.
 */
export function textTable(data: Presentation["data"], currency: string): string | undefined {
  const { rows } = data;
  if (rows.length === 0) return undefined;
  const named = data.columns.some((c) => c.key === "campaign_name");
  const columns = data.columns.filter((c) => !(named && c.key === "campaign"));
  if (columns.length < 2) return undefined;
  // A table whose columns are not its rows' own fields (a comparison's per-member cells) or whose
  // cells are nested is left to the answer's lines: an empty grid says nothing.
  const plain = (v: unknown) => v === null || typeof v === "number" || typeof v === "string";
  if (
    !columns.every((c) => rows.some((r) => c.key in r)) ||
    !rows.every((r) => columns.every((c) => plain(r[c.key] ?? null)))
  )
    return undefined;
  const grains = new Map(columns.map((c) => [c.key, dateGrain(rows.map((r) => r[c.key]))]));
  const shown = rows.slice(0, TEXT_TABLE_ROWS);
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  const header = columns.map((c) => (c.key === "campaign_name" ? "Campaign" : c.label));
  const body = shown.map((r) =>
    line(
      columns.map((c) =>
        cellText(
          r[c.key],
          UNITS.find((u) => u === c.unit),
          c.format,
          currency,
          grains.get(c.key) ?? "day",
        ),
      ),
    ),
  );
  const more =
    rows.length > shown.length
      ? `The first ${shown.length} of ${rows.length} rows; the rest are in the answer's table. `
      : "";
  return [
    line(header),
    line(columns.map(() => "---")),
    ...body,
    "",
    `${more}As a file: the web app's table has a Download CSV button with every row, and the API returns them as \`data.rows\`.`,
  ].join("\n");
}
