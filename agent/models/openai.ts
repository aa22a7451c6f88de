/**
 * The OpenAI-compatible chat model: LangChain's Chat Completions client configured for tool calling
 * (deterministic, fail-fast, no hidden network), and our tool definitions as OpenAI function tools.
 *
 * Why `ChatOpenAICompletions` and not `ChatOpenAI`: `ChatOpenAI` 1.6 silently routes some model
 * names (`*codex*`, `gpt-5.x-pro`, `gpt-5.6*`) and built-in tools to the Responses API
 * (`POST /responses`), which the compatible servers we target (Ollama, vLLM) do not serve. The
 * Completions class is the one `ChatOpenAI` delegates to otherwise, with the same options and
 * `bindTools`, so every request goes to `POST {baseUrl}/chat/completions`.
 */
import type { MessageContent } from "@langchain/core/messages";
import { ChatOpenAICompletions, type ChatOpenAICompletionsCallOptions } from "@langchain/openai";
import { z } from "zod";
import type { Env } from "../../lib/env.ts";
import type { ToolDefinition } from "../../tools/index.ts";

/** Default request timeout (`OPENAI_TIMEOUT_MS`): a slow or dead server hands over to the planner after this long. */
export const DEFAULT_OPENAI_TIMEOUT_MS = 20_000;

/** Options for {@link createOpenAiModel}. */
export interface OpenAiModelOptions {
  apiKey: string;
  /** An OpenAI-compatible API root such as `http://localhost:11434/v1`; default OpenAI's. */
  baseUrl?: string;
  model: string;
  /** Per-request timeout in milliseconds (default {@link DEFAULT_OPENAI_TIMEOUT_MS}). */
  timeoutMs?: number;
  /**
   * Make `.invoke()` request server-sent events too (`.stream()` always does); it still returns
   * one whole message. Default false: `.invoke()` gets one JSON response.
   */
  streaming?: boolean;
  /** The fetch to use (default the global one, which msw intercepts in tests). */
  fetch?: typeof fetch;
}

/**
 * The Chat Completions model with an offline token counter.
 *
 * With `streaming: true`, `.invoke()` estimates token usage after the stream ends, and the base
 * class downloads tiktoken ranks from `tiktoken.pages.dev` for that (retrying six times with
 * backoff when there is no network). The estimate only fills `llmOutput.estimatedTokenUsage`; the
 * real usage arrives in the stream's final chunk (`stream_options.include_usage`). So this class
 * counts tokens locally with LangChain's own fallback approximation (4 characters a token) and
 * never touches the network except for the configured API.
 */
export class OpenAiChatModel extends ChatOpenAICompletions<ChatOpenAICompletionsCallOptions> {
  static override lc_name(): string {
    return "OpenAiChatModel";
  }

  override async getNumTokens(content: MessageContent): Promise<number> {
    const text =
      typeof content === "string"
        ? content
        : content
            .map((part) =>
              typeof part === "object" && part.type === "text" && "text" in part ? part.text : "",
            )
            .join("");
    return Math.ceil(String(text).length / 4);
  }
}

/**
 * Create the OpenAI-compatible chat model for the agent: temperature 0, no retries (a failing
 * server falls back to the planner at once instead of after seconds of backoff), and a timeout.
 * @example
 * const model = createOpenAiModel({ apiKey: env.OPENAI_API_KEY, baseUrl: env.OPENAI_BASE_URL, model: env.OPENAI_MODEL });
 * const withTools = model.bindTools(toLangChainTools(TOOL_DEFINITIONS));
 */
export function createOpenAiModel(opts: OpenAiModelOptions): OpenAiChatModel {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_OPENAI_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
  }
  return new OpenAiChatModel({
    apiKey: opts.apiKey,
    model: opts.model,
    temperature: 0,
    // LangChain's AsyncCaller retries (default 6, exponential backoff); the OpenAI client inside
    // is always built with maxRetries 0, so this is the only retry knob.
    maxRetries: 0,
    timeout: timeoutMs,
    // Omit rather than `false`: an explicit `streaming: false` also sets `disableStreaming`, which
    // turns `.stream()` (and LangGraph's "messages" stream mode) into one final chunk.
    ...(opts.streaming === true ? { streaming: true } : {}),
    configuration: {
      ...(opts.baseUrl === undefined ? {} : { baseURL: opts.baseUrl }),
      ...(opts.fetch === undefined ? {} : { fetch: opts.fetch }),
    },
  });
}

/**
 * The model options from the parsed environment, or undefined when no `OPENAI_API_KEY` is set (then
 * the local planner answers alone).
 * @example const opts = openAiOptionsFromEnv(loadEnv()); const model = opts && createOpenAiModel(opts);
 */
export function openAiOptionsFromEnv(
  env: Pick<Env, "OPENAI_API_KEY" | "OPENAI_BASE_URL" | "OPENAI_MODEL" | "OPENAI_TIMEOUT_MS">,
): OpenAiModelOptions | undefined {
  if (!env.OPENAI_API_KEY) return undefined;
  return {
    apiKey: env.OPENAI_API_KEY,
    model: env.OPENAI_MODEL,
    timeoutMs: env.OPENAI_TIMEOUT_MS,
    ...(env.OPENAI_BASE_URL === undefined ? {} : { baseUrl: env.OPENAI_BASE_URL }),
  };
}

/** A tool in the OpenAI Chat Completions format, which every `bindTools` accepts unchanged. */
export interface OpenAiFunctionTool {
  type: "function";
  function: { name: string; description: string; parameters: Record<string, unknown> };
}

/**
 * The JSON Schema the model sees for a tool's input: the *input* side of the zod schema, so fields
 * with defaults (e.g. query_metrics `dimensions`, `filters`) are optional rather than required, as
 * they are for the executor. (LangChain's own zod conversion uses the output side and marks them
 * required.) Draft-07 without `$schema`, which compatible servers accept.
 */
export function toolParameters(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...parameters } = z.toJSONSchema(schema, {
    io: "input",
    target: "draft-7",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return parameters;
}

/**
 * Convert our tool definitions (name, description, zod inputSchema) into what `bindTools` takes.
 * Works for `OpenAiChatModel` and the local planner alike (both read OpenAI-style tool dicts).
 * @example model.bindTools(toLangChainTools(TOOL_DEFINITIONS))
 */
export function toLangChainTools(definitions: readonly ToolDefinition[]): OpenAiFunctionTool[] {
  const seen = new Set<string>();
  return definitions.map((d) => {
    if (seen.has(d.name)) throw new Error(`duplicate tool name '${d.name}'`);
    seen.add(d.name);
    return {
      type: "function",
      function: { name: d.name, description: d.description, parameters: toolParameters(d.inputSchema) },
    };
  });
}
