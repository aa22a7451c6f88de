/**
 * Separates the credit an attribution model gives a paid channel into what the channel caused and
 * what it got for being there. Touch-based credit goes to whichever channels appear in a buyer's
 * journey, so a channel is credited with a share of orders it did not cause roughly in proportion
 * to its share of the day's sessions; this is why curves fitted to attributed revenue look far less
 * saturated than the truth (the exposure part grows linearly with spend).
 *
 * The exposure rate is measured on the control channels (organic search, direct): they cause no
 * orders through spend, so all their credit is exposure credit:
 *   rate = sum(credit of controls) / sum(session share of controls x new-customer orders).
 * A paid channel's captured incremental orders are then credit - rate x share x orders, per day.
 * What remains is the part of the channel's incremental orders the model credits it with (under
 * multi-touch models about 1 / journey length of each), so the curves fitted to it share one
 * unknown factor, which the joint calibration sets (joint-calibration.ts).
 */
import type { AlignedDays } from "./incrementality-days.ts";

/**
 * Exposure credit per unit of (session share x new-customer orders), from the control channels;
 * null when they have no sessions or no credit.
 * @example
 * exposureRate(days, ["organic_search", "direct"]); // 0.896
 */
export function exposureRate(days: AlignedDays, controlChannels: readonly string[]): number | null {
  let credit = 0;
  let exposure = 0;
  for (const channel of controlChannels) {
    const s = days.sessions.get(channel);
    const c = days.credit.get(channel);
    for (let t = 0; t < days.n; t++) {
      credit += c?.[t] ?? 0;
      if (s && days.totalSessions[t]! > 0)
        exposure += (s[t]! / days.totalSessions[t]!) * days.newCustomers[t]!;
    }
  }
  return credit > 0 && exposure > 0 ? credit / exposure : null;
}

/**
 * A channel's captured incremental new-customer orders per day (negative on days its credit fell
 * short of its exposure share; kept, so the noise averages out instead of biasing the level up).
 * @example
 * capturedIncremental(days, "paid_search", 0.896); // [2.1, -0.4, 1.7, ...]
 */
export function capturedIncremental(days: AlignedDays, channel: string, rate: number): number[] {
  const s = days.sessions.get(channel);
  const c = days.credit.get(channel);
  const out = new Array<number>(days.n);
  for (let t = 0; t < days.n; t++) {
    const share = s && days.totalSessions[t]! > 0 ? s[t]! / days.totalSessions[t]! : 0;
    out[t] = (c?.[t] ?? 0) - rate * share * days.newCustomers[t]!;
  }
  return out;
}
