/**
 * Demand control for the incremental model. Unpaid sessions (organic search, direct) rise and fall
 * with how many people want the product that day (season, weekday, promotions elsewhere), not with
 * our ad spend, so their daily total, scaled to mean 1, measures demand. The model multiplies every
 * channel's response by it: a channel earns more orders on a busy day at the same spend.
 */
import type { AlignedDays } from "./incrementality-days.ts";

/**
 * Daily demand index (mean 1 over the range) from the control channels' sessions; null when they
 * had no sessions at all.
 * @example
 * demandIndex(days, ["organic_search", "direct"]); // Float64Array [1.04, 0.97, ...]
 */
export function demandIndex(days: AlignedDays, controlChannels: readonly string[]): Float64Array | null {
  const index = new Float64Array(days.n);
  let total = 0;
  for (const channel of controlChannels) {
    const s = days.sessions.get(channel);
    if (!s) continue;
    for (let t = 0; t < days.n; t++) {
      index[t]! += s[t]!;
      total += s[t]!;
    }
  }
  if (total <= 0) return null;
  const scale = days.n / total;
  for (let t = 0; t < days.n; t++) index[t]! *= scale;
  return index;
}
