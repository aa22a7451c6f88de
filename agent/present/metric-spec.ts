import type { MetricSpec, MetricUnit } from "../answer/types.ts";

/** A catalog column's unit as the templates know it. */
export function spec(key: string, label: string, unit: string, format?: string): MetricSpec {
  const units: MetricUnit[] = ["currency", "count", "ratio", "percent"];
  const formats: Array<NonNullable<MetricSpec["format"]>> = [
    "currency",
    "integer",
    "decimal",
    "percent",
    "multiplier",
  ];
  const u = units.find((x) => x === unit) ?? "count";
  const f = formats.find((x) => x === format) ?? (u === "ratio" ? "multiplier" : undefined);
  return { key, label, unit: u, ...(f ? { format: f } : {}) };
}
