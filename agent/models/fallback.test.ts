import { AIMessage, HumanMessage } from "@langchain/core/messages";
import { FakeListChatModel } from "@langchain/core/utils/testing";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "../../lib/errors.ts";
import { TOOL_DEFINITIONS } from "../../tools/index.ts";
import { ModelCallCounter } from "./call-counter.ts";
import { createCircuitBreaker } from "./circuit-breaker.ts";
import {
  classifyModelError,
  type FallbackReason,
  invokeWithFallback,
  MODEL_UNAVAILABLE,
} from "./fallback.ts";
import { createOpenAiModel, toLangChainTools } from "./openai.ts";
import { loadChatFixture, scriptedChatCompletions, sseStream } from "./testing.ts";
import { toolCallValidator } from "./tool-calls.ts";

const server = setupServer();
const unhandled: string[] = [];
server.events.on("request:unhandled", ({ request }) => {
  unhandled.push(`${request.method} ${request.url}`);
});
beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterEach(() => {
  server.resetHandlers();
  expect(unhandled.splice(0)).toEqual([]);
});
afterAll(() => server.close());

const tools = toLangChainTools(TOOL_DEFINITIONS);
const openai = (opts: { timeoutMs?: number; streaming?: boolean } = {}) =>
  createOpenAiModel({
    apiKey: "sk-test",
    baseUrl: "http://llm.test/v1",
    model: "gpt-4o-mini",
    ...opts,
  }).bindTools(tools);
const planner = () => new FakeListChatModel({ responses: ["planner answer"] });
const messages = [new HumanMessage("What was ROAS by channel last month?")];
const toolCall = loadChatFixture("roas-by-channel.tool-call");

