import { type AIMessage, ToolMessage } from "@langchain/core/messages";
import { fail, type ToolResult } from "../../tools/result.ts";
import type { AgentStateUpdate, AgentStateValue } from "../state.ts";

/** One executor per tool name, built per request with the tenant's dependencies. */
export type ToolExecutors = Readonly<Record<string, (args: unknown) => Promise<ToolResult<unknown>>>>;

const MAX_ROWS_FOR_MODEL = 50;

/**
 * What the model reads back: the result without SQL text and with long row lists cut, so token
 * use stays small. The full result stays on the message's `artifact` for finalize.
 */
export function contentForModel(result: ToolResult<unknown>): string {
  return JSON.stringify(result, (key, value) => {
    if (key === "sql") return undefined;
    if ((key === "rows" || key === "values") && Array.isArray(value) && value.length > MAX_ROWS_FOR_MODEL) {
      return [
        ...value.slice(0, MAX_ROWS_FOR_MODEL),
        { note: `${value.length - MAX_ROWS_FOR_MODEL} more rows` },
      ];
    }
    return value;
  });
}

/** Notified for each tool call and result (surfaces stream these). */
export type ToolObserver = (event: {
  type: "call" | "result";
  name: string;
  args: unknown;
  ok?: boolean;
}) => void;

/** The tools node: run every tool call of the last model turn, in parallel, and answer each. */
export function createToolsNode(executors: ToolExecutors, observe?: ToolObserver) {
  return async (state: AgentStateValue): Promise<AgentStateUpdate> => {
    const last = state.messages.at(-1) as AIMessage | undefined;
    const calls = last?.tool_calls ?? [];
    const messages = await Promise.all(
      calls.map(async (call) => {
        observe?.({ type: "call", name: call.name, args: call.args });
        const execute = executors[call.name];
        const result = execute
          ? await execute(call.args)
          : fail("bad_input", `there is no tool named '${call.name}'`, Object.keys(executors));
        observe?.({ type: "result", name: call.name, args: call.args, ok: result.ok });
        return new ToolMessage({
          tool_call_id: call.id ?? call.name,
          name: call.name,
          content: contentForModel(result),
          artifact: result,
          status: result.ok ? "success" : "error",
        });
      }),
    );
    return { messages };
  };
}
