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

/** The overall series' flagged drops of a metric, by date. */
function drops(m: Metric | undefined): Map<string, { value: number; normal: number }> {
  const out = new Map<string, { value: number; normal: number }>();
  for (const s of m?.series ?? [])
    if (s.member === null)
      for (const a of s.anomalies)
        if (a.kind === "day" && a.direction === "down")
          out.set(a.date, { value: a.value, normal: a.expected });
  return out;
}

/** The days of a longer scan where sessions and orders both fell below half their expected value and spend did not drop. */
function lostDays(
  d: DetectAnomaliesData,
): { date: string; sessions: number; orders: number; ordersNormal: number }[] {
  const of = (key: string) => d.metrics.find((m) => m.metric === key);
  const sessions = drops(of("sessions"));
  const orders = drops(of("orders"));
  const spendDrops = drops(of("spend"));
  if (!of("spend")) return [];
  return [...orders.entries()]
    .filter(
      ([date, o]) => lost(o) && sessions.has(date) && lost(sessions.get(date)!) && !spendDrops.has(date),
    )
    .map(([date, o]) => ({
      date,
      sessions: sessions.get(date)!.value,
      orders: o.value,
      ordersNormal: o.normal,
    }));
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
        `${formatDate(x.date)} (${formatNumber(x.orders, 0)} orders against about ${formatNumber(x.ordersNormal, 0)} expected)`,
    )
    .join(", ");
  return [
    `On ${named} sessions and orders fell together while ad spend ran as usual: that points to lost tracking (a tag or pixel outage) on ${days.length === 1 ? "that day" : "those days"} rather than lost demand, and the rest of the period was not unusual in the same way.`,
  ];
}