describe("invokeWithFallback", () => {
  it("returns the primary's message when it answers", async () => {
    server.use(scriptedChatCompletions([{ fixture: toolCall }]).handler);
    const counter = new ModelCallCounter();
    const turn = await invokeWithFallback(openai(), planner(), messages, {
      config: { callbacks: [counter] },
    });
    expect(turn.source).toBe("primary");
    expect(turn.usedFallback).toBeUndefined();
    expect(turn.message.tool_calls).toMatchObject([{ name: "query_metrics" }]);
    expect(counter.count).toBe(1);
  });

  it("falls back on HTTP 500 at once, without retrying, and says why", async () => {
    const api = scriptedChatCompletions([{ status: 500 }]);
    server.use(api.handler);
    const counter = new ModelCallCounter();
    const seen: FallbackReason[] = [];
    const turn = await invokeWithFallback(openai(), planner(), messages, {
      config: { callbacks: [counter] },
      onFallback: (r) => seen.push(r),
    });
    expect(turn.source).toBe("fallback");
    expect(turn.message.content).toBe("planner answer");
    expect(turn.reason).toMatchObject({ kind: "http_error", status: 500 });
    expect(turn.usedFallback).toBe(MODEL_UNAVAILABLE);
    expect(turn.reason?.message).toMatch(/^openai returned HTTP 500: /);
    expect(seen).toEqual([turn.reason]);
    expect(api.requests).toHaveLength(1);
    expect(counter.calls.map((c) => [c.model, c.outcome])).toEqual([
      ["OpenAiChatModel", "error"],
      ["FakeListChatModel", "ok"],
    ]);
  });

  it("falls back when the server does not answer within the model's timeout", async () => {
    server.use(scriptedChatCompletions([{ hangMs: 3_000 }]).handler);
    const started = Date.now();
    const turn = await invokeWithFallback(openai({ timeoutMs: 150 }), planner(), messages);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(turn.source).toBe("fallback");
    expect(turn.reason?.kind).toBe("timeout");
    expect(turn.reason?.message).toBe("openai did not answer in time");
  });

  it("falls back when a stream stalls midway, on the overall deadline (the HTTP timeout ends at the headers)", async () => {
    // An injected fetch, not msw: aborting a half-sent msw body trips an undici assertion
    // (`assert(!this.aborted)`) as an uncaught exception after the test.
    let aborted = false;
    const stalling: typeof fetch = async (_url, init) => {
      const body = sseStream(toolCall.chunks, 3);
      const reader = body.getReader();
      const stream = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const next = await reader.read();
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        },
        start(controller) {
          init?.signal?.addEventListener("abort", () => {
            aborted = true;
            controller.error(init.signal?.reason);
          });
        },
      });
      return new Response(stream, { headers: { "content-type": "text/event-stream" } });
    };
    const model = createOpenAiModel({
      apiKey: "sk-test",
      model: "gpt-4o-mini",
      streaming: true,
      timeoutMs: 100,
      fetch: stalling,
    });
    const started = Date.now();
    const turn = await invokeWithFallback(model.bindTools(tools), planner(), messages, { timeoutMs: 300 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(aborted).toBe(true);
    expect(turn.reason?.kind).toBe("timeout");
    expect(turn.reason?.message).toBe("openai did not answer within 300 ms");
  });

  it("falls back when the server is unreachable", async () => {
    const dead = createOpenAiModel({
      apiKey: "sk-test",
      model: "gpt-4o-mini",
      fetch: async () => {
        throw new TypeError("fetch failed");
      },
    });
    const turn = await invokeWithFallback(dead, planner(), messages, { primaryName: "ollama" });
    expect(turn.reason?.kind).toBe("network");
    expect(turn.reason?.message).toMatch(/^ollama was unreachable: /);
  });

  it("falls back when the validate hook refuses the answer (arguments off-schema)", async () => {
    const bad = structuredClone(toolCall.completion) as {
      choices: [{ message: { tool_calls: [{ function: { arguments: string } }] } }];
    };
    bad.choices[0].message.tool_calls[0].function.arguments = JSON.stringify({ metrics: [] });
    server.use(scriptedChatCompletions([{ fixture: bad }]).handler);
    const turn = await invokeWithFallback(openai(), planner(), messages, {
      validate: toolCallValidator(TOOL_DEFINITIONS),
    });
    expect(turn.reason?.kind).toBe("invalid_output");
    expect(turn.reason?.message).toMatch(
      /^openai returned an unusable answer: invalid tool call \(query_metrics: /,
    );
  });

  it("does not fall back when the caller cancels", async () => {
    server.use(scriptedChatCompletions([{ hangMs: 3_000 }]).handler);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const counter = new ModelCallCounter();
    await expect(
      invokeWithFallback(openai(), planner(), messages, {
        config: { signal: controller.signal, callbacks: [counter] },
      }),
    ).rejects.toThrow();
    expect(counter.calls.map((c) => c.model)).toEqual(["OpenAiChatModel"]);
  });

  it("throws agent.failed naming both causes when the fallback fails too", async () => {
    server.use(scriptedChatCompletions([{ status: 503 }]).handler);
    const broken = { invoke: async () => Promise.reject(new Error("planner exploded")) };
    const error = await invokeWithFallback(openai(), broken, messages).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("agent.failed");
    expect((error as Error).message).toMatch(
      /^openai returned HTTP 503: .*; the fallback model failed too: planner/,
    );
  });

  it("keeps the provider's echo of the API key out of the reason (the caller only sees 'model unavailable')", async () => {
    const echo = {
      error: {
        message: "Incorrect API key provided: sk-live-Secret123456. Also tried Bearer abc.def",
        type: "invalid_request_error",
      },
    };
    server.use(scriptedChatCompletions([{ status: 401, body: echo }]).handler);
    const turn = await invokeWithFallback(openai(), planner(), messages, { secrets: ["sk-test"] });
    expect(turn.usedFallback).toBe(MODEL_UNAVAILABLE);
    expect(turn.reason?.message).toMatch(
      /^openai returned HTTP 401: 401 Incorrect API key provided: sk-\[redacted\]\. Also tried Bearer \[redacted\]/,
    );
    expect(turn.reason?.message).not.toMatch(/Secret123456|abc\.def/);
  });

  it("skips the primary while the breaker is open, and probes it again after the cool-down", async () => {
    let t = 0;
    const breaker = createCircuitBreaker({ failureThreshold: 2, cooldownMs: 1_000, now: () => t });
    const api = scriptedChatCompletions([{ status: 500 }, { status: 500 }, { fixture: toolCall }]);
    server.use(api.handler);
    const calls: string[] = [];
    const ask = () =>
      invokeWithFallback(openai(), planner(), messages, {
        breaker,
        onModelCall: (c) => calls.push(`${c.model}:${c.outcome}`),
      });
    expect((await ask()).reason?.kind).toBe("http_error");
    expect((await ask()).reason?.kind).toBe("http_error");
    expect(breaker.state).toBe("open");
    const skipped = await ask();
    expect(skipped).toMatchObject({ source: "fallback", usedFallback: MODEL_UNAVAILABLE });
    expect(skipped.reason?.kind).toBe("circuit_open");
    expect(api.requests).toHaveLength(2);
    t += 1_000;
    const probed = await ask();
    expect(probed.source).toBe("primary");
    expect(breaker.state).toBe("closed");
    expect(api.requests).toHaveLength(3);
    expect(calls).toEqual([
      "primary:error",
      "fallback:ok",
      "primary:error",
      "fallback:ok",
      "fallback:ok",
      "primary:ok",
    ]);
  });

  it("abandons a probe the caller cancels, so the next request probes at once", async () => {
    let t = 0;
    const breaker = createCircuitBreaker({ failureThreshold: 1, cooldownMs: 1_000, now: () => t });
    breaker.tryAcquire()!.failure();
    t += 1_000;
    server.use(scriptedChatCompletions([{ hangMs: 3_000 }]).handler);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(
      invokeWithFallback(openai(), planner(), messages, { breaker, config: { signal: controller.signal } }),
    ).rejects.toThrow();
    expect(breaker.state).toBe("open");
    expect(breaker.tryAcquire()?.probe).toBe(true);
  });

  it("takes any invoke-able model, e.g. a plain object", async () => {
    const primary = { invoke: async () => new AIMessage("from primary") };
    const turn = await invokeWithFallback(primary, planner(), messages);
    expect(turn).toMatchObject({ source: "primary", message: { content: "from primary" } });
  });
});

describe("classifyModelError", () => {
  it("names timeouts, HTTP errors, network errors and anything else", () => {
    const timeout = Object.assign(new Error("Request timed out."), { name: "TimeoutError" });
    expect(classifyModelError(timeout, "openai", 20_000)).toMatchObject({
      kind: "timeout",
      message: "openai did not answer within 20000 ms",
    });
    const http = Object.assign(new Error("429 Rate limit reached"), { status: 429 });
    expect(classifyModelError(http, "openai")).toMatchObject({ kind: "http_error", status: 429 });
    expect(classifyModelError(new TypeError("fetch failed"), "openai").kind).toBe("network");
    expect(classifyModelError("weird", "openai")).toMatchObject({
      kind: "error",
      message: "openai failed: weird",
    });
  });
});
