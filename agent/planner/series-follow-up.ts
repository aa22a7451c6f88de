/**
 * fix12a: a short follow-up that changes the previous date series into a derived one: "chart it,
 * cumulative", "now as a running total", "same but the % change each month", "and compounded?".
 * The previous series is planned again; its presenter reads the follow-up's words and adds the
 * running total (drawn as the chart), each step's change or the compound rate
 * (agent/present/series-steps.ts). Without this, the words alone read as off topic.
 */

import { COMPOUND } from "../present/compound-rate.ts";
import { RUNNING_TOTAL, STEP_CHANGE } from "../present/series-steps.ts";
import type { Frame } from "./types.ts";

/** Words such a follow-up may hold besides the derivation it names. */
const FILLER = new Set(
  (
    "add show me us it this that these those them as a an the please pls can could you would in into to with " +
    "now ok okay and then make draw plot put give turn display chart graph line lines trend instead view of " +
    "one too also i see get want like just same but data version for what about how instead what s " +
    "cumulative cumulatively cumulated accumulated running total totals sum tally count cumsum build up " +
    "% percent percentage pct change changes growth growing rate rates mom wow m o w compound compounded " +
    "compounding cmgr each every per by month months week weeks day days over on from previous prior before"
  ).split(" "),
);

/**
 * The previous frame again when the question only asks to turn its date series into a derived
 * one, else undefined.
 * @example seriesStepFollowUp(monthlyNewCustomers, "chart it cumulative") // monthlyNewCustomers
 */
export function seriesStepFollowUp(prev: Frame, text: string): Frame | undefined {
  if (prev.dimensions.length !== 1 || prev.dimensions[0] !== "date" || !prev.grain) return undefined;
  if (prev.intent !== "trend" && prev.intent !== "query") return undefined;
  if (!RUNNING_TOTAL.test(text) && !STEP_CHANGE.test(text) && !COMPOUND.test(text)) return undefined;
  if (!text.split(" ").every((w) => !w || FILLER.has(w))) return undefined;
  return prev;
}
