import { AIMessage, type BaseMessage, RemoveMessage, SystemMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import type { CircuitBreaker } from "../models/circuit-breaker.ts";
import type { FallbackReason, InvokableChatModel } from "../models/fallback.ts";
import { invokeWithFallback } from "../models/fallback.ts";
import { withServiceIds } from "../models/message-ids.ts";
import type { AgentStateUpdate, AgentStateValue } from "../state.ts";

/**
 * Model turns allowed per question. The graph's router sends a turn at the limit to finalize, and
 * a configured model still asking for tools at the limit hands the turn to the planner. (langchain's
 * `modelCallLimitMiddleware` does the counting through `beforeModel`/`afterModel` hooks and a
 * `jumpTo: "end"` that only `createAgent`'s graph interprets, and on the limit it appends an
 * AIMessage "Model call limits exceeded", which our finalize would present as the answer.)
 */
export const MAX_MODEL_CALLS = 4;

export interface ModelNodeDeps {
  /** The configured model with tools bound (OpenAI-compatible), or the planner when none is. */
  primary: InvokableChatModel;
  primaryName: string;
  /** The system prompt, including today's date in the organization's time zone. */
  systemPrompt: string;
  /** The local planner with tools bound; used when the primary fails or times out. */
  planner: InvokableChatModel;
  /** Overall deadline for one primary call in ms (the HTTP timeout ends at the headers). */
  timeoutMs?: number;
  validate?: (message: AIMessage) => string | undefined;
  /** Skips the primary while it is down (shared by every request of the service). */
  breaker?: CircuitBreaker;
  /** Cut from every logged reason, besides anything key-shaped (the configured API key). */
  secrets?: readonly string[];
  log?: (event: string, data: Record<string, unknown>) => void;
  /** Told when the planner takes over (metrics). */
  onFallback?: (reason: FallbackReason) => void;
  /** Told after every model call (metrics). */
  onModelCall?: (call: { model: "primary" | "planner"; outcome: "ok" | "error" }) => void;
}

/** The current turn: the history up to and including the last question, and what came after it. */
function splitTurn(messages: readonly BaseMessage[]) {
  const start = messages.findLastIndex((m) => m.getType() === "human");
  return { history: messages.slice(0, start + 1), work: messages.slice(start + 1) };
}

/**
 * The model node: one model turn. With a configured LLM it falls back to the planner on error,
 * timeout, an unusable answer (invalid tool calls, still calling tools at the call limit) or an
 * open circuit breaker. The planner then answers the question from the start of the turn: the
 * primary's tool calls and results of this turn are removed, so a fallback answer is exactly the
 * planner's answer, and the planner keeps the rest of the turn. Every message gets the service's
 * own ids (see models/message-ids.ts).
 */
export function createModelNode(deps: ModelNodeDeps) {
  return async (state: AgentStateValue, config?: RunnableConfig): Promise<AgentStateUpdate> => {
    const system = new SystemMessage(deps.systemPrompt);
    const messages = [system, ...state.messages];
    if (deps.primary === deps.planner || state.fallback) {
      let message: BaseMessage;
      try {
        message = await deps.planner.invoke(messages, config);
      } catch (e) {
        deps.onModelCall?.({ model: "planner", outcome: "error" });
        throw e;
      }
      deps.onModelCall?.({ model: "planner", outcome: "ok" });
      if (!AIMessage.isInstance(message))
        throw new Error(`the planner answered with a ${message.type} message`);
      return { messages: [withServiceIds(message)], modelCalls: state.modelCalls + 1 };
    }
    const { history, work } = splitTurn(state.messages);
    const lastCall = state.modelCalls + 1 >= MAX_MODEL_CALLS;
    const turn = await invokeWithFallback(deps.primary, deps.planner, messages, {
      primaryName: deps.primaryName,
      fallbackMessages: [system, ...history],
      ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
      ...(config ? { config } : {}),
      validate: (message) => {
        // A model still asking for tools at the limit is looping; its partial results would
        // make an arbitrary answer, so the planner answers instead.
        if (lastCall && (message.tool_calls?.length ?? 0) > 0) {
          return `still calling tools after ${MAX_MODEL_CALLS} model calls`;
        }
        return deps.validate?.(message);
      },
      ...(deps.breaker ? { breaker: deps.breaker } : {}),
      ...(deps.secrets ? { secrets: deps.secrets } : {}),
      onFallback: (reason) => {
        deps.onFallback?.(reason);
        const data = {
          kind: reason.kind,
          reason: reason.message,
          ...(reason.status ? { status: reason.status } : {}),
        };
        // An open breaker is expected while the model is down: its transition was logged once,
        // and each skipped call is counted in the metrics instead of logged.
        if (reason.kind !== "circuit_open") deps.log?.("model fallback", data);
      },
      onModelCall: ({ model, outcome }) =>
        deps.onModelCall?.({ model: model === "primary" ? "primary" : "planner", outcome }),
    });
    const message = withServiceIds(turn.message);
    if (!turn.usedFallback) return { messages: [message], modelCalls: state.modelCalls + 1 };
    const removed = work.flatMap((m) => (m.id ? [new RemoveMessage({ id: m.id })] : []));
    return { messages: [...removed, message], modelCalls: 1, fallback: turn.usedFallback };
  };
}
