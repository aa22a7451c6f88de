/**
 * Stage 5, assemble: the frame's tool calls (assemble.ts), with the source / medium filter the
 * normalize stage read. When that filter does not fit the answer (an attribution or budget
 * question), the question must be read again with the pair's words in it: `reread`.
 */
import { assembleCalls } from "../assemble.ts";
import { withSourceMedium } from "../source-medium.ts";
import type { Frame, Plan } from "../types.ts";
import { isPlan } from "./intent-entry.ts";
import type { Framed } from "./types.ts";

/** The plan that answers with a frame's tool calls. */
export function toolPlan(frame: Frame): Plan {
  return { kind: "tool_calls", intent: frame.intent, calls: assembleCalls(frame), frame };
}

/** @example assembleStage(framed) // { plan: { kind: "tool_calls", calls: [...] } } */
export function assembleStage(framed: Framed): { plan: Plan } | { reread: true } {
  const plan = isPlan(framed.result) ? framed.result : toolPlan(framed.result);
  const pair = framed.reading.sourceMedium;
  if (!pair) return { plan };
  const filtered = plan.kind === "tool_calls" ? withSourceMedium(plan.frame, pair.value) : undefined;
  return filtered ? { plan: toolPlan(filtered) } : { reread: true };
}
