import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { appendMessage, createThread } from "../../db/repositories/threads.ts";
import { apiFetch, seedTestData, startTestApi, type TestApi } from "../testing.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = any;

describe("/api/v1/threads", () => {
  let db: Database;
  let api: TestApi;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedTestData(db);
    api = await startTestApi({ db });
  }, 120_000);
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  const get = async (path: string, key = api.keys.viewer) => {
    const res = await apiFetch(api, path, { key });
    return { status: res.status, body: (await res.json()) as Json };
  };
  const ask = async (body: unknown, key = api.keys.analyst) =>
    (await (await apiFetch(api, "/agents/query", { key, body })).json()) as Json;

  it("reopens a thread with every answer exactly as /agents/query returned it", async () => {
    const first = await ask({ question: "What was ROAS by channel last month?" });
    const second = await ask({ question: "and the month before?", threadId: first.threadId });
    expect(first.messageId).toEqual(expect.any(Number));
    const { status, body } = await get(`/api/v1/threads/${first.threadId}`);
    expect(status).toBe(200);
    expect(body.title).toBe("What was ROAS by channel last month?");
    expect(body.messages.map((m: Json) => [m.role, m.content.slice(0, 12)])).toEqual([
      ["user", "What was ROA"],
      ["assistant", first.answer.slice(0, 12)],
      ["user", "and the mont"],
      ["assistant", second.answer.slice(0, 12)],
    ]);
    expect(body.messages[0].answer).toBeNull();
    // The whole contract: data rows, chart spec, provenance (receipt) and tool calls.
    expect(body.messages[1].answer).toEqual(first);
    expect(body.messages[3].answer).toEqual(second);
    expect(body.messages[1].id).toBe(first.messageId);
    expect(body.messages[3].answer.chart).toBeDefined();
  });

  it("lists the organization's threads newest first with title, time and count, page by page", async () => {
    const a = await ask({ question: "How many orders last week?" });
    const b = await ask({ question: "Spend by channel last month" });
    await ask({ question: "and revenue?", threadId: b.threadId });
    const page1 = await get("/api/v1/threads?limit=2");
    expect(page1.status).toBe(200);
    expect(page1.body.threads.map((t: Json) => [t.id, t.title, t.messageCount])).toEqual([
      [b.threadId, "Spend by channel last month", 4],
      [a.threadId, "How many orders last week?", 2],
    ]);
    expect(page1.body.threads[0].updatedAt >= page1.body.threads[1].updatedAt).toBe(true);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await get(`/api/v1/threads?limit=2&cursor=${encodeURIComponent(page1.body.nextCursor)}`);
    expect(page2.status).toBe(200);
    const seen = [...page1.body.threads, ...page2.body.threads].map((t: Json) => t.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(page2.body.threads[0].title).toBe("What was ROAS by channel last month?");
    expect(page2.body.nextCursor).toBeNull();
  });

  it("shows nothing of another organization: its threads are absent and its ids are 404", async () => {
    const mine = await ask({ question: "Revenue last month" });
    const theirs = await get("/api/v1/threads", api.keys.betaAdmin);
    expect(theirs.status).toBe(200);
    expect(theirs.body.threads).toEqual([]);
    const other = await get(`/api/v1/threads/${mine.threadId}`, api.keys.betaAdmin);
    const missing = await get("/api/v1/threads/no-such-thread", api.keys.betaAdmin);
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(other.body.error.code).toBe(missing.body.error.code);
    expect(JSON.stringify(other.body)).not.toContain("Revenue last month");
  });

  it("leaves out empty threads and keeps answers stored before full contracts readable", async () => {
    await createThread(db, { organizationId: api.orgs.acme, surface: "api", title: "empty", id: "t-empty" });
    await createThread(db, { organizationId: api.orgs.acme, surface: "slack", title: "old", id: "t-old" });
    await appendMessage(db, {
      organizationId: api.orgs.acme,
      threadId: "t-old",
      role: "user",
      content: "old",
    });
    await appendMessage(db, {
      organizationId: api.orgs.acme,
      threadId: "t-old",
      role: "assistant",
      content: "Orders 12",
      payload: { toolCalls: [], model: { kind: "planner", name: "local-planner" } },
    });
    const list = await get("/api/v1/threads?limit=100");
    expect(list.body.threads.map((t: Json) => t.id)).not.toContain("t-empty");
    const slack = await get("/api/v1/threads?surface=slack");
    expect(slack.body.threads.map((t: Json) => t.id)).toEqual(["t-old"]);
    const old = await get("/api/v1/threads/t-old");
    expect(old.body.messages[1]).toMatchObject({ role: "assistant", content: "Orders 12", answer: null });
  });

  it("answers 400 naming the field for a bad limit or cursor, and 401 without a key", async () => {
    const bad = await get("/api/v1/threads?limit=0");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("limit");
    const cursor = await get("/api/v1/threads?cursor=abc");
    expect(cursor.status).toBe(400);
    expect(JSON.stringify(cursor.body)).toContain("cursor");
    expect((await apiFetch(api, "/api/v1/threads")).status).toBe(401);
  });
});
