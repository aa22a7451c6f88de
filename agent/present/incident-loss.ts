/**
 * leftD: the lead of "how many orders did the outage / broken page cost us" (detect_anomalies with
 * focus 'loss'): the shortfall the scan found, where and when, the orders expected against those
 * placed, and the revenue at that window's average order value, all said as estimates; or that
 * nothing in the scan lost orders. The scan's own lines follow as the evidence.
 */
import type { DetectAnomaliesData } from "../../tools/detect-anomalies/execute.ts";
import { formatCurrency, formatNumber, formatPeriod, formatValue } from "../answer/index.ts";
import type { MetricSpec } from "../answer/types.ts";
import { comparedText } from "./rate-break-lines.ts";
import type { PresentContext } from "./types.ts";

/** The lines that answer the cost; [] when no loss was asked. */
export function incidentLossLines(
  d: DetectAnomaliesData,
  specOf: (key: string) => MetricSpec,
  ctx: PresentContext,
): string[] {
  if (!d.lossAsked) return [];
  const scanned = formatPeriod(d.period);
  const l = d.loss;
  // "how many orders did we lose in the outage": a tracking loss records no orders that were
  // placed, so the estimate is of orders not recorded, said as such, not of demand lost.
  const gap = (d.trackingGaps ?? []).find((g) => g.metric === "orders" && g.normal > g.value);
  if (!l && gap)
    return [
      `Roughly ${formatNumber(gap.normal - gap.value, 0)} orders went unrecorded, as an estimate: on ${formatPeriod({ from: gap.date, to: gap.date })} tracking was lost, with ${formatNumber(gap.value, 0)} orders recorded against ${formatNumber(gap.normal, 0)} on a normal day. Sessions fell with them while ad spend held, so those orders were most likely placed but not tracked, rather than lost sales. Apart from that day, no channel's conversion rate broke below its usual level in ${scanned}; the scan's findings follow.`,
    ];
  if (!l)
    return [
      `I find no drop that cost orders in ${scanned}: no channel's conversion rate broke below its usual level and no day's orders fell below normal, so the data shows no incident costing orders then.`,
    ];
  // A scan filtered to one member ("paid social conversions tanked") is that member's, not the store's.
  const only = d.provenance.filters
    .map((f) => f as { field?: string; values?: unknown[] })
    .find((f) => f.field && f.values?.length === 1);
  const filtered = only ? String(only.values![0]) : undefined;
  const member = l.member ?? filtered;
  const dimension = l.member ? (l.dimension ?? "") : (only?.field ?? "");
  const who = member ? (ctx.valueLabels?.[dimension]?.[member] ?? member) : "The store";
  const when = l.from === l.to ? formatPeriod({ from: l.from, to: l.to }) : formatPeriod(l);
  const revenue =
    l.lostRevenue === null || l.averageOrderValue === null
      ? ""
      : ` At that window's average order value (${formatCurrency(l.averageOrderValue, ctx.currency)}) that is about ${formatCurrency(l.lostRevenue, ctx.currency)} of revenue.`;
  if (l.kind === "rate_break" && l.rateInside !== undefined && l.rateOutside !== undefined) {
    const s = specOf("conversion_rate");
    return [
      `Roughly ${formatNumber(l.lostOrders, 0)} orders, as an estimate: ${who}'s conversion rate dropped to ${formatValue(l.rateInside, s, ctx.currency)} from ${formatValue(l.rateOutside, s, ctx.currency)} ${comparedText(l)}, ${when}. At its usual rate those days' sessions would have brought about ${formatNumber(l.expectedOrders, 0)} orders; they brought ${formatNumber(l.actualOrders, 0)}.${revenue}`,
      `That is the biggest shortfall found in ${scanned} (scanned with normal weeks around it, so the drop has days to stand against); the scan's findings follow.`,
    ];
  }
  return [
    `Roughly ${formatNumber(l.lostOrders, 0)} orders, as an estimate: ${who === "The store" ? "orders" : `${who}'s orders`} on ${when} were ${formatNumber(l.actualOrders, 0)} against a normal ${formatNumber(l.expectedOrders, 0)}.${revenue}`,
    `That is the biggest shortfall in ${scanned}; the scan's findings follow.`,
  ];
}
