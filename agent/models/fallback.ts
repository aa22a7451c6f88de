/**
 * Run the configured model and hand the turn to a fallback model (the local planner) when it times
 * out, fails, answers with something unusable, or the circuit breaker says it is down, recording
 * why. Independent of both models: anything with a LangChain-style `invoke(messages, config)` works,
 * including `bindTools` results.
 *
 * Why not langchain's `modelFallbackMiddleware` (or `modelRetryMiddleware`): both are
 * `wrapModelCall(request, handler)` hooks for `createAgent`, whose agent node supplies the request
 * (unbound model, tools, runtime) and the handler that binds tools and calls the model. Outside
 * `createAgent` we would write that handler ourselves, and the middleware would still not fit:
 * it catches every error, a caller's cancellation included, and tries the fallback; it drops the
 * primary's error, so there is no reason to log or to count against the breaker; it cannot refuse
 * an answer that arrived (invalid tool calls, endless tool loops); and `modelRetryMiddleware`
 * retries with backoff (what the breaker is there to avoid) and, with `onFailure: "continue"`,
 * puts the provider's error text into the conversation as the answer.
 */
import { AIMessage, type BaseMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import { AppError } from "../../lib/errors.ts";
import type { CircuitBreaker } from "./circuit-breaker.ts";
import { redactKnownSecrets } from "./redact.ts";

/** The part of a LangChain chat model (or `bindTools` result) this module uses. */
export interface InvokableChatModel {
  invoke(input: BaseMessage[], options?: Partial<RunnableConfig>): Promise<BaseMessage>;
}

/**
 * Why the fallback answered: `timeout` (deadline or HTTP timeout), `http_error` (a status from the
 * server), `network` (unreachable), `invalid_output` (the validate hook refused it),
 * `circuit_open` (the breaker skipped the model), `error` (anything else, e.g. a garbage body).
 */
export type FallbackKind = "timeout" | "http_error" | "network" | "invalid_output" | "circuit_open" | "error";

/** What a caller is told whenever the fallback answered: never the provider's own text. */
export const MODEL_UNAVAILABLE = "model unavailable";

/** The recorded reason, for the operator's log (secrets already redacted). */
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
  /** Set when the fallback answered: {@link MODEL_UNAVAILABLE} (AgentAnswer `model.fallback`). */
  usedFallback?: string;
  /** Set when the fallback answered: the reason in detail, for logs only. */
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
  /** What the fallback is asked (default the same messages), e.g. the turn without the primary's work. */
  fallbackMessages?: BaseMessage[];
  /** Refuse a primary answer: return why (then the fallback answers), or undefined to accept it. */
  validate?: (message: AIMessage) => string | undefined;
  /** Skip the primary while it is down; told of every success and failure. */
  breaker?: CircuitBreaker;
  /** Values cut out of every reason text (the configured API key), besides anything key-shaped. */
  secrets?: readonly string[];
  /** Called once when the fallback takes over, e.g. to log the reason. */
  onFallback?: (reason: FallbackReason) => void;
  /** Called after each model call with who answered and how it went (metrics). */
  onModelCall?: (call: { model: "primary" | "fallback"; outcome: "ok" | "error" }) => void;
}

function asAiMessage(message: BaseMessage, who: string): AIMessage {
  if (AIMessage.isInstance(message)) return message;
  throw new Error(`${who} answered with a ${message.type} message, expected an AI message`);
}

