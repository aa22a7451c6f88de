/**
 * Model faults against a real fake OpenAI-compatible server on 127.0.0.1: whatever the model does
 * (HTTP 500, hang, garbage, repeated ids, invented numbers, endless tool calls), the answer's data
 * and numbers are the local planner's for the same question, callers see only "model unavailable",
 * and the log carries the reason without secrets.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { seedTestData } from "../api/testing.ts";
import { openTestDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { findOrganizationBySlug } from "../db/repositories/organizations.ts";
import { silentLogger } from "../lib/logger.ts";
import { createMetrics, type Metrics } from "../lib/metrics.ts";
import { createLocalEmbedder } from "../semantic/search/embed-local.ts";
import { DatabaseCheckpointSaver } from "./checkpointer/index.ts";
import type { AgentAnswer } from "./contract.ts";
import {
  completion,
  type FakeOpenAiServer,
  type FakeReply,
  type FakeRequest,
  hasToolResult,
  startFakeOpenAiServer,
} from "./models/fake-openai-server.ts";
import { type AgentTenant, createAgentService } from "./service.ts";
import { extractNumbers } from "./verify/extract-numbers.ts";

const NOW = new Date("2026-11-01T12:00:00Z");
const QUESTION = "What was ROAS by channel last month?";
const API_KEY = "sk-test-Key0123456789";
/** The planner's own call for QUESTION, which a well-behaved model makes too. */
const ROAS_CALL = {
  name: "query_metrics",
  args: {
    metrics: ["roas"],
    dimensions: ["channel"],
    filters: [],
    timeRange: { from: "2026-10-01", to: "2026-10-31" },
  },
};

let db: Database;
let tenant: AgentTenant;
let planner: AgentAnswer;
let fake: FakeOpenAiServer | undefined;

