/**
 * Check a model's tool calls against our registry before anything runs: the tool must exist and
 * its arguments must parse with the tool's zod input schema. A model message that fails is a
 * reason to fall back to the planner (see fallback.ts), never something to repair by guessing.
 */
import type { AIMessage } from "@langchain/core/messages";
import { describeZodIssues } from "../../lib/errors.ts";
import type { ToolDefinition } from "../../tools/index.ts";

/** A tool call whose arguments passed the tool's input schema (defaults applied). */
export interface CheckedToolCall {
  id: string;
  name: string;
  args: unknown;
}

/** Either every call is valid, or the first problem as a sentence. */
export type ToolCallCheck = { ok: true; calls: CheckedToolCall[] } | { ok: false; problem: string };

/**
 * Parse every tool call on an AI message with the registry's schemas.
 * Unparseable JSON arguments (LangChain's `invalid_tool_calls`) and unknown tool names fail too.
 * @example
 * const check = checkToolCalls(message, TOOL_DEFINITIONS);
 * if (!check.ok) console.log(check.problem); // "query_metrics: timeRange: Invalid input"
 */
export function checkToolCalls(message: AIMessage, definitions: readonly ToolDefinition[]): ToolCallCheck {
  const invalid = message.invalid_tool_calls?.[0];
  if (invalid) {
    return { ok: false, problem: `${invalid.name ?? "a tool call"}: arguments are not valid JSON` };
  }
  const calls: CheckedToolCall[] = [];
  for (const [i, call] of (message.tool_calls ?? []).entries()) {
    const def = definitions.find((d) => d.name === call.name);
    if (!def) return { ok: false, problem: `unknown tool '${call.name}'` };
    const parsed = def.inputSchema.safeParse(call.args);
    if (!parsed.success) {
      return { ok: false, problem: `${call.name}: ${describeZodIssues(parsed.error.issues)}` };
    }
    calls.push({ id: call.id ?? `call_${i}`, name: call.name, args: parsed.data });
  }
  return { ok: true, calls };
}

/**
 * A `validate` hook for {@link invokeWithFallback}: undefined when the message's tool calls are
 * all valid, otherwise why not.
 * @example invokeWithFallback(openai, planner, messages, { validate: toolCallValidator(TOOL_DEFINITIONS) })
 */
export function toolCallValidator(
  definitions: readonly ToolDefinition[],
): (message: AIMessage) => string | undefined {
  return (message) => {
    const check = checkToolCalls(message, definitions);
    return check.ok ? undefined : `invalid tool call (${check.problem})`;
  };
}
