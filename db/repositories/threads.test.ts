import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../connect.ts";
import type { Database } from "../database.ts";
import { appendExchange, createThread, listMessages } from "./threads.ts";

describe("appendExchange", () => {
  let db: Database;
  let orgId: number;
  beforeAll(async () => {
    db = await openTestDatabase();
    const [org] = await db.query<{ id: number }>(
      `INSERT INTO organizations (slug, name, time_zone, currency, industry)
       VALUES ('threads-test', 'Threads Test', 'UTC', 'USD', 'retail') RETURNING id`,
    );
    orgId = org!.id;
  });
  afterAll(async () => {
    await db.close();
  });

  it("stores the question before the answer, with the answer's payload, and bumps the thread", async () => {
    const thread = await createThread(db, { organizationId: orgId, surface: "api", id: "t-exchange" });
    await db.query("UPDATE threads SET updated_at = '2020-01-01' WHERE id = $1", [thread.id]);
    const first = await appendExchange(db, {
      organizationId: orgId,
      threadId: thread.id,
      question: "roas last month?",
      answer: "ROAS was 3.1",
      payload: { answer: "ROAS was 3.1", asOf: "2026-11-01" },
    });
    const second = await appendExchange(db, {
      organizationId: orgId,
      threadId: thread.id,
      question: "and spend?",
      answer: "Spend was $10",
    });
    expect(first.questionId).toBeLessThan(first.answerId);
    expect(first.answerId).toBeLessThan(second.questionId);
    const messages = await listMessages(db, orgId, thread.id);
    expect(messages.map((m) => [m.id, m.role, m.content, m.payload])).toEqual([
      [first.questionId, "user", "roas last month?", null],
      [first.answerId, "assistant", "ROAS was 3.1", { answer: "ROAS was 3.1", asOf: "2026-11-01" }],
      [second.questionId, "user", "and spend?", null],
      [second.answerId, "assistant", "Spend was $10", null],
    ]);
    const [row] = await db.query<{ bumped: boolean }>(
      "SELECT updated_at > '2020-01-02' AS bumped FROM threads WHERE id = $1",
      [thread.id],
    );
    expect(row!.bumped).toBe(true);
  });
});
