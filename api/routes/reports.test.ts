import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { appendMessage, createThread } from "../../db/repositories/threads.ts";
import { apiFetch, seedTestData, startTestApi, type TestApi } from "../testing.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = any;

describe("/api/v1/reports", () => {
  let db: Database;
  let api: TestApi;
  /** The same database a month later (December 5, 2026), for "fresh data". */
  let later: TestApi;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedTestData(db);
    api = await startTestApi({ db });
    later = await startTestApi({ db, now: new Date("2026-12-05T12:00:00Z") });
  }, 120_000);
  afterAll(async () => {
    await later.close();
    await api.close();
    await db.close();
  });

  const call = async (
    path: string,
    init: { key?: string; method?: string; body?: unknown } = {},
    on: TestApi = api,
  ) => {
    const res = await apiFetch(on, path, { key: api.keys.analyst, ...init });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as Json };
  };
  const ask = async (question: string) => (await call("/agents/query", { body: { question } })).body;

  it("pins an answer with its period kept relative and runs it with the same numbers", async () => {
    const answer = await ask("Revenue by channel last month");
    const created = await call("/api/v1/reports", {
      body: { name: "Revenue by channel", messageId: answer.messageId },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Revenue by channel",
      question: "Revenue by channel last month",
      period: "last_month",
      sourceMessageId: answer.messageId,
    });
    expect(created.body.toolCalls[0].args.timeRange).toEqual({ preset: "last_month" });
    const run = await call(`/api/v1/reports/${created.body.id}/run`, {
      key: api.keys.viewer,
      method: "POST",
    });
    expect(run.status).toBe(200);
    expect(run.body.report).toEqual({
      id: created.body.id,
      name: "Revenue by channel",
      period: "last_month",
    });
    expect(run.body.data).toEqual(answer.data);
    expect(run.body.chart).toEqual(answer.chart);
    expect(run.body.provenance[0].timeRange).toMatchObject({ from: "2026-10-01", to: "2026-10-31" });
    expect(run.body.verification.grounded).toBe(true);
    expect(run.body.answer).toContain("October 1–31, 2026");
  });

  it("opens it a month later on fresh dates: last month is then November", async () => {
    const answer = await ask("How many orders last month compared to the month before?");
    const { body } = await call("/api/v1/reports", {
      body: { name: "Orders MoM", messageId: answer.messageId },
    });
    expect(body.period).toBe("last_month");
    const now = await call(`/api/v1/reports/${body.id}/run`, { method: "POST" });
    const run = await call(
      `/api/v1/reports/${body.id}/run`,
      { key: later.keys.viewer, method: "POST" },
      later,
    );
    expect(run.status).toBe(200);
    expect(now.body.provenance[0].timeRange).toMatchObject({ from: "2026-10-01", to: "2026-10-31" });
    expect(run.body.provenance[0].timeRange).toMatchObject({ from: "2026-11-01", to: "2026-11-30" });
    expect(run.body.answer).toContain("November");
  });

  it("saves explicit tool calls, validated by each tool's schema with the field named", async () => {
    const ok = await call("/api/v1/reports", {
      body: {
        name: "Weekly overview",
        question: "How are we doing?",
        toolCalls: [{ name: "overview", args: { period: { preset: "last_week" } } }],
      },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.period).toBe("last_week");
    const run = await call(`/api/v1/reports/${ok.body.id}/run`, { method: "POST" });
    expect(run.body.provenance[0]).toMatchObject({ tool: "overview" });
    expect(run.body.data.rows.map((r: Json) => r.metric)).toContain("MER");
    for (const [body, field] of [
      [
        {
          name: "x",
          question: "q",
          toolCalls: [{ name: "query_metrics", args: { timeRange: { preset: "last_month" } } }],
        },
        "toolCalls.0.args.metrics",
      ],
      [{ name: "x", question: "q", toolCalls: [{ name: "run_sql", args: {} }] }, "toolCalls.0.name"],
      [{ name: "x", toolCalls: [{ name: "overview", args: {} }] }, "question"],
      [{ name: "", messageId: 1 }, "name"],
      [{ name: "x" }, "messageId"],
    ] as const) {
      const r = await call("/api/v1/reports", { body });
      expect(r.status, field).toBe(400);
      expect(JSON.stringify(r.body), field).toContain(field);
    }
  });

  it("refuses to pin a clarification, and a message that is not an answer of this organization", async () => {
    // A clarification is stored as an answer with no tool calls.
    await createThread(db, {
      organizationId: api.orgs.acme,
      surface: "web",
      title: "best?",
      id: "t-clarify",
    });
    const clarification = await appendMessage(db, {
      organizationId: api.orgs.acme,
      threadId: "t-clarify",
      role: "assistant",
      content: "Best by what?",
      payload: { toolCalls: [], clarification: { question: "Best by what?", options: [] } },
    });
    const r = await call("/api/v1/reports", { body: { name: "x", messageId: clarification } });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain("messageId");
    const answer = await ask("Spend last month");
    const theirs = await call("/api/v1/reports", {
      key: api.keys.betaAdmin,
      body: { name: "stolen", messageId: answer.messageId },
    });
    expect(theirs.status).toBe(404);
    const question = await call("/api/v1/reports", { body: { name: "q", messageId: answer.messageId - 1 } });
    expect(question.status).toBe(404);
  });

  it("lets viewers list, open and run, and only analysts and admins create, rename and delete", async () => {
    const answer = await ask("ROAS by channel last month");
    const viewerCreate = await call("/api/v1/reports", {
      key: api.keys.viewer,
      body: { name: "v", messageId: answer.messageId },
    });
    expect(viewerCreate.status).toBe(403);
    const { body: report } = await call("/api/v1/reports", {
      key: api.keys.admin,
      body: { name: "ROAS", messageId: answer.messageId },
    });
    const path = `/api/v1/reports/${report.id}`;
    expect(
      (await call("/api/v1/reports", { key: api.keys.viewer })).body.reports.map((r: Json) => r.id),
    ).toContain(report.id);
    expect((await call(path, { key: api.keys.viewer })).body.name).toBe("ROAS");
    expect((await call(path, { key: api.keys.viewer, method: "PATCH", body: { name: "mine" } })).status).toBe(
      403,
    );
    expect((await call(path, { key: api.keys.viewer, method: "DELETE" })).status).toBe(403);
    const renamed = await call(path, { method: "PATCH", body: { name: "ROAS by channel" } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe("ROAS by channel");
    expect(renamed.body.updatedAt >= report.updatedAt).toBe(true);
    expect((await call(path, { method: "PATCH", body: { name: " " } })).status).toBe(400);
    expect((await call(path, { method: "DELETE" })).status).toBe(204);
    expect((await call(path)).status).toBe(404);
  });

  it("shows another organization nothing: not listed, and every operation on the id is 404", async () => {
    const answer = await ask("Orders last week");
    const { body: report } = await call("/api/v1/reports", {
      body: { name: "Acme only", messageId: answer.messageId },
    });
    const b = api.keys.betaAdmin;
    expect((await call("/api/v1/reports", { key: b })).body.reports).toEqual([]);
    const path = `/api/v1/reports/${report.id}`;
    const missing = await call("/api/v1/reports/00000000-0000-0000-0000-000000000000", { key: b });
    for (const r of [
      await call(path, { key: b }),
      await call(`${path}/run`, { key: b, method: "POST" }),
      await call(path, { key: b, method: "PATCH", body: { name: "theirs" } }),
      await call(path, { key: b, method: "DELETE" }),
    ]) {
      expect(r.status).toBe(404);
      expect(r.body.error.code).toBe(missing.body.error.code);
      expect(JSON.stringify(r.body)).not.toContain("Acme only");
    }
    expect((await call(path)).body.name).toBe("Acme only");
  });
});