function errorText(e: unknown, secrets: readonly string[] = []): string {
  const text = redactKnownSecrets(e instanceof Error ? e.message : String(e), secrets);
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 197)}...` : oneLine || "unknown error";
}

/**
 * Classify the primary's failure. OpenAI client errors carry `status` for HTTP errors; a timeout
 * is LangChain's `TimeoutError` wrapper; an unreachable server is the client's `APIConnectionError`.
 * The message is redacted (`secrets` and anything that looks like a key).
 */
export function classifyModelError(
  e: unknown,
  primaryName: string,
  deadlineMs?: number,
  secrets: readonly string[] = [],
): FallbackReason {
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
      message: `${primaryName} returned HTTP ${status}: ${errorText(e, secrets)}`,
      cause: e,
    };
  }
  if (className === "APIConnectionError" || (e instanceof TypeError && /fetch/i.test(e.message))) {
    return { kind: "network", message: `${primaryName} was unreachable: ${errorText(e, secrets)}`, cause: e };
  }
  return { kind: "error", message: `${primaryName} failed: ${errorText(e, secrets)}`, cause: e };
}

/** Ask the primary once; a reason when it failed or was refused, the message otherwise. */
async function tryPrimary(
  primary: InvokableChatModel,
  messages: BaseMessage[],
  opts: InvokeWithFallbackOptions,
): Promise<{ message: AIMessage } | { reason: FallbackReason }> {
  const primaryName = opts.primaryName ?? "openai";
  const callerSignal = opts.config?.signal;
  const deadline = opts.timeoutMs === undefined ? undefined : AbortSignal.timeout(opts.timeoutMs);
  const signals = [callerSignal, deadline].filter((s): s is AbortSignal => s !== undefined);
  const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
  try {
    const raw = await primary.invoke(messages, { ...opts.config, ...(signal ? { signal } : {}) });
    const message = asAiMessage(raw, primaryName);
    const refusal = opts.validate?.(message);
    if (refusal === undefined) return { message };
    return {
      reason: {
        kind: "invalid_output",
        message: `${primaryName} returned an unusable answer: ${redactKnownSecrets(refusal, opts.secrets ?? [])}`,
      },
    };
  } catch (e) {
    if (callerSignal?.aborted) throw e;
    if (deadline?.aborted) {
      return {
        reason: {
          kind: "timeout",
          message: `${primaryName} did not answer within ${opts.timeoutMs} ms`,
          cause: e,
        },
      };
    }
    return { reason: classifyModelError(e, primaryName, undefined, opts.secrets) };
  }
}

/**
 * Ask `primary`; on timeout, error, a refused answer, or an open circuit breaker, ask `fallback`
 * and record why. A caller abort (`config.signal`) is not a failure of the primary: it is rethrown
 * as is (and a breaker probe is abandoned). When the fallback fails too, throws
 * AppError("agent.failed") naming both causes (redacted; the HTTP edge shows callers a generic error).
 * @example
 * const turn = await invokeWithFallback(openai.bindTools(tools), planner.bindTools(tools), messages, {
 *   timeoutMs: 20_000, config, validate: toolCallValidator(TOOL_DEFINITIONS), breaker,
 * });
 * if (turn.reason) log.warn({ reason: turn.reason.message }, "planner answered"); // turn.usedFallback === "model unavailable"
 */
export async function invokeWithFallback(
  primary: InvokableChatModel,
  fallback: InvokableChatModel,
  messages: BaseMessage[],
  opts: InvokeWithFallbackOptions = {},
): Promise<ModelTurn> {
  const primaryName = opts.primaryName ?? "openai";
  let reason: FallbackReason;
  const permit = opts.breaker?.tryAcquire();
  if (opts.breaker && !permit) {
    reason = { kind: "circuit_open", message: `${primaryName} skipped: the circuit breaker is open` };
  } else {
    let outcome: Awaited<ReturnType<typeof tryPrimary>>;
    try {
      outcome = await tryPrimary(primary, messages, opts);
    } catch (e) {
      permit?.abandon();
      throw e;
    }
    if ("message" in outcome) {
      permit?.success();
      opts.onModelCall?.({ model: "primary", outcome: "ok" });
      return { message: outcome.message, source: "primary" };
    }
    permit?.failure();
    opts.onModelCall?.({ model: "primary", outcome: "error" });
    reason = outcome.reason;
  }

  opts.onFallback?.(reason);
  let raw: BaseMessage;
  try {
    raw = await fallback.invoke(opts.fallbackMessages ?? messages, opts.config);
  } catch (e) {
    opts.onModelCall?.({ model: "fallback", outcome: "error" });
    if (opts.config?.signal?.aborted) throw e;
    throw new AppError(
      "agent.failed",
      `${reason.message}; the fallback model failed too: ${errorText(e, opts.secrets)}`,
      { cause: e, details: { primary: reason.message } },
    );
  }
  opts.onModelCall?.({ model: "fallback", outcome: "ok" });
  return {
    message: asAiMessage(raw, "the fallback model"),
    source: "fallback",
    usedFallback: MODEL_UNAVAILABLE,
    reason,
  };
}
