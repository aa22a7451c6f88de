/** overview results as an answer: headline KPIs vs the previous period, the movers, a trend chart. */
import type { OverviewData, OverviewKpi } from "../../tools/overview/execute.ts";
import {
  coverageNote,
  dataEndNote,
  formatChange,
  formatPeriod,
  formatValue,
  periodCoverage,
  periodEndCoverage,
  thinBaselineNote,
} from "../answer/index.ts";
import type { MetricSpec } from "../answer/types.ts";
import type { Presentation, PresentContext } from "./types.ts";

const specOf = (k: OverviewKpi): MetricSpec => ({
  key: k.key,
  label: k.label,
  unit: k.unit,
  format: k.format,
});
const CURRENCY: MetricSpec = { key: "revenue", label: "Revenue", unit: "currency", format: "currency" };

/** "Revenue: $1,080.00 (up 237.5% from $320.00)." */
function kpiLine(k: OverviewKpi, ctx: PresentContext, withChange = true): string {
  const s = specOf(k);
  const label = k.key === "paid_roas" ? `${k.label} (paid channels, attributed)` : k.label;
  if (k.current === null) return `${label}: no data in the period.`;
  const change =
    k.previous === null || !withChange ? "" : ` (${formatChange(k.current, k.previous, s, ctx.currency)})`;
  return `${label}: ${formatValue(k.current, s, ctx.currency)}${change}.`;
}

/**
 * overview: one line per headline KPI with its change, the channels whose attributed revenue moved
 * most, the period's anomaly count, and one sentence on MER vs paid ROAS. The table is the KPI
 * comparison; the chart is the daily revenue and spend trend.
 */
export function presentOverview(d: OverviewData, ctx: PresentContext): Presentation {
  const comparison = { ...d.comparisonPeriod, timeZone: d.period.timeZone };
  // A baseline mostly before the data (the year to date against last year's span): no changes,
  // and the head line says so instead of naming the baseline as if the figures were compared.
  const thin = thinBaselineNote(comparison, d.provenance.dataFreshness.adSpendFrom);
  // fix15f: a baseline wholly before the data (last November against the October before the data
  // starts): no changes from zero and no "movers" that only appeared.
  const before = periodCoverage(comparison, d.provenance.dataFreshness.adSpendFrom) === "none";
  const head = before
    ? `${formatPeriod(d.period)}, not compared with the period before (${formatPeriod(comparison)}): the data starts after it.`
    : thin
      ? `${formatPeriod(d.period)}, not compared with the period before (${formatPeriod(comparison)}): the data barely covers it.`
      : `${formatPeriod(d.period)} compared with ${formatPeriod(comparison)}:`;
  const baselineNote = thin
    ? `${coverageNote(comparison, d.provenance.dataFreshness.adSpendFrom)} ${thin}`
    : "";
  const movers =
    d.movers.length && !thin && !before
      ? `Biggest movers in attributed revenue (${d.attributionModel}): ${d.movers
          .map(
            (m) =>
              `${m.label} ${m.change > 0 ? "up" : "down"} ${formatValue(Math.abs(m.change), CURRENCY, ctx.currency)} to ${formatValue(m.current, CURRENCY, ctx.currency)}`,
          )
          .join("; ")}.`
      : "";
  const anomalies = d.anomalies.length
    ? `Unusual days flagged in the period: ${d.anomalies
        .map((a) => `${a.label.toLowerCase()} ${a.direction} on ${a.date}`)
        .join(", ")}.`
    : "No unusual days in spend, revenue or orders.";
  const note = `MER counts all tracked revenue (organic and direct included) over ad spend; paid ROAS counts only the revenue the ${d.attributionModel} model credits to paid channels.`;
  const through = d.provenance.dataFreshness.adSpendThrough;
  const end = dataEndNote(d.period, through);
  // A period wholly after the last loaded day ("this month" on its first day) has no data yet:
  // "down 100%" against the period before would be a confident answer about days not loaded.
  const text =
    periodEndCoverage(d.period, through) === "none"
      ? `${dataEndNote(d.period, through, true)} Ask about a period up to then, such as last week or last month.`
      : [
          head,
          ...d.kpis.map((k) => kpiLine(k, ctx, !thin && !before)),
          baselineNote,
          movers,
          anomalies,
          note,
          end,
        ]
          .filter(Boolean)
          .join("\n");
  return {
    text,
    data: {
      columns: [
        { key: "metric", label: "Metric" },
        { key: "current", label: "Current" },
        { key: "previous", label: "Previous" },
        { key: "change", label: "Change" },
        { key: "percentChange", label: "% change", unit: "ratio", format: "percent" },
      ],
      // Against a baseline the data barely covers the table shows no change either (+626% would
      // be read as growth); the baseline's partial figure stays, labelled by the note.
      rows: d.kpis.map((k) => ({
        metric: k.label,
        current: k.current,
        previous: k.previous,
        change: thin ? null : k.change,
        percentChange: thin ? null : k.percentChange,
      })),
    },
    ...(d.trend.length > 1
      ? {
          chart: {
            $schema: "https://vega.github.io/schema/vega-lite/v5.json",
            title: `Daily revenue and ad spend, ${formatPeriod(d.period)}`,
            data: {
              values: d.trend.flatMap((t) => [
                { date: t.date, series: "Revenue", value: t.revenue },
                { date: t.date, series: "Ad spend", value: t.spend },
              ]),
            },
            mark: { type: "line", point: true, tooltip: true },
            encoding: {
              x: { field: "date", type: "temporal", title: "Date" },
              y: { field: "value", type: "quantitative", title: ctx.currency },
              color: { field: "series", type: "nominal", title: null },
              tooltip: [
                { field: "date", type: "temporal", title: "Date" },
                { field: "series", type: "nominal", title: "Series" },
                { field: "value", type: "quantitative", title: ctx.currency, format: ",.2f" },
              ],
            },
          },
        }
      : {}),
    provenance: { tool: "overview", ...d.provenance, attributionModel: d.attributionModel },
  };
}
