/**
 * fix13b: the verdict on a figure quoted to be checked ("the dashboard says 1,417 orders in
 * october, right?", "you said 1.4 before"): ours for the same ask, whether the quoted one matches
 * (to the precision it was quoted in), and where such gaps usually come from for that kind of
 * figure. Said as possible causes: the other figure's source cannot be seen.
 */

import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { ComparePeriodsData } from "../../tools/compare-periods/execute.ts";
import { formatPeriod, formatValue } from "../answer/format.ts";
import { spec } from "./metric-spec.ts";

interface Result {
  name: string;
  args: Record<string, unknown>;
  result: { ok: boolean; data?: unknown };
}

interface Ours {
  metric: string;
  label: string;
  unit: string;
  format?: string;
  value: number;
  period: { from: string; to: string; timeZone: string };
  model?: string;
  mer?: number;
}

/**
 * The quoted figure as a number in the metric's own terms ("$120k" 120000, "3.2%" 0.032 for a
 * rate), with the half-step of its last digit (how far off it may be and still match).
 */
export function quotedValue(typed: string, unit: string): { value: number; slack: number } | undefined {
  const m = /^\$?([\d,]+(?:\.(\d+))?)\s?(k|m|x|%)?$/i.exec(typed.trim());
  if (!m) return undefined;
  const decimals = m[2]?.length ?? 0;
  const scale = m[3]?.toLowerCase() === "k" ? 1e3 : m[3]?.toLowerCase() === "m" ? 1e6 : 1;
  const percent = m[3] === "%" || (unit === "percent" && Number(m[1]!.replace(/,/g, "")) > 1);
  const rate = percent && (unit === "percent" || unit === "ratio") ? 0.01 : 1;
  const value = Number(m[1]!.replace(/,/g, "")) * scale * rate;
  const slack = 0.5 * 10 ** -decimals * scale * rate;
  return Number.isFinite(value) ? { value, slack } : undefined;
}

/** Our figure for the first metric of the turn's first query or comparison (a total, no rows). */
function ours(results: readonly Result[]): Ours | undefined {
  for (const r of results) {
    if (!r.result.ok) continue;
    if (r.name === "query_metrics") {
      const d = r.result.data as MetricResult;
      const col = d.columns.find((c) => c.kind === "metric");
      if (!col || d.columns.some((c) => c.kind === "dimension")) return undefined;
      const value = d.totals[col.key] ?? d.rows[0]?.[col.key];
      if (typeof value !== "number") return undefined;
      const mer = d.totals.mer ?? d.rows[0]?.mer;
      const model = (d.provenance.attribution as { model?: string } | undefined)?.model;
      return {
        metric: col.key,
        label: col.label,
        unit: col.unit ?? "count",
        ...(col.format ? { format: col.format } : {}),
        value,
        period: d.provenance.timeRange,
        ...(model ? { model: model.replace(/_/g, " ") } : {}),
        ...(typeof mer === "number" && col.key !== "mer" ? { mer } : {}),
      };
    }
    if (r.name === "compare_periods") {
      const d = r.result.data as ComparePeriodsData;
      const t = d.totals[0];
      if (
        !t ||
        typeof t.current !== "number" ||
        d.rows.some((x) => Object.values(x).some((v) => typeof v === "string"))
      )
        return undefined;
      return { metric: t.metric, label: t.label, unit: t.unit, value: t.current, period: d.period };
    }
  }
  return undefined;
}

/** Where a gap of this kind of figure usually comes from. */
function causes(o: Ours, period: string, currency: string): string[] {
  const when = `a different date range (ours is ${period}; a week or month cut on other days, a month to date, year to date or all time gives another figure) or time zone (ours is ${o.period.timeZone})`;
  if (o.metric === "roas" || o.metric.includes("attributed") || o.metric === "cpa" || o.metric === "cac") {
    const mer =
      o.mer !== undefined
        ? ` (MER for the same period is ${formatValue(o.mer, spec("mer", "MER", "ratio", "multiplier"), currency)})`
        : "";
    return [
      when,
      `the attribution model (ours credits revenue ${o.model ? `under ${o.model}` : "under your default model"}; another model credits paid channels more or less)`,
      `paid ROAS against MER, which divides all revenue, unpaid channels included, by ad spend${mer}`,
      "the ad platforms' own figures, which claim every conversion in their click and view windows and so add up to more than the orders we see",
    ];
  }
  if (/order|revenue|customer|aov|average_order/.test(o.metric))
    return [
      when,
      "platform-reported conversions counted as orders (each ad platform claims its own, so together they exceed real orders)",
      "orders the store counts that we never receive (cancelled, test, draft or manual orders) or that tracking missed (ad blockers, consent, outages)",
    ];
  return [
    when,
    "a filter on one side (one channel, platform or campaign) or figures still being updated there",
  ];
}

/**
 * The verdict for a quoted figure, or undefined when the turn's results hold no single total.
 * @example quotedFigureVerdict("1,417", results, "USD") // "No: our figure for orders over October 1–31, 2026 is 317, not 1,417 (ours is lower). ..."
 */
export function quotedFigureVerdict(
  typed: string,
  results: readonly Result[],
  currency: string,
  earlier = false,
): string | undefined {
  const o = ours(results);
  if (!o) return undefined;
  const quoted = quotedValue(typed, o.unit);
  if (!quoted) return undefined;
  const unit = spec(o.metric, o.label, o.unit, o.format);
  const figure = formatValue(o.value, unit, currency);
  const period = formatPeriod(o.period);
  const label = o.label.charAt(0).toLowerCase() + o.label.slice(1);
  const ourFigure = `our figure for ${label} over ${period} is ${figure}`;
  if (Math.abs(o.value - quoted.value) <= quoted.slack + 1e-9)
    return `Yes: ${ourFigure}, which matches the ${typed} you quoted.`;
  const side = o.value < quoted.value ? "lower" : "higher";
  // Our figures for the same ask do not drift: the data for a closed period is fixed.
  const source = earlier
    ? `For the same period, definition and attribution model this figure comes out the same each time, so a ${typed} would have been another reading of the ask. The usual ones`
    : `I can't see where the ${typed} came from, so these are the usual causes of such a gap, not findings`;
  return `No: ${ourFigure}, not ${typed} (ours is ${side}). ${source}: ${causes(o, period, currency).join("; ")}.`;
}
