/**
 * Stage 3, check: scope and premises (checks.ts) for the intent recognised. The first check that
 * fires settles the answer or reroutes the question to another intent.
 */
import { CHECKS } from "./checks.ts";
import type { PlanTrace, Recognised, Staged } from "./types.ts";

/** @example checkStage(recognised).settled // a decline for "what did Nike spend last month" */
export function checkStage(rec: Recognised, trace?: PlanTrace): Staged<Recognised> {
  for (const check of CHECKS) {
    if (!check.appliesTo(rec.intent)) continue;
    const outcome = check.run(rec.reading, rec.match);
    if (!outcome) continue;
    trace?.checks.push(check.name);
    if ("settled" in outcome) return outcome;
    return { next: { reading: rec.reading, intent: outcome.reroute, match: true } };
  }
  return { next: rec };
}
