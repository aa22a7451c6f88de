import type { AIMessage } from "@langchain/core/messages";
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import { END, START, StateGraph } from "@langchain/langgraph";
import { createModelNode, MAX_MODEL_CALLS, type ModelNodeDeps } from "./nodes/call-model.ts";
import { createFinalizeNode, type FinalizeDeps } from "./nodes/finalize.ts";
import { createToolsNode, type ToolExecutors, type ToolObserver } from "./nodes/run-tools.ts";
import { AgentState, type AgentStateValue } from "./state.ts";

export { MAX_MODEL_CALLS };

/** Route after a model turn: run its tool calls, or finish. */
export function routeAfterModel(state: AgentStateValue): "tools" | "finalize" {
  const last = state.messages.at(-1) as AIMessage | undefined;
  const wantsTools = (last?.tool_calls?.length ?? 0) > 0;
  return wantsTools && state.modelCalls < MAX_MODEL_CALLS ? "tools" : "finalize";
}

export interface GraphDeps {
  model: ModelNodeDeps;
  tools: ToolExecutors;
  finalize: FinalizeDeps;
  checkpointer?: BaseCheckpointSaver;
  observeTools?: ToolObserver;
}

/**
 * model -> tools -> model ... -> finalize. Built per request (cheap) because the tool executors
 * carry the request's tenant; the checkpointer is shared, so threads persist across requests.
 */
export function buildAgentGraph(deps: GraphDeps) {
  return new StateGraph(AgentState)
    .addNode("model", createModelNode(deps.model))
    .addNode("tools", createToolsNode(deps.tools, deps.observeTools))
    .addNode("finalize", createFinalizeNode(deps.finalize))
    .addEdge(START, "model")
    .addConditionalEdges("model", routeAfterModel, ["tools", "finalize"])
    .addEdge("tools", "model")
    .addEdge("finalize", END)
    .compile(deps.checkpointer ? { checkpointer: deps.checkpointer } : {});
}
