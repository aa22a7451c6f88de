import type { AIMessage } from "@langchain/core/messages";
import { SystemMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import type { InvokableChatModel } from "../models/fallback.ts";
import { invokeWithFallback } from "../models/fallback.ts";
import type { AgentStateUpdate, AgentStateValue } from "../state.ts";

export interface ModelNodeDeps {
  /** The configured model with tools bound (OpenAI-compatible), or the planner when none is. */
  primary: InvokableChatModel;
  primaryName: string;
  /** The system prompt, including today's date in the organization's time zone. */
  systemPrompt: string;
  /** The local planner with tools bound; used when the primary fails or times out. */
  planner: InvokableChatModel;
  timeoutMs?: number;
  validate?: (message: AIMessage) => string | undefined;
  log?: (event: string, data: Record<string, unknown>) => void;
}

/**
 * The model node: one model turn. With a configured LLM, it falls back to the planner on error or
 * timeout, and the planner keeps the rest of the turn.
 */
export function createModelNode(deps: ModelNodeDeps) {
  return async (state: AgentStateValue, config?: RunnableConfig): Promise<AgentStateUpdate> => {
    const messages = [new SystemMessage(deps.systemPrompt), ...state.messages];
    if (deps.primary === deps.planner || state.fallback) {
      const message = await deps.planner.invoke(messages, config);
      return { messages: [message], modelCalls: state.modelCalls + 1 };
    }
    const turn = await invokeWithFallback(deps.primary, deps.planner, messages, {
      primaryName: deps.primaryName,
      ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
      ...(config ? { config } : {}),
      ...(deps.validate ? { validate: deps.validate } : {}),
      onFallback: (reason) => deps.log?.("model fallback", { kind: reason.kind, message: reason.message }),
    });
    return {
      messages: [turn.message],
      modelCalls: state.modelCalls + 1,
      ...(turn.usedFallback ? { fallback: turn.usedFallback } : {}),
    };
  };
}
