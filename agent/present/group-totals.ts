/**
 * s16: named groups set side by side ("east coast vs west coast revenue"): the planner asks
 * query_metrics once per group with a label (agent/planner/region-groups.ts), and the answer is one
 * total per group, each figure read straight from its own result (so every number is grounded),
 * in one table with a bar chart, instead of one presentation per call.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatPeriod, formatValue } from "../answer/format.ts";
import type { MetricSpec } from "../answer/types.ts";
import { chooseChart } from "../chart/choose-chart.ts";
import type { ChartColumn } from "../chart/types.ts";
import { metricProvenance } from "./query-metrics.ts";
import type { Presentation, PresentContext } from "./types.ts";

/** One labelled query_metrics result. */
export interface LabelledResult {
  label: string;
  result: MetricResult;
}

/**
 * The labelled results of a turn's query_metrics calls, when there are two or more of them.
 * @example labelledResults([{ name: "query_metrics", args: { label: "East Coast" }, result: { ok: true, data } }, ...])
 */
export function labelledResults(
  results: readonly {
    name: string;
    args: Record<string, unknown>;
    result: { ok: boolean; data?: unknown };
  }[],
): LabelledResult[] {
  const out = results.flatMap((r) =>
    r.name === "query_metrics" && r.result.ok && typeof r.args.label === "string"
      ? [{ label: r.args.label, result: r.result.data as MetricResult }]
      : [],
  );
  return out.length >= 2 ? out : [];
}

/**
 * One line per group with its totals, a table (group x metric) and a bar chart of the first metric.
 * @example presentGroupTotals([{ label: "East Coast", result }, { label: "West Coast", result }], ctx).text
 * // "For October 2–31, 2026:\n- East Coast: Revenue $5,120.40\n- West Coast: Revenue $7,860.15"
 */
export function presentGroupTotals(groups: readonly LabelledResult[], ctx: PresentContext): Presentation {
  const first = groups[0]!.result;
  const metrics = first.columns.filter((c) => c.kind === "metric");
  const value = (r: MetricResult, key: string) => r.totals[key] ?? null;
  const spec = (c: (typeof metrics)[number]) =>
    ({ unit: c.unit ?? "count", format: c.format }) as Pick<MetricSpec, "unit" | "format">;
  // fix13f: each sum's average per day when the calls asked for it ("weekends vs weekdays": two
  // days against five), read from the group's own result.
  const perDay = (r: MetricResult, key: string) => r.dailyAverage?.totals[key] ?? null;
  const ownDates = groups.some(
    ({ result }) =>
      result.provenance.timeRange.from !== first.provenance.timeRange.from ||
      result.provenance.timeRange.to !== first.provenance.timeRange.to,
  );
  const lines = groups.map(({ label, result }) => {
    const figures = metrics.map((c) => {
      const v = value(result, c.key);
      const daily = perDay(result, c.key);
      const avg =
        daily === null || !result.dailyAverage
          ? ""
          : ` (${formatValue(daily, spec(c), ctx.currency)} per day over ${result.dailyAverage.days} days)`;
      return `${c.label} ${v === null ? "no data" : formatValue(v, spec(c), ctx.currency)}${avg}`;
    });
    // lead22: stretches named side by side each say their own dates.
    const own = ownDates ? ` (${formatPeriod(result.provenance.timeRange)})` : "";
    return `- ${label}${own}: ${figures.join("; ")}`;
  });
  const range = first.provenance.timeRange;
  const lead = twoSidesVerdict(groups, metrics[0], perDay, spec, ctx.currency);
  const text = [
    ownDates ? "Each over its own dates:" : `For ${formatPeriod({ from: range.from, to: range.to })}:`,
    ...lines,
    ...(lead ? [lead] : []),
  ].join("\n");
  const averaged = metrics.filter((c) => groups.some(({ result }) => perDay(result, c.key) !== null));
  const rows = groups.map(({ label, result }) => ({
    group: label,
    ...Object.fromEntries(metrics.map((c) => [c.key, value(result, c.key)])),
    ...Object.fromEntries(averaged.map((c) => [`${c.key}_per_day`, perDay(result, c.key)])),
  }));
  const columns = [
    { key: "group", label: "Group" },
    ...metrics.map((c) => ({ key: c.key, label: c.label, unit: c.unit, format: c.format })),
    ...averaged.map((c) => ({
      key: `${c.key}_per_day`,
      label: `${c.label} per day`,
      unit: c.unit,
      format: c.format,
    })),
  ];
  const chart = chooseChart({
    columns: [
      { key: "group", label: "Group", kind: "category" as const },
      ...metrics.map((c) => ({
        key: c.key,
        label: c.label,
        kind: "metric" as const,
        unit: c.unit as ChartColumn["unit"],
        format: c.format as ChartColumn["format"],
      })),
    ],
    rows,
    currency: ctx.currency,
  });
  return {
    text,
    data: { columns, rows },
    ...(chart ? { chart: chart as unknown as Record<string, unknown> } : {}),
    provenance: {
      ...metricProvenance(first),
      groups: groups.map((g) => g.label),
      // lead22: stretches over their own dates: each group's resolved range, not only the first's.
      ...(ownDates ? { groupRanges: groups.map((g) => g.result.provenance.timeRange) } : {}),
    },
  };
}

/**
 * fix16c: "do we convert better on weekends or weekdays": with two groups, which is higher on the
 * first measure (per day for a sum, the rate itself for a rate), or that they are level at the
 * shown precision. Only the figures already in the lines are repeated; no difference is computed.
 */
function twoSidesVerdict(
  groups: readonly LabelledResult[],
  metric: MetricResult["columns"][number] | undefined,
  perDay: (r: MetricResult, key: string) => number | null,
  spec: (c: MetricResult["columns"][number]) => Pick<MetricSpec, "unit" | "format">,
  currency: string,
): string {
  if (groups.length !== 2 || !metric) return "";
  const figure = (r: MetricResult) => perDay(r, metric.key) ?? r.totals[metric.key] ?? null;
  const [a, b] = groups.map((g) => ({ label: g.label, value: figure(g.result) }));
  if (!a || !b || a.value === null || b.value === null) return "";
  const shown = (v: number) => formatValue(v, spec(metric), currency);
  const daily = perDay(groups[0]!.result, metric.key) !== null ? " per day" : "";
  if (shown(a.value) === shown(b.value))
    return `${metric.label}${daily} is level: ${shown(a.value)} for both ${a.label} and ${b.label}.`;
  const [hi, lo] = a.value > b.value ? [a, b] : [b, a];
  return `${metric.label}${daily} is higher for ${hi.label}: ${shown(hi.value!)} against ${shown(lo.value!)} for ${lo.label}.`;
}