beforeAll(async () => {
  db = await openTestDatabase();
  await seedTestData(db, 0.02);
  const org = (await findOrganizationBySlug(db, "acme"))!;
  tenant = { ...org, organizationId: org.id };
  planner = await service().agent.ask({ tenant, question: QUESTION, now: NOW });
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(() => db.close());

interface LogLine {
  level: string;
  msg: string;
  data: Record<string, unknown>;
}

/** An agent service on the test database; with `baseUrl`, the configured model is the fake server. */
function service(opts: { baseUrl?: string; timeoutMs?: number; breaker?: false; metrics?: Metrics } = {}) {
  const logs: LogLine[] = [];
  const capture =
    (level: string) =>
    (data: Record<string, unknown>, msg: string): void => {
      logs.push({ level, msg, data });
    };
  const logger = {
    ...silentLogger,
    warn: capture("warn"),
    error: capture("error"),
  } as unknown as typeof silentLogger;
  const agent = createAgentService({
    db,
    logger,
    checkpointer: new DatabaseCheckpointSaver(db),
    embedder: createLocalEmbedder(),
    ...(opts.baseUrl
      ? {
          openai: {
            apiKey: API_KEY,
            baseUrl: opts.baseUrl,
            model: "fake-model",
            timeoutMs: opts.timeoutMs ?? 2_000,
          },
        }
      : {}),
    ...(opts.breaker === false ? { circuitBreaker: false as const } : {}),
    ...(opts.metrics ? { metrics: opts.metrics } : {}),
  });
  return { agent, logs };
}

async function withFake(script: (r: FakeRequest) => FakeReply) {
  fake = await startFakeOpenAiServer(script);
  return fake;
}

const ask = (agent: ReturnType<typeof service>["agent"]) =>
  agent.ask({ tenant, question: QUESTION, now: NOW });

/** The numbers a marketer reads, in order. */
const numbersOf = (a: AgentAnswer) => extractNumbers(a.answer).map((n) => n.value);

/** The data and numbers must be the planner's; with a fallback, the whole answer is. */
function expectPlannersData(answer: AgentAnswer) {
  expect(planner.data.rows.length).toBeGreaterThan(0);
  expect(answer.data).toEqual(planner.data);
  expect(numbersOf(answer)).toEqual(numbersOf(planner));
  expect(answer.verification.grounded).toBe(true);
}
function expectPlannersAnswer(answer: AgentAnswer) {
  expectPlannersData(answer);
  expect(answer.answer).toBe(planner.answer);
  expect(answer.toolCalls).toEqual(planner.toolCalls);
  expect(answer.model).toEqual({ kind: "planner", name: "fake-model", fallback: "model unavailable" });
}

/** A grounded final text written from the tool result the fake model was sent. */
function groundedReply(r: FakeRequest, id: string): FakeReply {
  const tool = r.body.messages!.findLast((m) => m.role === "tool")!;
  const totals = JSON.parse(tool.content!).data.totals as { roas: number };
  return {
    completion: completion({ id, content: `Blended ROAS last month was ${totals.roas.toFixed(2)}x.` }),
  };
}

describe("model faults: every answer's data is the planner's", () => {
  it("the planner's own answer has data to compare with", () => {
    expect(planner.toolCalls).toEqual([ROAS_CALL]);
    expect(planner.data.rows.length).toBeGreaterThan(3);
  });

  it("HTTP 500 with the key echoed: the planner answers, callers see 'model unavailable', the log has no key", async () => {
    const server = await withFake(() => ({
      status: 500,
      body: { error: { message: `upstream failed for key ${API_KEY} (Authorization: Bearer ${API_KEY})` } },
    }));
    const { agent, logs } = service({ baseUrl: server.baseUrl });
    const answer = await ask(agent);
    expectPlannersAnswer(answer);
    expect(JSON.stringify(answer)).not.toContain(API_KEY);
    const fallback = logs.find((l) => l.msg === "model fallback");
    expect(fallback?.data).toMatchObject({ kind: "http_error", status: 500 });
    expect(String(fallback?.data.reason)).toMatch(
      /^fake-model returned HTTP 500: .*upstream failed for key \[redacted\]/,
    );
    expect(JSON.stringify(logs)).not.toContain(API_KEY);
  });

  it("a hanging server: the planner answers after OPENAI_TIMEOUT_MS", async () => {
    const server = await withFake(() => ({ hang: true }));
    const { agent, logs } = service({ baseUrl: server.baseUrl, timeoutMs: 300 });
    expectPlannersAnswer(await ask(agent));
    expect(logs.find((l) => l.msg === "model fallback")?.data.kind).toBe("timeout");
  });

  it("a garbage body: the planner answers", async () => {
    const server = await withFake(() => ({ garbage: "<html>502 Bad Gateway</html>" }));
    const { agent, logs } = service({ baseUrl: server.baseUrl });
    expectPlannersAnswer(await ask(agent));
    expect(logs.find((l) => l.msg === "model fallback")?.data.kind).toBe("error");
  });

  it("repeated completion and tool-call ids (Ollama): the model's answer keeps its data", async () => {
    const server = await withFake((r) =>
      hasToolResult(r)
        ? groundedReply(r, "chatcmpl-7")
        : { completion: completion({ id: "chatcmpl-7", toolCall: { ...ROAS_CALL, id: "call_0" } }) },
    );
    const { agent } = service({ baseUrl: server.baseUrl });
    const first = await ask(agent);
    expect(server.requests).toHaveLength(2);
    expect(first.model).toEqual({ kind: "openai", name: "fake-model" });
    expect(first.answer).toMatch(/^Blended ROAS last month was \d+\.\d\dx\.$/);
    expect(first.toolCalls).toEqual([ROAS_CALL]);
    expect(first.data).toEqual(planner.data);
    // The same ids again in a follow-up on the same thread: the earlier turn is not overwritten.
    const second = await agent.ask({ tenant, question: QUESTION, threadId: first.threadId, now: NOW });
    expect(second.data).toEqual(planner.data);
    const ids = server.requests[3]!.body.messages!.flatMap((m) => (m.tool_call_id ? [m.tool_call_id] : []));
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(ids.every((id) => id !== "call_0")).toBe(true);
  });

  it("invented numbers in the final text: the text is rebuilt from the tool results", async () => {
    const server = await withFake((r) =>
      hasToolResult(r)
        ? {
            completion: completion({
              id: "chatcmpl-2",
              content: "ROAS was 9.4 for email and 12.7 for search.",
            }),
          }
        : { completion: completion({ id: "chatcmpl-1", toolCall: ROAS_CALL }) },
    );
    const { agent, logs } = service({ baseUrl: server.baseUrl });
    const answer = await ask(agent);
    expectPlannersData(answer);
    expect(answer.answer).toBe(planner.answer);
    expect(answer.verification).toEqual({ grounded: true, rebuilt: true });
    expect(logs.map((l) => l.msg)).toContain("ungrounded answer rebuilt");
  });

  it("endless tool calls: at the call limit the planner answers the question from the start", async () => {
    const server = await withFake((r) => ({
      completion: completion({ id: `chatcmpl-${r.n}`, toolCall: { ...ROAS_CALL, id: "call_0" } }),
    }));
    const { agent, logs } = service({ baseUrl: server.baseUrl });
    const answer = await ask(agent);
    expect(server.requests).toHaveLength(4);
    expectPlannersAnswer(answer);
    expect(logs.find((l) => l.msg === "model fallback")?.data).toMatchObject({
      kind: "invalid_output",
      reason: "fake-model returned an unusable answer: still calling tools after 4 model calls",
    });
  });
});

describe("the circuit breaker in the service", () => {
  it("stops calling a dead model after 3 failures, logs and counts the transition", async () => {
    const server = await withFake(() => ({ status: 503, body: { error: { message: "overloaded" } } }));
    const metrics = createMetrics();
    const { agent, logs } = service({ baseUrl: server.baseUrl, metrics });
    for (let i = 0; i < 5; i++) expectPlannersAnswer(await ask(agent));
    expect(server.requests).toHaveLength(3);
    expect(agent.circuitState).toBe("open");
    expect(logs.filter((l) => l.msg.startsWith("model circuit breaker"))).toEqual([
      {
        level: "warn",
        msg: "model circuit breaker open",
        data: expect.objectContaining({ from: "closed", to: "open" }),
      },
    ]);
    const text = await metrics.registry.metrics();
    expect(text).toContain("agent_model_circuit_state 2");
    expect(text).toContain('agent_model_fallbacks_total{reason="http_error"} 3');
    expect(text).toContain('agent_model_fallbacks_total{reason="circuit_open"} 2');
    expect(text).toContain('agent_model_calls_total{model="primary",outcome="error"} 3');
  });

  it("without a breaker every question tries the dead model", async () => {
    const server = await withFake(() => ({ status: 503, body: { error: { message: "overloaded" } } }));
    const { agent } = service({ baseUrl: server.baseUrl, breaker: false });
    for (let i = 0; i < 4; i++) await ask(agent);
    expect(server.requests).toHaveLength(4);
  });
});
