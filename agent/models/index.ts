/**
 * The model layer of the agent: the OpenAI-compatible chat model and its tools, the fallback to
 * another model (the local planner) with the reason recorded, tool-call checks and a call counter.
 * Test support (msw handlers, recorded responses) lives in ./testing.ts, outside this barrel.
 */
export { type ModelCall, ModelCallCounter } from "./call-counter.ts";
export {
  classifyModelError,
  type FallbackKind,
  type FallbackReason,
  type InvokableChatModel,
  type InvokeWithFallbackOptions,
  invokeWithFallback,
  type ModelTurn,
} from "./fallback.ts";
export {
  createOpenAiModel,
  DEFAULT_OPENAI_TIMEOUT_MS,
  OpenAiChatModel,
  type OpenAiFunctionTool,
  type OpenAiModelOptions,
  openAiOptionsFromEnv,
  toLangChainTools,
  toolParameters,
} from "./openai.ts";
export { type CheckedToolCall, checkToolCalls, type ToolCallCheck, toolCallValidator } from "./tool-calls.ts";
