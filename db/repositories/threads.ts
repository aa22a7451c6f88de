import { randomUUID } from "node:crypto";
import type { Queryable } from "../database.ts";

export interface ThreadRow {
  id: string;
  organizationId: number;
  surface: string;
  title: string | null;
}

/** Create a conversation thread for an organization. */
export async function createThread(
  db: Queryable,
  opts: { organizationId: number; surface: string; title?: string; id?: string },
): Promise<ThreadRow> {
  const id = opts.id ?? randomUUID();
  await db.query("INSERT INTO threads (id, organization_id, surface, title) VALUES ($1, $2, $3, $4)", [
    id,
    opts.organizationId,
    opts.surface,
    opts.title?.slice(0, 200) ?? null,
  ]);
  return { id, organizationId: opts.organizationId, surface: opts.surface, title: opts.title ?? null };
}

/** A thread of this organization, or undefined (another organization's thread is not found either). */
export async function findThread(
  db: Queryable,
  organizationId: number,
  id: string,
): Promise<ThreadRow | undefined> {
  const rows = await db.query<ThreadRow & Record<string, unknown>>(
    `SELECT id, organization_id AS "organizationId", surface, title FROM threads WHERE organization_id = $1 AND id = $2`,
    [organizationId, id],
  );
  return rows[0];
}

/** Append a message (question or answer) to a thread and bump its updated_at. */
export async function appendMessage(
  db: Queryable,
  opts: {
    organizationId: number;
    threadId: string;
    role: "user" | "assistant";
    content: string;
    payload?: unknown;
  },
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO messages (organization_id, thread_id, role, content, payload) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      opts.organizationId,
      opts.threadId,
      opts.role,
      opts.content,
      opts.payload === undefined ? null : JSON.stringify(opts.payload),
    ],
  );
  await db.query("UPDATE threads SET updated_at = now() WHERE organization_id = $1 AND id = $2", [
    opts.organizationId,
    opts.threadId,
  ]);
  return row!.id;
}

/**
 * Append one exchange, the question and its answer, to a thread and bump its updated_at: what two
 * appendMessage calls do, in one statement (one round trip instead of four before an answer
 * returns). The question gets the lower id, so listMessages keeps them in order.
 * @example await appendExchange(db, { organizationId: 1, threadId, question: "roas?", answer: "ROAS was 3.1", payload })
 */
export async function appendExchange(
  db: Queryable,
  opts: { organizationId: number; threadId: string; question: string; answer: string; payload?: unknown },
): Promise<{ questionId: number; answerId: number }> {
  const rows = await db.query<{ id: number; role: string }>(
    `WITH added AS (
       INSERT INTO messages (organization_id, thread_id, role, content, payload)
       VALUES ($1, $2, 'user', $3, NULL), ($1, $2, 'assistant', $4, $5)
       RETURNING id, role
     ), touched AS (
       UPDATE threads SET updated_at = now() WHERE organization_id = $1 AND id = $2
     )
     SELECT id, role FROM added ORDER BY id`,
    [
      opts.organizationId,
      opts.threadId,
      opts.question,
      opts.answer,
      opts.payload === undefined ? null : JSON.stringify(opts.payload),
    ],
  );
  const id = (role: string) => rows.find((r) => r.role === role)!.id;
  return { questionId: id("user"), answerId: id("assistant") };
}

/** Messages of a thread in order (this organization only). */
export function listMessages(db: Queryable, organizationId: number, threadId: string) {
  return db.query<{ id: number; role: string; content: string; payload: unknown; createdAt: string }>(
    `SELECT id, role, content, payload, created_at AS "createdAt" FROM messages
     WHERE organization_id = $1 AND thread_id = $2 ORDER BY id`,
    [organizationId, threadId],
  );
}

/** Store thumbs up/down (and an optional correction) on an answer of this organization's thread. */
export async function insertFeedback(
  db: Queryable,
  opts: {
    organizationId: number;
    threadId: string;
    messageId?: number;
    rating: "up" | "down";
    correction?: string;
  },
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO feedback (organization_id, thread_id, message_id, rating, correction) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [opts.organizationId, opts.threadId, opts.messageId ?? null, opts.rating, opts.correction ?? null],
  );
  return row!.id;
}

/** One row of a thread list: the first question as title, last activity and message count. */
export interface ThreadSummary {
  id: string;
  title: string | null;
  surface: string;
  createdAt: string;
  updatedAt: string;
  messageCount: number;
  /** Opaque position of this row for keyset pagination (updated_at with microseconds, then id). */
  cursor: string;
}

/**
 * Threads of one organization that hold at least one message, most recently updated first, after
 * `cursor` (a previous row's `cursor`). Keyset pagination on (updated_at, id), so a page never
 * repeats or skips a thread when new ones arrive between requests.
 */
export async function listThreads(
  db: Queryable,
  organizationId: number,
  opts: { limit: number; cursor?: { updatedAt: string; id: string }; surface?: string },
): Promise<ThreadSummary[]> {
  const params: unknown[] = [organizationId, opts.limit];
  const where: string[] = ["t.organization_id = $1"];
  if (opts.cursor) {
    params.push(opts.cursor.updatedAt, opts.cursor.id);
    where.push(`(t.updated_at, t.id) < ($${params.length - 1}::timestamptz, $${params.length})`);
  }
  if (opts.surface) {
    params.push(opts.surface);
    where.push(`t.surface = $${params.length}`);
  }
  return db.query<ThreadSummary & Record<string, unknown>>(
    `SELECT t.id, t.title, t.surface, m.n AS "messageCount",
            to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
            to_char(t.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt",
            to_char(t.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|' || t.id AS cursor
       FROM threads t
       JOIN LATERAL (SELECT count(*)::int AS n FROM messages m
                      WHERE m.organization_id = t.organization_id AND m.thread_id = t.id) m ON m.n > 0
      WHERE ${where.join(" AND ")}
      ORDER BY t.updated_at DESC, t.id DESC
      LIMIT $2`,
    params,
  );
}

/** One message of this organization by id, with its thread (undefined when it is not theirs). */
export async function findMessage(db: Queryable, organizationId: number, id: number) {
  const rows = await db.query<{
    id: number;
    threadId: string;
    role: string;
    content: string;
    payload: unknown;
    createdAt: Date | string;
  }>(
    `SELECT id, thread_id AS "threadId", role, content, payload, created_at AS "createdAt" FROM messages
      WHERE organization_id = $1 AND id = $2`,
    [organizationId, id],
  );
  return rows[0];
}

/** The question a thread's answer replied to: the last user message before it. */
export async function questionBefore(
  db: Queryable,
  organizationId: number,
  threadId: string,
  messageId: number,
): Promise<string | undefined> {
  const [row] = await db.query<{ content: string }>(
    `SELECT content FROM messages WHERE organization_id = $1 AND thread_id = $2 AND id < $3 AND role = 'user'
      ORDER BY id DESC LIMIT 1`,
    [organizationId, threadId, messageId],
  );
  return row?.content;
}
