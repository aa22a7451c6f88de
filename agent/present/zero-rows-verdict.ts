/**
 * fix15e: "campaigns that never got an order": the rows at zero named, or a plain "none" with the
 * fewest, before the table. The ranking alone left the reader to look for zeros that were not there.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatPeriod, formatValue } from "../answer/format.ts";
import { ZERO_ROWS_ASK } from "../planner/zero-rows.ts";

/** How many of the fewest are named when no row is at zero. */
const FEWEST = 3;

/**
 * The verdict on a zero-rows ask, or "" when the question is not one or the result has no single breakdown.
 * @example zeroRowsVerdict(result, "campaigns that never got an order") // "None: every campaign in ... had at least one order. Fewest: ..."
 */
export function zeroRowsVerdict(result: MetricResult, question: string, currency = "USD"): string {
  if (!ZERO_ROWS_ASK.test(question.toLowerCase())) return "";
  const dims = result.columns.filter((c) => c.kind === "dimension" && !c.key.endsWith("_name"));
  const metric = result.columns.find((c) => c.kind === "metric");
  if (dims.length !== 1 || dims[0]!.key === "date" || !metric || !result.rows.length) return "";
  const dim = dims[0]!;
  const noun = dim.label.toLowerCase();
  const label = metric.label.toLowerCase();
  const value = (r: MetricResult["rows"][number]) =>
    typeof r[metric.key] === "number" ? (r[metric.key] as number) : 0;
  const name = (r: MetricResult["rows"][number]) =>
    r[dim.key] === null || r[dim.key] === undefined
      ? `(no ${noun})`
      : String(r[`${dim.key}_name`] ?? r[dim.key]);
  const rows = result.rows.filter((r) => r[dim.key] !== null && r[dim.key] !== undefined);
  const period = formatPeriod(result.provenance.timeRange);
  const zero = rows.filter((r) => value(r) === 0);
  if (zero.length)
    return `${zero.length} of the ${rows.length} ${noun} rows had no ${label} in ${period}: ${zero.map(name).join(", ")}.`;
  const spec = { unit: metric.unit ?? "count", format: metric.format ?? "decimal" } as Parameters<
    typeof formatValue
  >[1];
  const fewest = [...rows]
    .sort((a, b) => value(a) - value(b))
    .slice(0, FEWEST)
    .map((r) => `${name(r)} (${formatValue(value(r), spec, currency)})`);
  return `None: every one of the ${rows.length} ${noun} rows had ${label} in ${period} (counted as the data credits them). Fewest: ${fewest.join(", ")}.`;
}
