/**
 * Assisted conversions, as GA4 defines them: a channel assists a conversion when it appears on the
 * conversion's path but is not its last touch. A channel counts once per conversion however often
 * it appears. The assist ratio is assisted / last-touch conversions: above 1 a channel mostly
 * opens or nurtures journeys, below 1 it mostly closes them.
 */
import type { ConvertingJourney } from "../attribution/journeys.ts";

/** One channel's roles across conversions. */
export interface AssistRow {
  channel: string;
  /** Conversions whose last touch is this channel. */
  lastTouchConversions: number;
  lastTouchRevenue: number;
  /** Conversions this channel appears on without being the last touch. */
  assistedConversions: number;
  assistedRevenue: number;
  /** Conversions whose first touch is this channel. */
  firstTouchConversions: number;
  /** assisted / last-touch conversions; null when the channel never closes. */
  assistRatio: number | null;
}

/**
 * Roles of every channel seen on a converting path, most assists first (ties: more last-touch
 * conversions, then the channel name).
 * @example assistedConversions(journeys).find(r => r.channel === "email")?.assistRatio
 */
export function assistedConversions(journeys: readonly ConvertingJourney[]): AssistRow[] {
  const rows = new Map<string, AssistRow>();
  const row = (channel: string): AssistRow => {
    let r = rows.get(channel);
    if (!r) {
      r = {
        channel,
        lastTouchConversions: 0,
        lastTouchRevenue: 0,
        assistedConversions: 0,
        assistedRevenue: 0,
        firstTouchConversions: 0,
        assistRatio: null,
      };
      rows.set(channel, r);
    }
    return r;
  };
  for (const j of journeys) {
    const n = j.touches.length;
    if (n === 0) continue;
    const last = (j.touches[n - 1] as { channel: string }).channel;
    const first = (j.touches[0] as { channel: string }).channel;
    const closer = row(last);
    closer.lastTouchConversions += 1;
    closer.lastTouchRevenue += j.revenue;
    row(first).firstTouchConversions += 1;
    const assisting = new Set(j.touches.slice(0, -1).map((t) => t.channel));
    assisting.delete(last);
    for (const c of assisting) {
      const r = row(c);
      r.assistedConversions += 1;
      r.assistedRevenue += j.revenue;
    }
  }
  const out = [...rows.values()];
  for (const r of out)
    r.assistRatio = r.lastTouchConversions > 0 ? r.assistedConversions / r.lastTouchConversions : null;
  return out.sort(
    (a, b) =>
      b.assistedConversions - a.assistedConversions ||
      b.lastTouchConversions - a.lastTouchConversions ||
      (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0),
  );
}
