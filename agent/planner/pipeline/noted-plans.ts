/**
 * Answers that lead with a sentence about what the data cannot say: incrementality (attribution
 * cannot show it) and a cause outside the data ("did the heatwave
 * boost sales"). Each is still a data answer, with notes.
 */
import { frameFor } from "../frame.ts";
import { INCREMENTALITY_NOTE } from "../incrementality-intent.ts";
import { outsideCause } from "../outside-cause.ts";
import type { Plan } from "../types.ts";
import { toolPlan } from "./assemble-stage.ts";
import type { Reading } from "./types.ts";

/** A plan with sentences its answer leads with (only tool plans carry them). */
export function withNotes(plan: Plan, notes: readonly string[]): Plan {
  return plan.kind === "tool_calls" ? { ...plan, notes: [...(plan.notes ?? []), ...notes] } : plan;
}

/** "is facebook incremental": where spend runs past its return, and how a holdout week measures it. */
export function incrementalityPlan(r: Reading): Plan {
  return withNotes(
    toolPlan({ ...frameFor("profitability", r.p, r.ctx.catalog), profitability: "overspend" }),
    [INCREMENTALITY_NOTE],
  );
}

/**
 * "did the heatwave in july boost sales": the question without the cause planned again (the
 * period against the one before), with a note that the cause is not in the data. Undefined when
 * no outside cause is named or the rest is not a data answer.
 */
export function outsideCausePlan(r: Reading): Plan | undefined {
  if (r.p.signals.decline && r.p.signals.decline !== "off_topic") return undefined;
  const cause = outsideCause(r.question, r.p.unknownWords);
  if (!cause) return undefined;
  const rest = r.replan(cause.rest, r.ctx);
  return rest.kind === "tool_calls" ? withNotes(rest, [cause.note]) : undefined;
}
