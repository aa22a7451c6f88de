/**
 * Profit objective: the default per-channel limit on a cut (+/-30% of current spend, prepare.ts)
 * exists because a fitted curve is trusted only near the spend it was fitted on; it is a safety
 * default for moving money between channels, not a reason to advise losing money. When a
 * channel's last dollar at that floor already returns less than break-even on its fitted curve,
 * the profit plan may cut it further, down to nothing (the solver then stops where the last
 * dollar breaks even). A floor the user set (`constraints.bounds.<channel>.min`) or a lock is kept
 * as given. The answer names every channel cut past its usual limit (profit-section.ts).
 */
import type { AllocationUnit } from "./allocation.ts";
import { curveDerivative } from "./curves.ts";

/** A channel whose default floor was lifted: the floor it had. */
export interface LiftedFloor {
  index: number;
  channel: string;
  /** The default floor (e.g. 70% of current spend). */
  limit: number;
}

const r4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * Units with the loss-making default floors set to 0, and which floors were lifted.
 * @example
 * // b ln x at margin 0.5 with b = 100: the last dollar breaks even at x = 50, so a floor of 70 is lifted.
 * liftLossMakingFloors([{ channel: "a", curve: { type: "log", a: 0, b: 100 }, lower: 70, upper: 130 }], [false], 0.5);
 * // { units: [{ ..., lower: 0 }], lifted: [{ index: 0, channel: "a", limit: 70 }] }
 */
export function liftLossMakingFloors(
  units: readonly AllocationUnit[],
  keepFloor: readonly boolean[],
  grossMargin: number,
): { units: AllocationUnit[]; lifted: LiftedFloor[] } {
  const lifted: LiftedFloor[] = [];
  const out = units.map((u, index) => {
    if (keepFloor[index] || u.lower <= 0 || u.lower >= u.upper) return u;
    // Rounded as the profit section shows it, so a floor is lifted exactly when the answer would
    // otherwise call the channel's last dollar below break-even.
    if (r4(grossMargin * curveDerivative(u.curve, u.lower) - 1) >= 0) return u;
    lifted.push({ index, channel: u.channel, limit: u.lower });
    return { ...u, lower: 0 };
  });
  return { units: out, lifted };
}
