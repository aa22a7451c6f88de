import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatValue } from "../answer/format.ts";

const BOUND: Record<string, string> = { gt: "over", gte: "at least", lt: "under", lte: "at most" };

/**
 * "Only rows with Ad spend of at least $1,000.": the thresholds on the rows the question stated
 * ("only campaigns that spent at least $1k"), so a ranking says which rows it left out. The value
 * is in the result's provenance, so the figure is grounded.
 * @example floorNote(result, "campaign") // "Only campaigns with Ad spend of at least $1,000."
 */
export function floorNote(result: Pick<MetricResult, "provenance" | "columns">, currency: string): string {
  const parts: string[] = [];
  for (const f of result.provenance.filters) {
    if (!(f.op in BOUND) || !("value" in f) || typeof f.value !== "number") continue;
    const column = result.columns.find((c) => c.key === f.field && c.kind === "metric");
    if (!column) continue;
    const unit =
      (["currency", "percent", "ratio", "count"] as const).find((u) => u === column.unit) ?? "count";
    parts.push(`${column.label} of ${BOUND[f.op]} ${formatValue(f.value, { unit }, currency)}`);
  }
  if (!parts.length) return "";
  const dim = result.columns.find((c) => c.kind === "dimension" && c.key !== "date");
  const rows = dim ? `${dim.label.toLowerCase()} rows` : "rows";
  return `Only ${rows} with ${parts.join(" and ")} (the threshold you set).`;
}
