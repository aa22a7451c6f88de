/**
 * An answer in the /agents/query contract (text, data, chart, provenance, verification) built from
 * one tool result without a conversation: what POST /agents/brief and /agents/recommend return.
 * The text is the presenter's template, checked by the same grounded-number verifier as chat
 * answers (figures grounded in the result, prose fields excluded; agent/verify/groundable.ts).
 */
import type { ToolResult } from "../tools/result.ts";
import type { AgentAnswer } from "./contract.ts";
import { PRESENTERS, type PresentContext } from "./present/index.ts";
import { collectGroundNumbers, groundable, verifyAnswer } from "./verify/index.ts";

/** The answer contract without a thread (these answers are not part of a conversation). */
export type ToolAnswer = Omit<AgentAnswer, "threadId" | "clarification">;

/**
 * Present one successful tool result and verify its text.
 * @example toolAnswer("recommend", { focus: "all" }, result, { currency: "USD", timeZone: "UTC" }).verification // { grounded: true, rebuilt: false }
 */
export function toolAnswer(
  name: string,
  args: Record<string, unknown>,
  result: ToolResult<unknown> & { ok: true },
  ctx: PresentContext,
): ToolAnswer {
  const presenter = PRESENTERS[name];
  if (!presenter) throw new Error(`no presenter for tool '${name}'`);
  const p = presenter(result.data, args, ctx);
  const grounded = verifyAnswer(p.text, collectGroundNumbers(groundable([result]))).ok;
  return {
    answer: p.text,
    data: p.data,
    ...(p.chart ? { chart: p.chart } : {}),
    provenance: [p.provenance],
    toolCalls: [{ name, args }],
    model: { kind: "planner", name: "template" },
    verification: { grounded, rebuilt: false },
  };
}
