/**
 * Count chat model calls through LangChain callbacks, so a test (or a log line) can say how many
 * model round trips an answer took, whichever model made them. Pass it wherever a RunnableConfig
 * goes: `graph.invoke(input, { callbacks: [counter] })` reaches every model call in every node.
 */
import { BaseCallbackHandler } from "@langchain/core/callbacks/base";
import type { Serialized } from "@langchain/core/load/serializable";
import type { BaseMessage } from "@langchain/core/messages";

/** One model call as the counter saw it. */
export interface ModelCall {
  runId: string;
  /** The model's class as LangChain serializes it, e.g. "OpenAiChatModel" or "LocalPlannerChatModel". */
  model: string;
  /** Messages sent to the model. */
  messageCount: number;
  outcome: "pending" | "ok" | "error";
}

/**
 * A callback handler that records every chat model call (start, end, error).
 * Handlers are awaited (`awaitHandlers`), so counts are final when `invoke` resolves: LangChain runs
 * callbacks in the background by default and a count read right after a call could lag behind.
 * @example
 * const counter = new ModelCallCounter();
 * await model.invoke(messages, { callbacks: [counter] });
 * expect(counter.count).toBe(1);
 */
export class ModelCallCounter extends BaseCallbackHandler {
  name = "model_call_counter";
  readonly calls: ModelCall[] = [];

  constructor() {
    super({ _awaitHandler: true });
  }

  /** Calls started so far (failed ones included). */
  get count(): number {
    return this.calls.length;
  }

  /** Calls that failed. */
  get errors(): number {
    return this.calls.filter((c) => c.outcome === "error").length;
  }

  /** Forget every call recorded so far. */
  reset(): void {
    this.calls.length = 0;
  }

  override async handleChatModelStart(
    llm: Serialized,
    messages: BaseMessage[][],
    runId: string,
  ): Promise<void> {
    this.calls.push({
      runId,
      model: llm.id.at(-1) ?? "unknown",
      messageCount: messages.reduce((n, list) => n + list.length, 0),
      outcome: "pending",
    });
  }

  override async handleLLMEnd(_output: unknown, runId: string): Promise<void> {
    this.settle(runId, "ok");
  }

  override async handleLLMError(_err: unknown, runId: string): Promise<void> {
    this.settle(runId, "error");
  }

  private settle(runId: string, outcome: ModelCall["outcome"]): void {
    const call = this.calls.find((c) => c.runId === runId);
    if (call) call.outcome = outcome;
  }
}
