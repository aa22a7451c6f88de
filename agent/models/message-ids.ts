/**
 * Give a model's message the service's own ids. LangGraph's messages reducer treats two messages
 * with one id as one message and replaces the first with the second, and providers do not promise
 * unique ids: Ollama draws completion ids from 999 values and some servers number tool calls
 * `call_0` on every response. A repeated id then silently replaced a tool-call turn with the final
 * answer, and the answer lost its data. So neither the message id nor the tool-call ids ever come
 * from the provider; the provider's id stays in `response_metadata.provider_message_id` for logs.
 */
import { randomUUID } from "node:crypto";
import { AIMessage } from "@langchain/core/messages";

/**
 * A copy of `message` with a fresh message id and fresh tool-call ids (`msg_<uuid>`, `call_<uuid>`).
 * The provider's raw `additional_kwargs.tool_calls` are dropped: they carry its ids, and LangChain
 * serializes `tool_calls` for the next request anyway.
 * @example
 * const mine = withServiceIds(await model.invoke(messages));
 * mine.id; // "msg_3f0c…", never "chatcmpl-…"
 */
export function withServiceIds(message: AIMessage, newId: () => string = randomUUID): AIMessage {
  const { tool_calls: _providerCalls, ...additional_kwargs } = message.additional_kwargs;
  return new AIMessage({
    content: message.content,
    id: `msg_${newId()}`,
    ...(message.name === undefined ? {} : { name: message.name }),
    additional_kwargs,
    response_metadata: {
      ...message.response_metadata,
      ...(message.id === undefined ? {} : { provider_message_id: message.id }),
    },
    ...(message.usage_metadata === undefined ? {} : { usage_metadata: message.usage_metadata }),
    tool_calls: (message.tool_calls ?? []).map((call) => ({ ...call, id: `call_${newId()}` })),
    invalid_tool_calls: (message.invalid_tool_calls ?? []).map((call) => ({
      ...call,
      id: `call_${newId()}`,
    })),
  });
}
