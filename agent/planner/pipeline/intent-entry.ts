/** The shape of one intent in the registry (intents.ts). */
import type { Frame, Plan } from "../types.ts";
import type { Reading } from "./types.ts";

/**
 * An intent the planner recognises: `matches` reads the question and returns what `plan` needs
 * (undefined: not this intent); `plan` turns it into a frame (the assemble stage makes the tool
 * calls) or, for answers that are not one frame's calls, a whole plan.
 */
export interface IntentEntry<M = unknown> {
  name: string;
  matches: (r: Reading) => M | undefined;
  plan: (r: Reading, match: M) => Frame | Plan;
}

/**
 * Declare an entry with its match type checked, stored without it (the registry holds any).
 * @example intent({ name: "cohorts", matches: (r) => readCohortIntent(r.p.text), plan: ... })
 */
export function intent<M>(entry: IntentEntry<M>): IntentEntry {
  return entry as IntentEntry;
}

/** Whether a frame-or-plan is a whole plan (it has a kind; frames have an intent instead). */
export function isPlan(x: Frame | Plan): x is Plan {
  return "kind" in x;
}

/** A plan an entry's `matches` guaranteed (its reader said yes, so its planner answers). */
export function defined<T>(x: T | undefined): T {
  if (x === undefined) throw new Error("an intent that matched must plan");
  return x;
}
