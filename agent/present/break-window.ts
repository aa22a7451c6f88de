/**
 * The lines that localise a rate's fall (fix7d): when it broke, by how much, whether it came
 * back, and which metrics upstream held while it did. Steady ad traffic beside a collapsed
 * on-site rate points at what happens after the click; the data shows where, never the cause
 * itself, so the wording says what the data points to and stops there.
 */
import type { BreakWindow } from "../../tools/explain-change/break-window.ts";
import { formatNumber, formatPeriod, formatValue, joinList } from "../answer/index.ts";
import type { MetricSpec } from "../answer/types.ts";

/** Metrics paid before the click: steady, they clear the ads of a fall after it. */
const AD_SIDE = new Set(["spend", "impressions", "clicks", "ctr"]);

function share(change: number): string {
  return `${formatNumber(Math.abs(change) * 100, 0)}%`;
}

function level(u: BreakWindow["upstream"][number], currency: string): string {
  const unit = (["currency", "count", "ratio", "percent"] as const).find((x) => x === u.unit) ?? "count";
  const s: MetricSpec = {
    key: u.metric,
    label: u.label,
    unit,
    ...(u.format === "percent" || u.format === "decimal" ? { format: u.format } : {}),
  };
  const perDay = s.unit === "currency" || s.unit === "count" ? " a day" : "";
  return `${u.label} ${formatValue(u.inside, s, currency)}${perDay} against ${formatValue(u.outside, s, currency)}`;
}

/**
 * @example breakWindowLines(b, spec("conversion_rate", "Conversion rate", "percent"), "USD")
 * // ["When it broke: Conversion rate was 0.45% from August 10 to 23, 2026 (14 days), 55% below ...", ...]
 */
export function breakWindowLines(b: BreakWindow, metric: MetricSpec, currency: string): string[] {
  const dir = b.relativeChange < 0 ? "below" : "above";
  const window = formatPeriod({ from: b.from, to: b.to });
  const lines = [
    `When it ${b.relativeChange < 0 ? "broke" : "jumped"}: ${metric.label} was ${formatValue(b.rateInside, metric, currency)} over ${window} (${b.days} days), ${share(b.relativeChange)} ${dir} the ${formatValue(b.rateOutside, metric, currency)} of the days around it (${formatPeriod(b.scanned)}); ${b.recovered ? `it was back after ${formatPeriod({ from: b.to, to: b.to })}` : "it had not come back by the last day of data"}.`,
  ];
  const steady = b.upstream.filter((u) => u.steady);
  const moved = b.upstream.filter((u) => !u.steady);
  if (steady.length)
    lines.push(`Held steady over those days: ${joinList(steady.map((u) => level(u, currency)))}.`);
  if (moved.length)
    lines.push(
      `Moved over those days: ${joinList(moved.map((u) => `${level(u, currency)} (${u.relativeChange < 0 ? "down" : "up"} ${share(u.relativeChange)})`))}.`,
    );
  const adsSteady = steady.filter((u) => AD_SIDE.has(u.metric));
  const adsMoved = moved.some((u) => AD_SIDE.has(u.metric));
  if (adsSteady.length && !adsMoved) {
    lines.push(
      `With ${joinList(adsSteady.map((u) => u.label.toLowerCase()))} steady, the data points at what happens after the click (the site or landing page those visitors reached) rather than the ads; it does not show the cause itself.`,
    );
  }
  return lines;
}
