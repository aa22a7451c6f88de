import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgentAnswer } from "../../agent/contract.ts";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { apiFetch, seedTestData, startTestApi, type TestApi } from "../testing.ts";

/** The UI message stream's chunks (SSE `data:` lines, JSON each, until [DONE]). */
async function chunks(res: Response): Promise<Array<Record<string, unknown>>> {
  const text = await res.text();
  return text
    .split("\n")
    .filter((l) => l.startsWith("data: ") && l !== "data: [DONE]")
    .map((l) => JSON.parse(l.slice(6)) as Record<string, unknown>);
}

describe("POST /api/v1/chat (AI SDK UI message stream)", () => {
  let db: Database;
  let api: TestApi;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedTestData(db);
    api = await startTestApi({ db });
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it("streams status, the lead line, the text and the whole answer contract, equal to /agents/query's", async () => {
    const question = "revenue by channel last month";
    const res = await apiFetch(api, "/api/v1/chat", { key: api.keys.analyst, body: { question } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    expect(res.headers.get("x-vercel-ai-ui-message-stream")).toBe("v1");
    const parts = await chunks(res);
    const types = parts.map((p) => p.type);
    expect(types[0]).toBe("start");
    expect(types).toContain("data-status");
    expect(types.indexOf("text-start")).toBeLessThan(types.indexOf("text-delta"));
    expect(types.indexOf("text-delta")).toBeLessThan(types.indexOf("data-answer"));
    expect(types.at(-1)).toBe("finish");
    // The lead line comes first, marked, before any tool result: what and when, no figure.
    const leadStart = parts.findIndex((p) => p.type === "text-start" && p.id === "lead");
    expect(leadStart).toBe(types.indexOf("text-start"));
    expect(parts[leadStart]!.providerMetadata).toEqual({ web: { lead: true } });
    const lead = parts.find((p) => p.type === "text-delta" && p.id === "lead")!.delta as string;
    expect(lead).toMatch(/^Revenue by channel, .+–.+, \d{4} \(.+\)…$/);
    const text = parts
      .filter((p) => p.type === "text-delta" && p.id !== "lead")
      .map((p) => p.delta)
      .join("");
    const answer = parts.find((p) => p.type === "data-answer")!.data as AgentAnswer;
    expect(text).toBe(answer.answer);
    // Every figure of the answer (money, percentages, ratios) is absent from the lead.
    const figures = answer.answer.match(/\$[\d,.]+|\d+(\.\d+)?%|\d+\.\d+x?/g) ?? [];
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(lead).not.toContain(f);
    expect(answer.chart).toBeDefined();

    const json = (await (
      await apiFetch(api, "/agents/query", { key: api.keys.analyst, body: { question } })
    ).json()) as AgentAnswer;
    expect(answer.data).toEqual(json.data);
    expect(answer.chart).toEqual(json.chart);
    expect(answer.answer).toBe(json.answer);
    expect(answer.provenance).toEqual(json.provenance);
  });

  it("answers a clarification by option id in the same thread, and follows up", async () => {
    const parts = await chunks(
      await apiFetch(api, "/api/v1/chat", {
        key: api.keys.analyst,
        body: { question: "how many conversions did we get last week?" },
      }),
    );
    const first = parts.find((p) => p.type === "data-answer")!.data as AgentAnswer;
    expect(first.clarification?.options.length).toBeGreaterThan(0);
    const option = first.clarification!.options[0]!;
    const chosen = (
      await chunks(
        await apiFetch(api, "/api/v1/chat", {
          key: api.keys.analyst,
          body: { clarificationId: option.id, threadId: first.threadId },
        }),
      )
    ).find((p) => p.type === "data-answer")!.data as AgentAnswer;
    expect(chosen.threadId).toBe(first.threadId);
    expect(chosen.clarification).toBeUndefined();
    expect(chosen.toolCalls.length).toBeGreaterThan(0);
  });

  it("keeps tenancy: another organization's thread is unknown, reported in the stream", async () => {
    const parts = await chunks(
      await apiFetch(api, "/api/v1/chat", {
        key: api.keys.analyst,
        body: { question: "revenue last month" },
      }),
    );
    const threadId = (parts.find((p) => p.type === "data-answer")!.data as AgentAnswer).threadId;
    const other = await chunks(
      await apiFetch(api, "/api/v1/chat", {
        key: api.keys.betaAdmin,
        body: { question: "and the month before?", threadId },
      }),
    );
    expect(other.find((p) => p.type === "error")).toMatchObject({
      errorText: `unknown thread '${threadId}'`,
    });
    expect(other.some((p) => p.type === "data-answer")).toBe(false);
  });

  it("refuses bad input with the field named, before streaming", async () => {
    const res = await apiFetch(api, "/api/v1/chat", { key: api.keys.analyst, body: { question: "" } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/question/);
    expect((await apiFetch(api, "/api/v1/chat", { body: { question: "x" } })).status).toBe(401);
  });
});
