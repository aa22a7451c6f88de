/**
 * Days the site's tracking was lost: sessions and orders both below half their normal while ad
 * spend held (at least 80% of its normal). Lost demand takes spend down with it or leaves sessions
 * standing; lost tracking takes sessions and orders down together while the ads keep running. The
 * same signature `agent/present/tracking-loss.ts` names in an anomaly scan, here over the whole
 * history so the planner can resolve "the outage" to its date.
 *
 * A day's normal is the median of the 7 days before and the 7 days after it (fewer at the data's
 * edges, at least 4), so a one- or two-day outage does not drag its own normal down.
 */
import { median } from "../stats/descriptive.ts";

/** One day of site and ad totals (all channels). */
export interface DailyTotals {
  date: string;
  orders: number;
  sessions: number;
  spend: number;
}

const SIDE = 7;
const MIN_NEIGHBOURS = 4;

/**
 * The dates (ascending) whose sessions and orders fell below half their normal while spend held.
 * @example trackingLossDays(days) // ["2026-03-17"]
 */
export function trackingLossDays(days: readonly DailyTotals[]): string[] {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : 1));
  const out: string[] = [];
  sorted.forEach((d, i) => {
    const around = [...sorted.slice(Math.max(0, i - SIDE), i), ...sorted.slice(i + 1, i + 1 + SIDE)];
    if (around.length < MIN_NEIGHBOURS) return;
    const normal = (key: "orders" | "sessions" | "spend") => median(around.map((x) => x[key]));
    const [orders, sessions, spend] = [normal("orders"), normal("sessions"), normal("spend")];
    const lost = orders > 0 && sessions > 0 && d.orders < orders / 2 && d.sessions < sessions / 2;
    if (lost && d.spend >= spend * 0.8) out.push(d.date);
  });
  return out;
}
