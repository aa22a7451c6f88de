/**
 * The line the local planner asks the answer to lead with, when it answered a nearby question on
 * purpose ("November has no data yet, so this is October"; agent/planner/period-settle.ts). It is
 * kept on the plan the planner stored with its tool calls.
 */
import type { AIMessage } from "@langchain/core/messages";

/**
 * The planner's note for this turn, if its plan carries one.
 * @example plannerNote(turn.ais) // "November 2026 has no data yet (...), so this is October 2026, ..."
 */
export function plannerNote(ais: readonly AIMessage[]): string | undefined {
  for (const m of ais) {
    const plan = (m.additional_kwargs as Record<string, unknown> | undefined)?.localPlanner as
      | { frame?: { note?: unknown } }
      | undefined;
    const note = plan?.frame?.note;
    if (typeof note === "string" && note.length > 0) return note;
  }
  return undefined;
}
