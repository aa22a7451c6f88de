import { Annotation, MessagesAnnotation } from "@langchain/langgraph";
import type { AgentAnswer } from "./contract.ts";

/**
 * The agent graph's state, checkpointed per thread. Tool results live on the ToolMessages
 * (`artifact` holds the full typed result), so nothing here duplicates them.
 */
export const AgentState = Annotation.Root({
  /** The conversation: questions, model turns with tool calls, tool results. */
  ...MessagesAnnotation.spec,
  /** Model calls made in the current turn; bounds tool loops. Reset at the start of each turn. */
  modelCalls: Annotation<number>({ reducer: (_old, next) => next, default: () => 0 }),
  /** Why the local planner took over from the configured model in this turn ("" when it did not). */
  fallback: Annotation<string>({ reducer: (_old, next) => next, default: () => "" }),
  /** The finished answer of the latest turn (set by finalize). */
  answer: Annotation<AgentAnswer | undefined>({ reducer: (_old, next) => next, default: () => undefined }),
});

export type AgentStateValue = typeof AgentState.State;
export type AgentStateUpdate = typeof AgentState.Update;
