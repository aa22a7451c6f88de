import {
  AIMessage,
  type AIMessageChunk,
  HumanMessage,
  SystemMessage,
  ToolMessage,
} from "@langchain/core/messages";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/env.ts";
import { TOOL_DEFINITIONS, TOOL_NAMES } from "../../tools/index.ts";
import { queryMetricsInput } from "../../tools/query-metrics/definition.ts";
import { ModelCallCounter } from "./call-counter.ts";
import {
  createOpenAiModel,
  DEFAULT_OPENAI_TIMEOUT_MS,
  openAiOptionsFromEnv,
  toLangChainTools,
} from "./openai.ts";
import { loadChatFixture, offeredToolNames, scriptedChatCompletions } from "./testing.ts";
import { checkToolCalls } from "./tool-calls.ts";

const server = setupServer();
const unhandled: string[] = [];
server.events.on("request:unhandled", ({ request }) => {
  unhandled.push(`${request.method} ${request.url}`);
});
beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterEach(() => {
  server.resetHandlers();
  // Nothing but the scripted API may be called: no tiktoken download, no telemetry.
  expect(unhandled.splice(0)).toEqual([]);
});
afterAll(() => server.close());

const BASE_URL = "http://llm.test/v1";
const QUESTION = "What was ROAS by channel last month?";
const EXPECTED_ARGS = { metrics: ["roas"], dimensions: ["channel"], timeRange: { preset: "last_month" } };
const TOOL_RESULT = JSON.stringify({
  ok: true,
  data: {
    rows: [
      { channel: "email", roas: 9.4 },
      { channel: "paid_search", roas: 4.21 },
      { channel: "paid_social", roas: 2.87 },
      { channel: "display", roas: 1.12 },
    ],
  },
});
const toolCallFixture = loadChatFixture("roas-by-channel.tool-call");
const answerFixture = loadChatFixture("roas-by-channel.answer");
const answerText = (answerFixture.completion as { choices: [{ message: { content: string } }] }).choices[0]
  .message.content;

const model = (streaming = false) =>
  createOpenAiModel({ apiKey: "sk-test", baseUrl: BASE_URL, model: "gpt-4o-mini", streaming }).bindTools(
    toLangChainTools(TOOL_DEFINITIONS),
  );
const conversation = () => [new SystemMessage("You are a marketing analyst."), new HumanMessage(QUESTION)];

describe("toLangChainTools", () => {
  it("offers every registry tool as a function with a JSON schema of its input", () => {
    const tools = toLangChainTools(TOOL_DEFINITIONS);
    expect(tools.map((t) => t.function.name)).toEqual([...TOOL_NAMES]);
    const qm = tools.find((t) => t.function.name === "query_metrics")!;
    expect(qm.type).toBe("function");
    expect(qm.function.description).toContain("Get metric values");
    expect(qm.function.parameters).toMatchObject({ type: "object", required: ["metrics", "timeRange"] });
    expect(qm.function.parameters).not.toHaveProperty("$schema");
  });

  it("rejects two tools with the same name", () => {
    const [first] = TOOL_DEFINITIONS;
    expect(() => toLangChainTools([first, first])).toThrow("duplicate tool name 'search_catalog'");
  });
});

