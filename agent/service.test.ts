import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AIMessage } from "@langchain/core/messages";
import { fakeModel } from "@langchain/core/testing";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { seedTestData } from "../api/testing.ts";
import { loadOrgCatalog } from "../db/catalog/repository.ts";
import { openDatabase, openTestDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { findOrganizationBySlug } from "../db/repositories/organizations.ts";
import { silentLogger } from "../lib/logger.ts";
import { createLocalEmbedder } from "../semantic/search/embed-local.ts";
import { DatabaseCheckpointSaver } from "./checkpointer/index.ts";
import { buildToolExecutors } from "./executors.ts";
import { buildAgentGraph } from "./graph.ts";
import { loadChatFixture } from "./models/testing.ts";
import { type AgentTenant, createAgentService } from "./service.ts";

const NOW = new Date("2026-11-01T12:00:00Z");
const BASE_URL = "http://llm.test/v1";
const server = setupServer();
const unhandled: string[] = [];
server.events.on("request:unhandled", ({ request }) => unhandled.push(`${request.method} ${request.url}`));
beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterEach(() => {
  server.resetHandlers();
  expect(unhandled.splice(0)).toEqual([]);
});
afterAll(() => server.close());

async function tenantOf(db: Database, slug = "acme"): Promise<AgentTenant> {
  const org = (await findOrganizationBySlug(db, slug))!;
  return { ...org, organizationId: org.id };
}

/** Chat-completions replies: the recorded tool call, then text written by `answer` from the tool result. */
function scriptedOpenAi(
  answer: (toolResult: { ok: boolean; data?: Record<string, unknown> }) => string,
  opts: { fail?: number } = {},
) {
  const requests: Array<Record<string, unknown>> = [];
  const toolCall = loadChatFixture("roas-by-channel.tool-call");
  server.use(
    http.post(`${BASE_URL}/chat/completions`, async ({ request }) => {
      const body = (await request.json()) as {
        messages: Array<{ role: string; content: string }>;
        stream?: boolean;
      };
      requests.push(body);
      if (opts.fail) return HttpResponse.json({ error: { message: "upstream down" } }, { status: opts.fail });
      const tool = body.messages.findLast((m) => m.role === "tool");
      if (!tool) {
        if (!body.stream) return HttpResponse.json(toolCall.completion);
        const sse =
          toolCall.chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join("") + "data: [DONE]\n\n";
        return new HttpResponse(sse, { headers: { "content-type": "text/event-stream" } });
      }
      const content = answer(JSON.parse(tool.content));
      const completion = {
        id: "chatcmpl-test",
        object: "chat.completion",
        created: 1767261602,
        model: "gpt-4o-mini",
        choices: [
          { index: 0, message: { role: "assistant", content }, finish_reason: "stop", logprobs: null },
        ],
        usage: { prompt_tokens: 900, completion_tokens: 30, total_tokens: 930 },
      };
      if (!body.stream) return HttpResponse.json(completion);
      const chunk = (delta: Record<string, unknown>, finish: string | null) => ({
        id: "chatcmpl-test",
        object: "chat.completion.chunk",
        created: 1767261602,
        model: "gpt-4o-mini",
        choices: [{ index: 0, delta, finish_reason: finish }],
      });
      const events = [chunk({ role: "assistant", content }, null), chunk({}, "stop")];
      const sse = events.map((c) => `data: ${JSON.stringify(c)}\n\n`).join("") + "data: [DONE]\n\n";
      return new HttpResponse(sse, { headers: { "content-type": "text/event-stream" } });
    }),
  );
  return requests;
}

/** A grounded model answer: the blended ROAS total formatted as the model would. */
const groundedText = (r: { data?: Record<string, unknown> }) => {
  const totals = r.data?.totals as { roas: number };
  return `Blended ROAS last month was ${totals.roas.toFixed(2)}x across all channels.`;
};

describe("the agent", () => {
  let db: Database;
  let tenant: AgentTenant;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedTestData(db, 0.02);
    tenant = await tenantOf(db);
  });
  afterAll(() => db.close());

  const service = (openai?: { streaming?: boolean }, log: string[] = []) =>
    createAgentService({
      db,
      logger: {
        ...silentLogger,
        warn: (_o: unknown, msg: string) => log.push(msg),
      } as unknown as typeof silentLogger,
      checkpointer: new DatabaseCheckpointSaver(db),
      embedder: createLocalEmbedder(),
      ...(openai
        ? { openai: { apiKey: "sk-test", baseUrl: BASE_URL, model: "gpt-4o-mini", ...openai } }
        : {}),
    });

  it("runs the graph with a fake model: tool call, result, finalize (2 model calls)", async () => {
    const catalog = await loadOrgCatalog(db, tenant.organizationId);
    const model = fakeModel()
      .respondWithTools([
        { name: "query_metrics", args: { metrics: ["spend"], timeRange: { preset: "last_month" } } },
      ])
      .respond(new AIMessage(""));
    const graph = buildAgentGraph({
      model: { primary: model, primaryName: "fake", planner: model, systemPrompt: "test" },
      tools: buildToolExecutors({ db, catalog, tenant, now: NOW, embedder: createLocalEmbedder() }),
      finalize: {
        present: { currency: "USD", timeZone: tenant.timeZone },
        model: { kind: "planner", name: "fake" },
      },
    });
    const state = await graph.invoke({ messages: [{ role: "user", content: "spend last month" }] });
    const [expected] = await db.query<{ spend: number }>(
      "SELECT sum(spend)::float8 AS spend FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN '2026-10-01' AND '2026-10-31'",
      [tenant.organizationId],
    );
    expect(model.callCount).toBe(2);
    expect(state.modelCalls).toBe(2);
    expect(state.answer?.data.rows).toEqual([{ spend: expected!.spend }]);
    expect(state.answer?.verification).toEqual({ grounded: true, rebuilt: false });
  });

  for (const streaming of [false, true]) {
    it(`keeps a grounded OpenAI answer (${streaming ? "streaming" : "non-streaming"}) in 2 model calls`, async () => {
      const requests = scriptedOpenAi(groundedText);
      const answer = await service({ streaming }).ask({
        tenant,
        question: "What was ROAS by channel last month?",
        now: NOW,
      });
      expect(requests).toHaveLength(2);
      expect(requests[0]!.tools).toBeDefined();
      expect(answer.model).toEqual({ kind: "openai", name: "gpt-4o-mini" });
      expect(answer.toolCalls).toEqual([
        {
          name: "query_metrics",
          args: { metrics: ["roas"], dimensions: ["channel"], timeRange: { preset: "last_month" } },
        },
      ]);
      expect(answer.answer).toMatch(/^Blended ROAS last month was \d+\.\d\dx/);
      expect(answer.verification).toEqual({ grounded: true, rebuilt: false });
    });
  }

  it("rejects an answer with a number the tools did not produce and rebuilds it from the template", async () => {
    const recorded = loadChatFixture("roas-by-channel.answer").completion as {
      choices: [{ message: { content: string } }];
    };
    scriptedOpenAi(() => recorded.choices[0].message.content); // "ROAS ... was 9.4 for email ..."
    const log: string[] = [];
    const answer = await service({}, log).ask({
      tenant,
      question: "What was ROAS by channel last month?",
      now: NOW,
    });
    expect(answer.verification).toEqual({ grounded: true, rebuilt: true });
    expect(answer.answer).not.toContain("9.4");
    expect(answer.answer).toMatch(/October 1–31, 2026/);
    expect(log).toContain("ungrounded answer rebuilt");
  });

  it("falls back to the local planner when the model server fails, and says so", async () => {
    const requests = scriptedOpenAi(groundedText, { fail: 500 });
    const answer = await service({}).ask({
      tenant,
      question: "What was ROAS by channel last month?",
      now: NOW,
    });
    expect(requests).toHaveLength(1);
    expect(answer.model.kind).toBe("planner");
    expect(answer.model.fallback).toBe("model unavailable");
    expect(answer.toolCalls[0]?.name).toBe("query_metrics");
    expect(answer.verification.grounded).toBe(true);
  });

  it("explains a tool's refusal in the marketer's terms, without the API field path", async () => {
    const answer = await service().ask({
      tenant,
      // A move larger than the source's spend is answered as the nearest move (all of it), so the
      // refusal is asked for with a cut alone.
      question: "what if we cut display spend by $10 million in November?",
      now: NOW,
    });
    expect(answer.toolCalls[0]?.name).toBe("recommend_budget");
    expect(answer.answer).toMatch(
      /^I couldn't answer that: that would take display below zero: it spent \$[\d,.]+ over the last 30 days/,
    );
    expect(answer.verification.grounded).toBe(true);
  });

  it("sends a new thread's lead line before the thread row is written, equal to the graph's own plan", async () => {
    const events: Array<{ type: string; text?: string; threadRows?: number }> = [];
    const threadRows = async () =>
      Number((await db.query<{ n: string }>("SELECT count(*)::text AS n FROM threads"))[0]!.n);
    const before = await threadRows();
    const pending: Array<Promise<void>> = [];
    const answer = await service().ask({
      tenant,
      question: "revenue by channel last month",
      now: NOW,
      surface: "web",
      onEvent: (e) => {
        const entry = { type: e.type, ...(e.type === "lead" ? { text: e.text } : {}) };
        events.push(entry);
        // Counted at once: the write that follows the lead must not have happened yet.
        if (e.type === "lead")
          pending.push(
            threadRows().then((n) => {
              Object.assign(entry, { threadRows: n });
            }),
          );
      },
    });
    await Promise.all(pending);
    const types = events.map((e) => e.type);
    expect(types.filter((t) => t === "lead")).toHaveLength(1);
    expect(types.indexOf("lead")).toBeLessThan(types.indexOf("tool_call"));
    const lead = events.find((e) => e.type === "lead")!;
    expect(lead.threadRows).toBe(before);
    expect(lead.text).toMatch(/^Revenue by channel, October 1–31, 2026 \(.+\)…$/);
    // The graph planned the same call the lead describes, and the thread exists afterwards.
    expect(answer.toolCalls[0]).toMatchObject({ name: "query_metrics" });
    expect(await threadRows()).toBe(before + 1);
  });

  it("ends 'the last 30 days of the data' at the organization's last day of data, not today", async () => {
    const answer = await service().ask({
      tenant,
      question: "revenue in the last 30 days of the data",
      now: new Date("2026-12-05T12:00:00Z"),
    });
    expect(answer.toolCalls[0]?.args).toMatchObject({ timeRange: { from: "2026-10-02", to: "2026-10-31" } });
    // No period named: the default window ends at the latest data too, not at empty recent days.
    const latest = await service().ask({
      tenant,
      question: "what's our blended ROAS",
      now: new Date("2026-12-05T12:00:00Z"),
    });
    expect(latest.toolCalls[0]?.args).toMatchObject({ timeRange: { from: "2026-10-02", to: "2026-10-31" } });
  });
});

