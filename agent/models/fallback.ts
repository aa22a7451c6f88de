/**
 * Run the configured model and hand the turn to a fallback model (the local planner) when it times
 * out, fails, or answers with something unusable, recording why. Independent of both models:
 * anything with a LangChain-style `invoke(messages, config)` works, including `bindTools` results.
 */
import { AIMessage, type BaseMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import { AppError } from "../../lib/errors.ts";

/** The part of a LangChain chat model (or `bindTools` result) this module uses. */
export interface InvokableChatModel {
  invoke(input: BaseMessage[], options?: Partial<RunnableConfig>): Promise<BaseMessage>;
}

/** Why the fallback answered: `timeout` (deadline or HTTP timeout), `http_error` (a status from the server), `network` (unreachable), `invalid_output` (the validate hook refused it), `error` (anything else). */
export type FallbackKind = "timeout" | "http_error" | "network" | "invalid_output" | "error";

/** The recorded reason, for logs and the answer's `model.fallback`. */
export interface FallbackReason {
  kind: FallbackKind;
  /** One sentence, e.g. "openai returned HTTP 500: Internal Server Error". */
  message: string;
  /** The HTTP status when the server answered with an error. */
  status?: number;
  /** The primary's error, for logs. */
  cause?: unknown;
}

/** The outcome of one model turn. */
export interface ModelTurn {
  message: AIMessage;
  source: "primary" | "fallback";
  /** Set when the fallback answered: the reason as one sentence (AgentAnswer `model.fallback`). */
  usedFallback?: string;
  /** Set when the fallback answered: the reason in detail. */
  reason?: FallbackReason;
}

/** Options for {@link invokeWithFallback}. */
export interface InvokeWithFallbackOptions {
  /** How the primary is named in reasons (default "openai"). */
  primaryName?: string;
  /**
   * Overall deadline for the primary in ms, on top of the model's own HTTP timeout: the HTTP
   * timeout stops at the response headers, so a stream that stalls midway needs this.
   */
  timeoutMs?: number;
  /** Passed to both models (callbacks such as a ModelCallCounter, the graph's config). Its `signal` cancels the whole turn without a fallback. */
  config?: Partial<RunnableConfig>;
  /** Refuse a primary answer: return why (then the fallback answers), or undefined to accept it. */
  validate?: (message: AIMessage) => string | undefined;
  /** Called once when the fallback takes over, e.g. to log the reason. */
  onFallback?: (reason: FallbackReason) => void;
}

function asAiMessage(message: BaseMessage, who: string): AIMessage {
  if (AIMessage.isInstance(message)) return message;
  throw new Error(`${who} answered with a ${message.type} message, expected an AI message`);
}

function errorText(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 197)}...` : oneLine || "unknown error";
}

/**
 * Classify the primary's failure. OpenAI client errors carry `status` for HTTP errors; a timeout
 * is LangChain's `TimeoutError` wrapper; an unreachable server is the client's `APIConnectionError`.
 */
export function classifyModelError(e: unknown, primaryName: string, deadlineMs?: number): FallbackReason {
  // The OpenAI client's error classes do not set `name`; LangChain itself checks constructor names.
  const name = e instanceof Error ? e.name : "";
  const className = e instanceof Error ? e.constructor.name : "";
  const status =
    typeof e === "object" && e !== null && "status" in e && typeof e.status === "number"
      ? e.status
      : undefined;
  if (name === "TimeoutError" || className === "APIConnectionTimeoutError") {
    const within = deadlineMs === undefined ? "in time" : `within ${deadlineMs} ms`;
    return { kind: "timeout", message: `${primaryName} did not answer ${within}`, cause: e };
  }
  if (status !== undefined) {
    return {
      kind: "http_error",
      status,
      message: `${primaryName} returned HTTP ${status}: ${errorText(e)}`,
      cause: e,
    };
  }
  if (className === "APIConnectionError" || (e instanceof TypeError && /fetch/i.test(e.message))) {
    return { kind: "network", message: `${primaryName} was unreachable: ${errorText(e)}`, cause: e };
  }
  return { kind: "error", message: `${primaryName} failed: ${errorText(e)}`, cause: e };
}

/**
 * Ask `primary`; on timeout, error or a refused answer, ask `fallback` and say why.
 * A caller abort (`config.signal`) is not a failure of the primary: it is rethrown as is.
 * When the fallback fails too, throws AppError("agent.failed") naming both causes.
 * @example
 * const turn = await invokeWithFallback(openai.bindTools(tools), planner.bindTools(tools), messages, {
 *   timeoutMs: 20_000, config, validate: toolCallValidator(TOOL_DEFINITIONS),
 * });
 * if (turn.usedFallback) log.warn({ reason: turn.usedFallback }, "planner answered");
 */
export async function invokeWithFallback(
  primary: InvokableChatModel,
  fallback: InvokableChatModel,
  messages: BaseMessage[],
  opts: InvokeWithFallbackOptions = {},
): Promise<ModelTurn> {
  const primaryName = opts.primaryName ?? "openai";
  const callerSignal = opts.config?.signal;
  const deadline = opts.timeoutMs === undefined ? undefined : AbortSignal.timeout(opts.timeoutMs);
  const signals = [callerSignal, deadline].filter((s): s is AbortSignal => s !== undefined);
  const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];

  let reason: FallbackReason;
  try {
    const raw = await primary.invoke(messages, { ...opts.config, ...(signal ? { signal } : {}) });
    const message = asAiMessage(raw, primaryName);
    const refusal = opts.validate?.(message);
    if (refusal === undefined) return { message, source: "primary" };
    reason = { kind: "invalid_output", message: `${primaryName} returned an unusable answer: ${refusal}` };
  } catch (e) {
    if (callerSignal?.aborted) throw e;
    reason = deadline?.aborted
      ? { kind: "timeout", message: `${primaryName} did not answer within ${opts.timeoutMs} ms`, cause: e }
      : classifyModelError(e, primaryName);
  }

  opts.onFallback?.(reason);
  let raw: BaseMessage;
  try {
    raw = await fallback.invoke(messages, opts.config);
  } catch (e) {
    if (callerSignal?.aborted) throw e;
    throw new AppError("agent.failed", `${reason.message}; the fallback model failed too: ${errorText(e)}`, {
      cause: e,
      details: { primary: reason.message },
    });
  }
  return {
    message: asAiMessage(raw, "the fallback model"),
    source: "fallback",
    usedFallback: reason.message,
    reason,
  };
}
