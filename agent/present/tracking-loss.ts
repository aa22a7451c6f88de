/**
 * Sessions and orders that lost more than half their normal on the same day while ad spend did
 * not fall: the signature of lost tracking (a tag or pixel outage) rather than lost demand. A
 * one-day scan reads each metric's day against its normal; a longer scan ("why did orders tank mid
 * march", fix7b) reads the days it flagged as drops in both sessions and orders.
 */
import type { DetectAnomaliesData } from "../../tools/detect-anomalies/execute.ts";
import { formatDate, formatNumber } from "../answer/index.ts";

type Metric = DetectAnomaliesData["metrics"][number];

const lost = (x: { value: number; normal: number }) => x.normal > 0 && x.value < x.normal / 2;

/** The days of a short scan where sessions and orders both fell below half their normal and spend did not fall. */
function lostDays(d: DetectAnomaliesData): { date: string; orders: number; ordersNormal: number }[] {
  const of = (key: string) => d.metrics.find((m) => m.metric === key)?.days ?? [];
  const sessions = new Map(of("sessions").map((x) => [x.date, x]));
  const spend = new Map(of("spend").map((x) => [x.date, x]));
  return of("orders")
    .filter((o) => {
      const s = sessions.get(o.date);
      const a = spend.get(o.date);
      return lost(o) && s && lost(s) && a && a.value >= a.normal * 0.8;
    })
    .map((o) => ({ date: o.date, orders: o.value, ordersNormal: o.normal }));
}

/**
 * The day of a short scan a metric fell furthest below its normal, when below half of it: the
 * day "orders tanked" even when the detector did not flag it.
 */
export function steepestFall(m: Metric): { date: string; value: number; normal: number } | undefined {
  const fallen = (m.days ?? []).filter(lost);
  return fallen.sort((a, b) => a.value / a.normal - b.value / b.normal)[0];
}

/** The line naming a tracking loss, or nothing. */
export function trackingLossLine(d: DetectAnomaliesData): string[] {
  const planned = d.plannedChanges?.length ? "" : " No recorded planned change covers the day.";
  const day = (key: string) => d.metrics.find((m) => m.metric === key)?.day;
  const [sessions, orders, spend] = [day("sessions"), day("orders"), day("spend")];
  if (sessions && orders && spend) {
    if (!lost(sessions) || !lost(orders) || spend.value < spend.normal * 0.8) return [];
    return [
      `Sessions and orders fell together while ad spend ran as usual: that pattern points to lost tracking (a tag or pixel outage) rather than lost demand.${planned}`,
    ];
  }
  const days = lostDays(d);
  if (!days.length) return [];
  const named = days
    .map(
      (x) =>
        `${formatDate(x.date)} (${formatNumber(x.orders, 0)} orders against ${formatNumber(x.ordersNormal, 1)} on a normal day)`,
    )
    .join(", ");
  return [
    `On ${named} sessions and orders fell together while ad spend ran as usual: that points to lost tracking (a tag or pixel outage) on ${days.length === 1 ? "that day" : "those days"} rather than lost demand, and the rest of the period was not unusual in the same way.`,
  ];
}