describe("conversation memory", () => {
  it("continues a thread after a restart on the embedded database", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "agent-restart-"));
    try {
      const first = await openDatabase({ dataDir: dir });
      await seedTestData(first, 0.02);
      const mk = (db: Database) =>
        createAgentService({
          db,
          logger: silentLogger,
          checkpointer: new DatabaseCheckpointSaver(db),
          embedder: createLocalEmbedder(),
        });
      const q1 = await mk(first).ask({
        tenant: await tenantOf(first),
        question: "revenue by channel in August",
        now: NOW,
      });
      await first.close();

      const second = await openDatabase({ dataDir: dir });
      const q2 = await mk(second).ask({
        tenant: await tenantOf(second),
        question: "and in September?",
        threadId: q1.threadId,
        now: NOW,
      });
      expect(q2.toolCalls[0]?.args).toMatchObject({
        metrics: ["revenue"],
        dimensions: ["channel"],
        timeRange: { from: "2026-09-01", to: "2026-09-30" },
      });
      const beta = await tenantOf(second, "beta-bikes");
      await expect(
        mk(second).ask({ tenant: beta, question: "and in July?", threadId: q1.threadId, now: NOW }),
      ).rejects.toThrow(/unknown thread/);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Seeds and opens the embedded database twice: minutes on a loaded machine.
  }, 300_000);
});