describe("createOpenAiModel", () => {
  it("is deterministic and fails fast by default", () => {
    const m = createOpenAiModel({ apiKey: "sk-test", model: "gpt-4o-mini" });
    expect(m.temperature).toBe(0);
    expect(m.timeout).toBe(DEFAULT_OPENAI_TIMEOUT_MS);
    expect(m.streaming).toBe(false);
    expect(m.disableStreaming).toBe(false);
    expect(() => createOpenAiModel({ apiKey: "k", model: "m", timeoutMs: 0 })).toThrow(RangeError);
  });

  it("takes its options from the environment, and none without a key", () => {
    expect(openAiOptionsFromEnv(parseEnv({}))).toBeUndefined();
    expect(
      openAiOptionsFromEnv(
        parseEnv({ OPENAI_API_KEY: "sk-x", OPENAI_BASE_URL: "http://localhost:11434/v1" }),
      ),
    ).toEqual({
      apiKey: "sk-x",
      model: "gpt-4o-mini",
      baseUrl: "http://localhost:11434/v1",
      timeoutMs: 20_000,
    });
    expect(
      openAiOptionsFromEnv(parseEnv({ OPENAI_API_KEY: "sk-x", OPENAI_TIMEOUT_MS: "1500" }))?.timeoutMs,
    ).toBe(1500);
    expect(() => parseEnv({ OPENAI_TIMEOUT_MS: "soon" })).toThrow(/OPENAI_TIMEOUT_MS: expected a number/);
  });

  it("calls query_metrics, then answers from the tool result, in exactly two model calls", async () => {
    const api = scriptedChatCompletions([{ fixture: toolCallFixture }, { fixture: answerFixture }]);
    server.use(api.handler);
    const counter = new ModelCallCounter();
    const llm = model();

    const first = await llm.invoke(conversation(), { callbacks: [counter] });
    expect(first).toBeInstanceOf(AIMessage);
    expect(first.tool_calls).toHaveLength(1);
    const call = first.tool_calls![0]!;
    expect(call).toMatchObject({ name: "query_metrics", id: "call_Qm3hV8uXJt2cYk4pLwR9sN1e" });
    expect(queryMetricsInput.parse(call.args)).toEqual({ ...EXPECTED_ARGS, filters: [] });
    expect(checkToolCalls(first, TOOL_DEFINITIONS)).toMatchObject({ ok: true });

    const [req1] = api.requests;
    expect(req1!.url).toBe(`${BASE_URL}/chat/completions`);
    expect(req1!.headers.authorization).toBe("Bearer sk-test");
    expect(req1!.body).toMatchObject({ model: "gpt-4o-mini", temperature: 0 });
    expect(req1!.body.stream).not.toBe(true);
    expect(offeredToolNames(req1!)).toEqual([...TOOL_NAMES]);
    expect(req1!.body.messages).toEqual([
      { role: "system", content: "You are a marketing analyst." },
      { role: "user", content: QUESTION },
    ]);

    const toolMessage = new ToolMessage({ content: TOOL_RESULT, tool_call_id: call.id!, name: call.name });
    const second = await llm.invoke([...conversation(), first, toolMessage], { callbacks: [counter] });
    expect(second.content).toBe(answerText);
    expect(second.tool_calls ?? []).toEqual([]);
    expect(second.usage_metadata).toMatchObject({
      input_tokens: 2347,
      output_tokens: 58,
      total_tokens: 2405,
    });

    const messages = api.requests[1]!.body.messages as Array<Record<string, unknown>>;
    expect(messages.slice(2)).toMatchObject([
      {
        role: "assistant",
        tool_calls: [{ id: call.id, type: "function", function: { name: "query_metrics" } }],
      },
      { role: "tool", tool_call_id: call.id, content: TOOL_RESULT },
    ]);
    expect(api.requests).toHaveLength(2);
    expect(counter.count).toBe(2);
    expect(counter.calls.map((c) => [c.model, c.outcome])).toEqual([
      ["OpenAiChatModel", "ok"],
      ["OpenAiChatModel", "ok"],
    ]);
  });

  it("streams the same tool call over server-sent events with .invoke(), offline", async () => {
    const api = scriptedChatCompletions([{ fixture: toolCallFixture }]);
    server.use(api.handler);
    const out = await model(true).invoke(conversation());
    expect(api.requests[0]!.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    expect(out.tool_calls).toMatchObject([{ name: "query_metrics", id: "call_Qm3hV8uXJt2cYk4pLwR9sN1e" }]);
    expect(queryMetricsInput.parse(out.tool_calls![0]!.args)).toEqual({ ...EXPECTED_ARGS, filters: [] });
  }, 10_000); // the stock class spends minutes here retrying a tiktoken download without network

  it("streams chunks with .stream() that add up to the tool call, then to the answer", async () => {
    const api = scriptedChatCompletions([{ fixture: toolCallFixture }, { fixture: answerFixture }]);
    server.use(api.handler);
    const llm = model();

    let merged: AIMessageChunk | undefined;
    let chunks = 0;
    for await (const chunk of await llm.stream(conversation())) {
      chunks++;
      merged = merged ? merged.concat(chunk) : chunk;
    }
    expect(chunks).toBeGreaterThan(2);
    expect(merged!.tool_calls).toMatchObject([{ name: "query_metrics", args: EXPECTED_ARGS }]);
    expect(merged!.usage_metadata).toMatchObject({ input_tokens: 2143, output_tokens: 31 });

    const toolMessage = new ToolMessage({ content: TOOL_RESULT, tool_call_id: merged!.tool_calls![0]!.id! });
    const deltas: string[] = [];
    for await (const chunk of await llm.stream([...conversation(), merged!, toolMessage])) {
      if (typeof chunk.content === "string" && chunk.content) deltas.push(chunk.content);
    }
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.join("")).toBe(answerText);
    expect(api.requests.map((r) => r.body.stream)).toEqual([true, true]);
  });

  it("surfaces arguments that do not fit the schema instead of passing them on", async () => {
    const bad = structuredClone(toolCallFixture.completion) as {
      choices: [{ message: { tool_calls: [{ function: { arguments: string } }] } }];
    };
    bad.choices[0].message.tool_calls[0].function.arguments = JSON.stringify({ metrics: ["roas"] });
    server.use(scriptedChatCompletions([{ fixture: bad }]).handler);
    const out = await model().invoke(conversation());
    expect(checkToolCalls(out, TOOL_DEFINITIONS)).toEqual({
      ok: false,
      problem: expect.stringMatching(/^query_metrics: timeRange: /),
    });
  });
});
